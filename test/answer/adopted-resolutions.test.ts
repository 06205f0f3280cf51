/**
 * A resolution's own text answers when it was adopted, at which plenary meeting and under which
 * agenda item: the facts stand in the answer text, in the asker's language, each cited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { createAssistant } from "../../src/app/create-assistant.js";
import { loadConfig } from "../../src/core/config.js";
import type { Assistant } from "../../src/core/assistant.js";
import { repoRoot } from "../core/test-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  const config = loadConfig({ DOCUMENTS_DIR: join(repoRoot, "test/fixtures/real-documents/ga-res-80"), LOG_LEVEL: "silent" }, repoRoot);
  assistant = await createAssistant({ config: { ...config, cacheDir: join(repoRoot, ".cache/test-adopted") } });
}, 120_000);

const ask = (text: string) => assistant.handle({ text, conversation: { platform: "console", id: "t", thread: text } });

describe("adoption of a resolution, from its own text", () => {
  it.each([
    ["when was A/RES/80/2 adopted", ["14 October 2025", "18th plenary meeting", "General Assembly"]],
    ["what is A/RES/80/8", ["19 November 2025", "46th plenary meeting", "Agenda item 11"]],
    ["A/RES/80/12 是哪天通过的？", ["2025年12月1日", "第52次全体会议", "大会"]],
  ])("answers %s with the date, plenary meeting and organ in the text", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered).toBe(true);
    for (const f of facts) expect(reply.text).toContain(f);
    expect(reply.citations.some((c) => /Resolution adopted by the General Assembly on/.test(c.quote))).toBe(true);
    expect(reply.citations.some((c) => /plenary meeting/.test(c.quote))).toBe(true);
  });
});
