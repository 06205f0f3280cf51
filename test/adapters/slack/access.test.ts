/**
 * /digest over Bolt's real HTTP receiver: the adapter asks Slack (a local fake Web API answering
 * conversations.info and users.info as Slack does) who the asker is and whether the bot is in
 * the channel, and passes that to the assistant; commands carry the configured prefix.
 */
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineCommand } from "../../../src/core/command.js";
import { buildSlackManifest } from "../../../src/adapters/slack/build-manifest.js";
import { buildTeamsManifest } from "../../../src/adapters/teams/index.js";
import { loadConfig, ConfigError } from "../../../src/core/config.js";
import { cannedAnswer, createFakeAssistant, FAKE_COMMANDS, type FakeAssistant } from "./fake-assistant.js";
import { startSlackApp, type RunningSlackApp } from "./running-app.js";
import { BOT_USER_ID, eventBody, slashCommandBody, TEAM_ID, startFakeSlackApi, startResponseUrlServer, waitFor, type FakeSlackApi, type ResponseUrlServer } from "./fake-slack.js";

const FORM = "application/x-www-form-urlencoded";
const DIGEST = defineCommand({ id: "digest", usage: "subscribe [body]", description: { en: "Daily digest", zh: "简报" }, aliases: [], args: z.string(), examples: ["/digest subscribe wg-prevention"], handler: () => cannedAnswer() });

describe("Slack access checks and command prefix", () => {
  let api: FakeSlackApi;
  let responses: ResponseUrlServer;
  let assistant: FakeAssistant;
  let app: RunningSlackApp;
  let n = 0;

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlServer();
    assistant = createFakeAssistant();
    const commands = [...FAKE_COMMANDS, DIGEST];
    assistant.commands = () => commands;
    app = await startSlackApp(api.url, { assistant, access: { commandPrefix: "uncac-", digestManagers: "channel-managers", adminUsers: ["U0ADMIN"], limitedDistributionChannels: [] } });
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
    await responses.close();
  });

  async function digestFrom(user: string, channel: string) {
    const id = `r${++n}`;
    const before = assistant.requests.length;
    const res = await app.send(slashCommandBody("/uncac-digest", "subscribe wg-prevention", responses.url(id), { user_id: user, channel_id: channel }), FORM);
    expect(res.status).toBe(200);
    await waitFor(() => assistant.requests.length > before, "the request");
    return assistant.requests.at(-1)!;
  }

  it("tells the assistant that an ordinary member of a public channel may not change its digest", async () => {
    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, is_member: false, creator: "U0CREATOR" } } });
    api.queue("users.info", { body: { ok: true, user: { id: "U0MEMBER", is_admin: false, is_owner: false } } });
    const request = await digestFrom("U0MEMBER", "C0PUBLIC");
    expect(request.text).toBe("/digest subscribe wg-prevention");
    expect(await request.checkAccess!()).toEqual({ canManage: false, botIsMember: true });
    expect(api.callsTo("users.info").at(-1)?.params.user).toBe("U0MEMBER");
  });

  it("lets workspace admins, the channel's creator and the configured admins change it", async () => {
    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, creator: "U0CREATOR" } } });
    api.queue("users.info", { body: { ok: true, user: { id: "U0WSADMIN", is_admin: true } } });
    expect((await (await digestFrom("U0WSADMIN", "C0PUBLIC")).checkAccess!()).canManage).toBe(true);
    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, creator: "U0CREATOR" } } });
    expect((await (await digestFrom("U0CREATOR", "C0PUBLIC")).checkAccess!()).canManage).toBe(true);
    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, creator: "U0CREATOR" } } });
    expect((await (await digestFrom("U0ADMIN", "C0PUBLIC")).checkAccess!()).canManage).toBe(true);
  });

  it("tells the assistant the bot is not in a private channel it cannot see", async () => {
    api.queue("conversations.info", { body: { ok: false, error: "channel_not_found" } });
    const request = await digestFrom("U0ADMIN", "G0PRIVATE");
    expect(await request.checkAccess!()).toEqual({ canManage: true, botIsMember: false });
    api.queue("conversations.info", { body: { ok: true, channel: { id: "G0PRIVATE", is_private: true, is_member: true } } });
    expect(await (await digestFrom("U0ADMIN", "G0PRIVATE")).checkAccess!()).toEqual({ canManage: true, botIsMember: true });
  });

  it("lets a digest command sent by @mention check the asker too", async () => {
    const before = assistant.requests.length;
    await app.send(eventBody(`Ev-access-${++n}`, { type: "app_mention", user: "U0MEMBER", text: `<@${BOT_USER_ID}> digest unsubscribe wg-prevention`, ts: "1700003000.000100", channel: "C0PUBLIC", team: TEAM_ID }));
    await waitFor(() => assistant.requests.length > before, "the mention");
    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, creator: "U0CREATOR" } } });
    api.queue("users.info", { body: { ok: true, user: { id: "U0MEMBER" } } });
    expect(await assistant.requests.at(-1)!.checkAccess!()).toEqual({ canManage: false, botIsMember: true });
  });

  it("asks Slack nothing until a command asks for the asker's rights, and answers commands under the prefixed name", async () => {
    const infoCalls = api.callsTo("conversations.info").length;
    const before = assistant.requests.length;
    await app.send(slashCommandBody("/uncac-agenda", "15", responses.url(`r${++n}`)), FORM);
    await waitFor(() => assistant.requests.length > before, "the /uncac-agenda request");
    expect(assistant.requests.at(-1)).toMatchObject({ text: "/agenda 15" });
    expect(assistant.requests.at(-1)?.checkAccess).toEqual(expect.any(Function));
    expect(api.callsTo("conversations.info")).toHaveLength(infoCalls);
  });
});

describe("command prefix in the generated manifests", () => {
  it("names every Slack slash command with the prefix", () => {
    const manifest = buildSlackManifest([...FAKE_COMMANDS, DIGEST], { commandPrefix: "uncac-" });
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/uncac-agenda", "/uncac-resolution", "/uncac-help", "/uncac-digest"]);
  });

  it("names every Teams menu command with the prefix", () => {
    const app = { version: "1.0.0", name: { short: "UNCAC Assistant" }, description: { short: "s", full: "f" }, developer: { name: "UNODC", websiteUrl: "https://example.org", privacyUrl: "https://example.org/p", termsOfUseUrl: "https://example.org/t" }, accentColor: "#1d4f91" };
    const manifest = buildTeamsManifest({ commands: FAKE_COMMANDS, app, commandPrefix: "uncac-" });
    expect(manifest.bots![0].commandLists![0].commands.map((c) => c.title)).toEqual(["uncac-agenda", "uncac-resolution", "uncac-help"]);
  });

  it("reads COMMAND_PREFIX, DIGEST_MANAGERS, ADMIN_USERS and LIMITED_DISTRIBUTION_CHANNELS, and names a bad one", () => {
    expect(loadConfig({ COMMAND_PREFIX: "uncac-", DIGEST_MANAGERS: "admins", ADMIN_USERS: "U1, U2", LIMITED_DISTRIBUTION_CHANNELS: "C1" }).access).toEqual({
      commandPrefix: "uncac-",
      digestManagers: "admins",
      adminUsers: ["U1", "U2"],
      limitedDistributionChannels: ["C1"],
    });
    expect(loadConfig({}).access).toEqual({ commandPrefix: "", digestManagers: "channel-managers", adminUsers: [], limitedDistributionChannels: [] });
    expect(() => loadConfig({ COMMAND_PREFIX: "UNCAC " })).toThrowError(ConfigError);
    expect(() => loadConfig({ COMMAND_PREFIX: "UNCAC " })).toThrowError(/COMMAND_PREFIX: must be 1-16 lowercase letters/);
    expect(() => loadConfig({ DIGEST_MANAGERS: "everyone" })).toThrowError(/DIGEST_MANAGERS: must be anyone, channel-managers/);
  });
});
