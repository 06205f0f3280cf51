/**
 * Teams end to end: real activities POSTed to /api/messages, the real assistant over the real
 * documents, and the Adaptive Card replies captured by a local fake connector service.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { quoteText } from "../../../src/present/quote-text.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Assistant } from "../../../src/core/assistant.js";
import { loadConfig } from "../../../src/core/config.js";
import { createAssistant } from "../../../src/app/create-assistant.js";
import { actionsOf, cardOf, fixture, postActivity, startBot, startCapture, textsOf, type CaptureServer, type RunningBot } from "./helpers.js";

const root = resolve(import.meta.dirname, "../../..");
const squash = (s: string) => s.replace(/\s+/g, "");

describe("Teams end to end with the real assistant", () => {
  let cacheDir: string;
  let assistant: Assistant;
  let corpus: string;
  let capture: CaptureServer;
  let bot: RunningBot;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), "teams-e2e-cache-"));
    const config = loadConfig({ CACHE_DIR: cacheDir, LOG_LEVEL: "silent" }, root);
    assistant = await createAssistant({ config });
    const files = (await readdir(config.documentsDir)).filter((f) => f.endsWith(".txt"));
    // Passages are shown without markup, so they are looked for in the documents' text without it.
    corpus = squash(quoteText((await Promise.all(files.map((f) => readFile(join(config.documentsDir, f), "utf8")))).join("\n")));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    capture = await startCapture();
    bot = await startBot({ assistant, teams: loadConfig({}, root).teams });
  });
  afterEach(async () => {
    await bot.close();
    await capture.close();
  });

  /** The one "Show passages" card reveals passages that stand in the documents (each under its heading); returns how many. */
  function expectQuotedPassages(card: any): number {
    const shows = actionsOf(card).filter((a) => a.type === "Action.ShowCard");
    expect(shows).toHaveLength(1);
    const passages = textsOf(shows[0].card).filter((_, i) => i % 2 === 1);
    for (const p of passages) expect(corpus).toContain(squash(p));
    return passages.length;
  }

  it("answers `agenda 15` typed as text with the agenda card, every item's source quoted from the documents", async () => {
    const activity = { ...fixture("personal-message"), text: "agenda 15", serviceUrl: capture.url };

    expect((await postActivity(bot.url, activity)).status).toBe(200);

    expect(capture.calls).toHaveLength(1);
    expect(capture.calls[0].path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
    const card = cardOf(capture.calls[0]);
    const texts = textsOf(card);
    expect(texts[0]).toContain("Provisional agenda of the 15th meeting of the Working Group on Prevention");
    expect(texts.some((t) => t.includes("\u2003• 1(a)"))).toBe(true);
    const markers = new Set([...texts.join(" ").matchAll(/\[(\d+)\]/g)].map((m) => m[1]));
    expect(markers.size).toBeGreaterThan(3);
    expect(expectQuotedPassages(card)).toBe(markers.size);
  });

  it("answers a free question with the meeting's dates and the passages they come from", async () => {
    await postActivity(bot.url, { ...fixture("personal-message"), serviceUrl: capture.url });

    const card = cardOf(capture.calls[0]);
    expect(textsOf(card)[0]).toContain("3–6 September 2024");
    expect(expectQuotedPassages(card)).toBeGreaterThan(0);
    expect(actionsOf(card).filter((a) => a.type === "Action.Submit")).toHaveLength(2);
  });

  it("answers an @mention in a channel, mention stripped, in the message's thread", async () => {
    const activity = { ...fixture("channel-mention"), text: "<at>UNCAC Assistant</at> /agenda 15", serviceUrl: capture.url };

    await postActivity(bot.url, activity);

    expect(capture.calls[0].path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
    expect(textsOf(cardOf(capture.calls[0]))[0]).toContain("Provisional agenda of the 15th meeting");
  });

  it("answers bad input with an error card giving the usage", async () => {
    await postActivity(bot.url, { ...fixture("group-chat-mention"), text: "<at>UNCAC Assistant</at> agenda banana", serviceUrl: capture.url });

    const card = cardOf(capture.calls[0]);
    const texts = textsOf(card);
    expect(texts[0]).toBe("⚠️ That did not work");
    expect(texts.join("\n")).toContain("Usage: /agenda <meeting> [item]");
    expect(actionsOf(card)).toEqual([]);
  });

  it("says so, without citations, when the documents do not cover the question", async () => {
    await postActivity(bot.url, { ...fixture("personal-message"), text: "resolution 99/99", serviceUrl: capture.url });

    const card = cardOf(capture.calls[0]);
    expect(textsOf(card)[0]).toContain("do not mention resolution 99/99");
    expect(card.body.some((e: any) => e.type === "FactSet")).toBe(false);
  });
});
