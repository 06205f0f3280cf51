/**
 * "Who chaired …" is answered only from a passage that names the chair of that very meeting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("who chaired a meeting", () => {
  it("names the chair a passage gives for that meeting: Saudi Arabia chaired the G20 group's first meeting", async () => {
    for (const q of ["Who chaired the G20 Anti-Corruption Working Group meeting UNODC attended?", "谁担任20国集团反腐败工作组第一次会议的主席？"]) {
      const r = await t.ask(q);
      expect(r.answered, r.text).toBe(true);
      expect(r.text).toContain("沙特阿拉伯");
      expect(r.citations.some((c) => c.quote.includes("由沙特阿拉伯担任主席的 20 国集团反腐败工作组"))).toBe(true);
    }
  });

  it("does not lend that chair to another meeting the same paragraph mentions (the Conference's 8th session)", async () => {
    const r = await t.ask("Who is the president of the Conference of the States Parties?");
    expect(r.answered).toBe(false);
    expect(r.text).not.toContain("Saudi Arabia");
  });

  it("refuses when no passage names the chair", async () => {
    const r = await t.ask("who chaired the tenth meeting of the working group on prevention?");
    expect(r).toMatchObject({ answered: false, kind: "refusal" });
    expect(r.text).toContain("do not say who chaired");
  });
});

describe("a chair the question names describes the meeting; it is not what is asked", () => {
  it.each([
    "Where was the first meeting of the G20 anti-corruption working group chaired by Saudi Arabia held?",
    "The G20 anti-corruption working group's first meeting, chaired by Saudi Arabia: in which city?",
    "In which city did the G20 ACWG meet for the first time, the meeting presided over by Saudi Arabia?",
    "沙特阿拉伯担任主席的二十国集团反腐败工作组首次会议在哪座城市召开？",
    "由沙特阿拉伯主持的20国集团反腐败工作组首次会议在什么地方举行？",
    "沙特当主席的那次二十国集团反腐败工作组第一次会议，地点在哪？",
  ])("%s: the documents do not say where, and the answer does not give the chair instead", async (q) => {
    const r = await t.ask(q);
    expect(r.answered, r.text).toBe(false);
    expect(r.text).toMatch(/do not say where|没有载明其举行地点/);
  });

  it("still answers who chaired when the question asks it", async () => {
    const r = await t.ask("二十国集团反腐败工作组第一次会议由谁担任主席？");
    expect(r.answered, r.text).toBe(true);
    expect(r.text).toContain("沙特阿拉伯");
  });
});
