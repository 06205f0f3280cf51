/**
 * An English question answered from a Chinese passage states what the passage says in English:
 * the articles it cites ("《公约》第十二条": article 12, "第八条第五款": article 8, paragraph 5), the
 * things it numbers ("第二周期": second … cycle), and the names the glossary pairs with its terms
 * ("洗钱": money-laundering, "马拉喀什预防腐败宣言": Marrakech Declaration …), besides what the question
 * names itself, and not everyday words any sentence has ("继续", "题为"). A resolution's Chinese title
 * and its Chinese clauses are followed by their English too. Paraphrases not used to write it.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { unquoted as ownText } from "../core/answer-text.js";
import { englishGloss } from "../../src/answer/gloss.js";
import { realGlossary } from "../knowledge/corpus.js";


describe("the English of a Chinese passage, for an English question", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["per resolution 7/5, conflicts of interest at the 9th WG meeting fall under which article of the Convention?", /article 7, paragraph 4/],
    ["under which UNCAC article did COSP set up the prevention working group in resolution 3/2?", /article 63/],
    ["the WG stressed the importance of objectivity in public procurement under which article?", /article 9/],
    ["resolution 10/1 asked the WG to put social participation on its agenda - which UNCAC article is that?", /article 13/],
    ["which paragraph of article 8 concerns asset declaration systems, according to the 2020 progress paper?", /article 8, paragraph 5/],
    ["the 2019 WG meeting discussed lessons learned on anti-corruption strategies under which UNCAC article?", /article 5/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(fact);
  });

  it("gives nothing in English to a Chinese question", async () => {
    const reply = await ask("第4/3号决议的标题是什么？");
    expect(reply.text).not.toMatch(/in English/i);
  });
});

describe("what a Chinese text says, in English", () => {
  const glossary = realGlossary();
  const ctx = { glossary, q: { lang: "en" } } as Parameters<typeof englishGloss>[0];
  const gloss = (text: string, concepts: { variants: string[]; en: string[] }[] = []) => englishGloss(ctx, text, concepts).map((g) => g.en);

  it("reads the articles and paragraphs cited, and rules of procedure apart", () => {
    expect(gloss("依照《公约》第六十三条第七款及缔约国会议议事规则第2条第2款设立")).toEqual(expect.arrayContaining(["article 63, paragraph 7", "rule 2, paragraph 2"]));
  });

  it("names States as CLDR writes them in English, not by an adjective", () => {
    expect(gloss("向科特迪瓦、佛得角和布基纳法索的司法机构提供了技术援助")).toEqual(expect.arrayContaining(["Côte d’Ivoire", "Burkina Faso"]));
  });

  it("leaves out what the question names, and everyday words", () => {
    const said = gloss("工作组请毒品和犯罪问题办公室继续努力收集利益冲突的预防和管理", [{ variants: ["工作组"], en: ["work group"] }]);
    expect(said).not.toContain("working group");
    expect(said.some((e) => /^(?:continue|efforts)$/i.test(e))).toBe(false);
  });
});
