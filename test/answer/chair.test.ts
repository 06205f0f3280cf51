/**
 * "Who chaired …" is answered only from a passage that names the chair of that very meeting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, useTestAssistant, withPdfDocuments, type TestAssistant } from "../core/test-assistant.js";

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

describe("who presides, asked with the verb after 谁", () => {
  // "由谁主持", "由谁召集": the verb is what a passage must say, not the meeting's word before 谁 (a
  // paragraph naming Somalia at the security conference does not say who chaired it).
  const ask = useTestAssistant(withPdfDocuments);
  it.each(["S/2019/179提到的非洲联盟和平与安全理事会第12次年度协商由谁召集？", "S/2018/257里提到的摩加迪沙安全会议，是谁来主持的？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it("still names the chair a passage gives", async () => {
    const reply = await ask("20国集团反腐败工作组的那次会议由谁主持？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("沙特阿拉伯");
  });
});
