/**
 * A person's office asked ("who is the former Attorney General", 总检察长叫什么名字) is answered by
 * a person's name in the sentence that names the office: not by an organization the passage names,
 * nor by a person of another office in the next sentence. The bundled progress report names
 * Kenya's former Attorney General among the Building Bridges Initiative's officers without naming
 * him; the next sentence names President Uhuru Kenyatta.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { createTestAssistant, repoRoot, type TestAssistant } from "../core/test-assistant.js";
import { understand } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("the name of a person's office asked", () => {
  it.each([
    "who is the former Attorney General named in the Building Bridges Initiative?",
    "Kenya Building Bridges Initiative: name of the former attorney general?",
    "what was the name of Kenya's former attorney general in the Building Bridges Initiative?",
    "前任肯尼亚总检察长的名字是什么（架设桥梁倡议）",
    "架设桥梁倡议提到的那位前总检察长姓什么",
    "架设桥梁倡议执行官里那位肯尼亚前总检察长是谁？",
    // The office, then a pronoun that stands for it; chat's 神马 for 什么.
    "肯尼亚架设桥梁倡议执行官里的前总检察长，他叫什么？",
    "架设桥梁倡议执行官中的肯尼亚前总检察长，她姓什么",
    "架设桥梁倡议里那位前总检察长，他叫神马名字",
  ])("%s: refused, the paragraph names the office and no holder", async (q) => {
    const r = await t.ask(q);
    expect(r.answered, r.text).toBe(false);
    expect(r.text).toMatch(/gives no name|没有给出名称/);
    expect(r.text).not.toMatch(/肯雅塔|Kenyatta|Named: UNODC/);
  });

  it.each(["肯尼亚总统是谁", "肯尼亚总统叫什么名字？预防工作组进展报告里提到的", "肯尼亚总统叫啥"])("%s: answered with the name the sentence gives beside the office", async (q) => {
    const r = await t.ask(q);
    expect(r.answered, r.text).toBe(true);
    expect(r.text.split("\n出处")[0]).toContain("乌胡鲁·肯雅塔");
  });
});

describe("reading the ask", () => {
  const glossary = loadGlossary(join(repoRoot, "data", "terms"));
  const asks = (q: string) => [...understand(q, glossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks];
  it.each(["总检察长叫啥名字", "那位部长姓什么", "name of the current chairperson", "the name of Kenya's attorney general"])("%s asks who", (q) => {
    expect(asks(q)).toContain("who");
  });

  it.each(["那个倡议叫什么名字", "what is the name of the initiative", "工作队叫啥"])("%s asks the name of a thing, not who", (q) => {
    expect(asks(q)).not.toContain("who");
  });

  it("a State's president is no meeting's chair: the question is not sent to the chairs of meetings", async () => {
    const r = await t.ask("who is the president of Kenya mentioned in the prevention WG progress report?");
    expect(r.text).not.toContain("do not say who chaired");
  });
});
