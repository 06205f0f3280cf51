/**
 * The Slack app with the real assistant over the real corpus, on Bolt's HTTP receiver: what a
 * delegate sees for `/agenda 15`, a mention, a bad argument and a "show passage" click.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { createAssistant } from "../../../src/app/create-assistant.js";
import { loadConfig } from "../../../src/core/config.js";
import { silentLogger } from "../../../src/core/log.js";
import { createHttpServer, type HttpServer } from "../../../src/server/http.js";
import {
  BOT_USER_ID,
  buttonClickBody,
  selectClickBody,
  eventBody,
  sendSigned,
  slashCommandBody,
  startFakeSlackApi,
  startResponseUrlServer,
  TEAM_ID,
  waitFor,
  type FakeSlackApi,
  type ResponseUrlServer,
} from "./fake-slack.js";

const SECRET = "e2e-signing-secret";
const FORM = "application/x-www-form-urlencoded";
/** The annotated provisional agenda of the Working Group on Prevention's fifteenth meeting. */
const AGENDA_15_FILE = "001_7da0608a8050477c";

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: string | { text: string }; options?: { value: string }[] }[] };

describe("the Slack app with the real assistant", () => {
  let api: FakeSlackApi;
  let responses: ResponseUrlServer;
  let adapter: SlackAdapter;
  let server: HttpServer;
  let url: string;
  const cacheDir = mkdtempSync(join(tmpdir(), "slack-e2e-"));

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlServer();
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-e2e", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, CACHE_DIR: cacheDir, TZ: "Europe/Vienna" });
    const assistant = await createAssistant({ config, logger: silentLogger });
    adapter = createSlackAdapter({ assistant, slack: config.slack!, logger: silentLogger });
    server = createHttpServer(adapter.routes);
    await adapter.start();
    url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/slack/events`;
  }, 120_000);

  afterAll(async () => {
    await adapter?.stop();
    await server?.close();
    await api?.close();
    await responses?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const command = async (name: string, text: string, id: string) => {
    const res = await sendSigned(url, slashCommandBody(name, text, responses.url(id)), FORM, { secret: SECRET });
    expect(res.status).toBe(200);
    return (await waitFor(() => responses.messages(id).length > 0 && responses.messages(id), `the reply to ${name} ${text}`, 30_000))[0];
  };

  it("answers /agenda 15 to the asker, citing the fifteenth meeting's annotated agenda in one passages menu", async () => {
    const message = await command("/agenda", "15", "agenda-15");
    expect(message.response_type).toBe("ephemeral");
    const blocks = message.blocks as Block[];
    expect(blocks[0].type).toBe("section");
    const show = blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements!).filter((e) => e.action_id === "show_passage");
    expect(show).toHaveLength(1);
    expect(show[0].options!.some((o) => o.value.startsWith(AGENDA_15_FILE))).toBe(true);
    expect(JSON.stringify(blocks)).toContain("share_in_channel");
  });

  it("answers a bad argument with a helpful message only the asker sees", async () => {
    const message = await command("/resolution", "no-such-number", "bad-arg");
    expect(message.response_type).toBe("ephemeral");
    expect(String(message.text)).toMatch(/resolution/i);
    expect(String(message.text)).toMatch(/\/resolution|e\.g\.|例如|for example/i);
  });

  it("shows the whole passage cited in an answer", async () => {
    const answer = await command("/agenda", "15", "agenda-15-again");
    const menu = (answer.blocks as Block[]).filter((b) => b.type === "actions").flatMap((b) => b.elements!).find((e) => e.action_id === "show_passage")!;
    await sendSigned(url, selectClickBody({ action_id: menu.action_id!, block_id: "passages:en:0", value: menu.options![0].value }, responses.url("show")), FORM, { secret: SECRET });
    const [shown] = await waitFor(() => responses.messages("show").length > 0 && responses.messages("show"), "the passage", 10_000);
    expect(shown.response_type).toBe("ephemeral");
    expect(JSON.stringify(shown.blocks)).toContain(">");
    expect(String(shown.text).length).toBeGreaterThan(10);
  });

  it("answers a mention in its thread, and a follow-up in the thread", async () => {
    const ask = (eventId: string, text: string, ts: string, thread?: string) =>
      sendSigned(url, eventBody(eventId, { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}> ${text}`, ts, ...(thread ? { thread_ts: thread } : {}), channel: "C0000E2E", team: TEAM_ID }), "application/json", { secret: SECRET });
    await ask("Ev-e2e-1", "What is on the agenda of the 15th meeting of the Working Group on Prevention?", "1700009000.000100");
    const posts = () => api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0000E2E");
    const [first] = await waitFor(() => posts().length > 0 && posts(), "the answer in the thread", 30_000);
    expect(first.params.thread_ts).toBe("1700009000.000100");
    expect(JSON.stringify(first.params.blocks)).toContain(AGENDA_15_FILE);
    await ask("Ev-e2e-2", "and item 3?", "1700009001.000100", "1700009000.000100");
    const [, second] = await waitFor(() => posts().length > 1 && posts(), "the follow-up answer", 30_000);
    expect(second.params.thread_ts).toBe("1700009000.000100");
    expect(JSON.stringify(second.params.blocks)).toContain(AGENDA_15_FILE);
  });
});
