import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildSlackManifest, shorten } from "../../../src/adapters/slack/build-manifest.js";
import { defineCommand } from "../../../src/core/command.js";
import { cannedAnswer, FAKE_COMMANDS } from "./fake-assistant.js";

describe("buildSlackManifest", () => {
  const manifest = buildSlackManifest(FAKE_COMMANDS);

  it("has one slash command per registry command, pointing at /slack/events", () => {
    expect(manifest.features.slash_commands).toEqual([
      { command: "/agenda", url: "https://YOUR-HOST/slack/events", description: FAKE_COMMANDS[0].description.en, usage_hint: "<meeting> [item]", should_escape: false },
      { command: "/resolution", url: "https://YOUR-HOST/slack/events", description: FAKE_COMMANDS[1].description.en, usage_hint: "<number>", should_escape: false },
      { command: "/help", url: "https://YOUR-HOST/slack/events", description: FAKE_COMMANDS[2].description.en, usage_hint: "[command]", should_escape: false },
    ]);
  });

  it("subscribes to mentions, DMs and channel messages (thread follow-ups), enables interactivity, and asks only for the scopes it uses", () => {
    expect(manifest.settings.event_subscriptions).toEqual({ request_url: "https://YOUR-HOST/slack/events", bot_events: ["app_home_opened", "app_mention", "link_shared", "message.channels", "message.groups", "message.im"] });
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: "https://YOUR-HOST/slack/events" });
    expect(manifest.oauth_config.scopes.bot).toEqual(["app_mentions:read", "channels:history", "channels:read", "chat:write", "chat:write.public", "commands", "groups:history", "groups:read", "im:history", "links:read", "links:write", "users:read"]);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.shortcuts.map((s) => [s.type, s.callback_id])).toEqual([["message", "ask_about_message"], ["global", "ask_question"]]);
    expect(manifest.features.unfurl_domains).toEqual(["undocs.org", "docs.un.org"]);
  });

  it("keeps Slack's length rules for the app's descriptions", () => {
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
  });

  it("uses the host it is given", () => {
    expect(buildSlackManifest(FAKE_COMMANDS, { host: "assistant.example.org" }).settings.interactivity.request_url).toBe("https://assistant.example.org/slack/events");
  });

  it("drops request URLs and enables Socket Mode when asked", () => {
    const socket = buildSlackManifest(FAKE_COMMANDS, { socketMode: true });
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain("YOUR-HOST");
  });

  it("shortens a description longer than 100 characters at a word", () => {
    const long = defineCommand({
      id: "digest",
      usage: "",
      description: { en: "Subscribe this channel to the daily digest of a body, with the time of day and how many days before a session to start.", zh: "" },
      aliases: [],
      args: z.string(),
      examples: [],
      handler: () => cannedAnswer(),
    });
    const [cmd] = buildSlackManifest([long]).features.slash_commands;
    expect(cmd.description.length).toBeLessThanOrEqual(100);
    expect(cmd.description).toMatch(/ a session…$|\w…$/);
    expect(cmd.usage_hint).toBeUndefined();
  });

  it("refuses a command Slack has built in", () => {
    expect(() => buildSlackManifest([{ ...FAKE_COMMANDS[0], id: "status" }])).toThrow(/"status" is a built-in Slack command/);
  });

  it("refuses a command id Slack would not accept", () => {
    const bad = { ...FAKE_COMMANDS[0], id: "Agenda Items" };
    expect(() => buildSlackManifest([bad])).toThrow(/Agenda Items/);
  });
});

describe("shorten", () => {
  it("leaves short text alone", () => {
    expect(shorten("The agenda of a meeting.", 100)).toBe("The agenda of a meeting.");
  });
  it("cuts Chinese text between characters", () => {
    expect(shorten("议".repeat(120), 100)).toBe("议".repeat(99) + "…");
  });
});
