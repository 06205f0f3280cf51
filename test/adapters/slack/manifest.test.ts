/** manifest.json is generated from the command registry and must stay in step with it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { registry } from "../../../commands/index.js";
import { buildSlackManifest, serializeManifest, type SlackManifest } from "../../../src/adapters/slack/build-manifest.js";

const file = new URL("../../../manifest.json", import.meta.url);

describe("manifest.json", () => {
  const text = readFileSync(file, "utf8");
  const manifest = JSON.parse(text) as SlackManifest;

  it("has exactly the registry's commands as slash commands", () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual(registry.list().map((c) => `/${c.id}`).sort());
  });

  it("is what npm run slack:manifest generates from the registry (descriptions and usage included)", () => {
    expect(text).toBe(serializeManifest(buildSlackManifest(registry.list())));
  });

  it("installs over HTTP by default, with Socket Mode off", () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions.request_url).toBe("https://YOUR-HOST/slack/events");
  });
});
