/**
 * A glossary term that holds several of the question's terms is what the question names in words
 * of its own, not another meaning of them: the project "在拉丁美洲、加勒比和西非的可卡因路线沿线加强
 * 刑事调查和刑事司法合作", asked as "可卡因路线…刑事调查合作项目", is found with its partners. (One
 * of the question's terms alone inside a longer term, "实施" in "实施情况审议机制", still counts
 * as another meaning.) Read off the bundled documents; paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a title named in part", () => {
  const ask = useTestAssistant();
  it.each(["可卡因路线沿线加强刑事调查合作的那个项目，毒品和犯罪问题办公室跟谁一起执行？", "西非和加勒比可卡因路线刑事调查合作项目的合作伙伴有哪些？"])(
    "is answered from the paragraph that names the project: %s",
    async (q) => {
      const reply = await ask(q);
      expect(reply.answered, reply.text).toBe(true);
      expect(beforeSources(reply.text)).toMatch(/国际刑警组织/);
      expect(beforeSources(reply.text)).toMatch(/透明国际/);
    },
  );
});
