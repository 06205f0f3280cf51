/**
 * A count the question gives ("哪两本新出版物", "which two new publications") is a concept: a
 * passage that writes the same count with any measure word before the noun ("两种新出版物") is
 * the answer, rather than one that only names the noun. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, repoRoot } from "../core/test-assistant.js";
import { loadGlossary, questionConcepts } from "../../src/knowledge/index.js";
import { join } from "node:path";

const ask = useTestAssistant();

describe("a count given in the question", () => {
  it.each(["2020年毒品和犯罪问题办公室要推出哪两本新出版物？", "毒品和犯罪问题办公室2020年将推出哪两种出版物？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/林业部门/);
  });

  it("reads 两本, 三份 and 5个 as counts written with any measure word", async () => {
    const g = await loadGlossary(join(repoRoot, "data/terms"));
    const count = (q: string, label: string) => questionConcepts(q, "zh", g).find((c) => c.label === label);
    expect(count("要推出哪两本新出版物", "两本")?.zh.map((s) => s.term)).toEqual(expect.arrayContaining(["两种", "两份", "两本"]));
    expect(count("提交了哪三份报告", "三份")?.en.map((s) => s.term)).toContain("three");
    expect(count("第三届会议", "三份")).toBeUndefined();
  });
});
