/** /ask through the real assistant, its argument schema and the optional wording service. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askArgs } from "../../commands/ask.js";
import { createAssistant } from "../../src/app/create-assistant.js";
import { loadConfig } from "../../src/core/config.js";
import type { AnswerWording, WordingInput } from "../../src/core/wording.js";
import { createTestAssistant, repoRoot, testNow, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, expectQuotesFromSources } from "../answer/citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("/ask <question>", () => {
  it.each([
    "/ask when does the 15th meeting of the prevention working group open?",
    "/q when does the 15th meeting of the prevention working group open?",
    "when does the 15th meeting of the prevention working group open?",
  ])("“%s” gives the opening date and time, citing 001", async (text) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true, lang: "en" });
    expectQuotesFromSources(r);
    expect(r.text).toContain("3 September 2024");
    expect(r.text).toMatch(/\b3(?:–6)? p\.m\./);
    expect(citing(r, FILES.agenda15, "下午 3 时").length).toBeGreaterThan(0);
  });

  it.each(["/问 第10/3号决议的题目是什么？", "/ask 第10/3号决议的题目是什么？"])("“%s” is answered in Chinese with the title", async (text) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true, lang: "zh" });
    expect(r.text).toContain("《马拉喀什预防腐败宣言》的后续行动");
    expect(citing(r, FILES.agenda15, "第 10/3 号决议").length).toBeGreaterThan(0);
  });

  it("refuses a question the documents do not answer, with code not_covered", async () => {
    const r = await t.ask("/ask what is the budget of the working group for 2024?");
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", citations: [] });
  });

  it("shows how to ask when /ask comes with no question", async () => {
    const r = await t.ask("/ask");
    expect(r).toMatchObject({ answered: true, ephemeral: true, citations: [] });
    expect(["help", "error"]).toContain(r.kind);
    expect(r.text).toContain("/ask <question>");
  });

  it("rejects a question longer than 2,000 characters with a bad_argument error", async () => {
    const r = await t.ask(`/ask ${"when does the meeting open ".repeat(120)}`);
    expect(r).toMatchObject({ kind: "error", code: "bad_argument", ephemeral: true, answered: false });
    expect(r.text).toContain("at most 2,000 characters");
  });
});

describe("askArgs", () => {
  it("trims the question", () => {
    expect(askArgs.parse("  when?  ")).toBe("when?");
  });

  it("accepts a question of exactly 2,000 characters and rejects one of 2,001", () => {
    expect(askArgs.safeParse("a".repeat(2000)).success).toBe(true);
    const r = askArgs.safeParse("a".repeat(2001));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain("at most 2,000 characters");
  });

  it("rejects an empty question with an example of one", () => {
    const r = askArgs.safeParse("   ");
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/^expected a question, e\.g\. /);
  });
});

describe("/ask with a wording service", () => {
  it("rewords answered questions with their own citations as evidence, and leaves refusals as drafted", async () => {
    const seen: WordingInput[] = [];
    const wording: AnswerWording = {
      async word(input) {
        seen.push(input);
        return { answer: { ...input.draft, text: `REWORDED ${input.draft.text}` }, source: "llm" };
      },
    };
    const config = loadConfig({ LOG_LEVEL: "silent" }, repoRoot);
    const worded = await createAssistant({ config, index: t.assistant.index, wording, now: testNow });
    const conversation = { platform: "console" as const, id: "w" };

    const r = await worded.handle({ text: "/ask when does the 15th meeting of the prevention working group open?", conversation });
    expect(r.text.startsWith("REWORDED ")).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0].lang).toBe("en");
    expect(seen[0].evidence.map((e) => e.id)).toEqual(r.citations.map((_, i) => `P${i + 1}`));
    expect(seen[0].evidence.map((e) => e.citation)).toEqual(r.citations);

    const refusal = await worded.handle({ text: "/ask what is the budget of the working group for 2024?", conversation });
    expect(refusal.answered).toBe(false);
    expect(refusal.text.startsWith("REWORDED")).toBe(false);
    expect(seen).toHaveLength(1);
  });
});
