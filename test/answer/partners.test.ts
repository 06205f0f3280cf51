/**
 * "Who does X work with" over a passage that names X and its partners: a longer glossary term the
 * question itself names (a project's full name) does not hide the shorter terms inside it, the
 * names stated in the answer's own words are the partners, not the question's own subject, and a
 * word's dictionary senses that the documents use are kept before those they never write.
 * "项目" after a name is a project, not an agenda item. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant } from "../core/test-assistant.js";
import { loadGlossary, questionConcepts } from "../../src/knowledge/index.js";
import { repoRoot } from "../core/test-assistant.js";
import { join } from "node:path";

const ask = useTestAssistant();

describe("the partners of a named project stand in the answer text, without the question's own subject", () => {
  it.each([
    "Which organizations is UNODC partnering with on the cocaine route project?",
    "With whom does the Office on Drugs and Crime carry out the cocaine route project?",
    "Who are UNODC's partners in implementing the project on criminal investigation along the cocaine route?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const own = ownWords(reply.text);
    expect(own).toMatch(/INTERPOL/);
    expect(own).toMatch(/Transparency International/);
    expect(own).not.toMatch(/UNODC|Office on Drugs and Crime/);
  });
});

describe("项目 after a name is a project, not an agenda item", () => {
  it.each(["可卡因路线项目由哪些组织共同执行？", "毒品和犯罪问题办公室跟哪些组织合作执行可卡因路线项目？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.text).not.toMatch(/临时议程/);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/国际刑警组织/);
  });

  it.each(["第十五次会议有哪些项目？", "议程项目3是什么？"])("%s still asks for agenda items", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/议程|项目\s*3/);
  });
});

describe("a word's dictionary senses that the documents use are kept first", () => {
  it("keeps a sense the documents write when the word has more senses than are kept", async () => {
    const glossary = await loadGlossary(join(repoRoot, "data/terms"));
    const senses = (used?: (t: string) => boolean) => questionConcepts("Who will carry out the plan?", "en", glossary, used && ((t) => used(t))).find((c) => c.label === "carry out")!.zh.map((s) => s.term);
    expect(senses()).not.toContain("执行");
    expect(senses((t) => t === "执行")).toContain("执行");
  });
});

describe("'which <described> country' asks who, and the country stands in the answer's own words", () => {
  it.each(["For which southern African country did UNODC set up baseline data?", "Which African country got baseline data from UNODC?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/Zambia/);
  });
});
