/**
 * A glossary term of two words written the other way round, verb before object ("追回资产" for
 * 资产追回, "建设能力" for 能力建设), is read as the term: it finds the agenda item of that title.
 * Paraphrases not used to write the rule; the item read off CAC/COSP/2015/1 by hand.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { questionConcepts } from "../../src/knowledge/index.js";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const labels = (text: string) => questionConcepts(text, "zh", glossary).map((c) => c.label);

describe("a two-word term in verb-object order", () => {
  it.each([
    ["各国如何追回资产？", "资产追回"],
    ["秘书处怎样帮助发展中国家建设能力？", "能力建设"],
  ])("%s reads %s", (text, term) => {
    expect(labels(text)).toContain(term);
  });

  it("is not read where the two words stand apart", () => {
    expect(labels("追回被盗的资产需要多久？")).not.toContain("资产追回");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("an agenda item named in verb-object order", () => {
  it.each(["COSP6临时议程上，追回资产排在第几项？", "圣彼得堡那届缔约国会议，追回资产是哪个议程项目？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/项目\s?5/);
    expect(own(reply.text)).not.toMatch(/项目\s?4/);
  });
});
