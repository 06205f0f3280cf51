/**
 * What a question asks of an agenda item beyond its title, schedule and documents ("is item 2
 * considered jointly with the Implementation Review Group") is answered by the item's annotation
 * that says it, quoted with its source; a question that asks nothing more gets no annotation.
 * Read off the bundled annotated agenda of the 15th meeting of the Working Group on Prevention;
 * paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("an item's annotation asked", () => {
  const ask = useTestAssistant();
  it.each([
    ["Is item 2 of the 15th meeting of the Working Group on Prevention discussed jointly with the Implementation Review Group?", /Annotation: .*议程项目 ?4/],
    // (Passage search may find the same sentence first.)
    ["预防工作组第十五次会议的项目2是否与实施情况审议组联合审议？", /议程项目 ?4/],
  ])("states what it says: %s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(said);
  });
  it.each(["when is item 3 of the 15th prevention WG meeting taken up?", "工作组第十五次会议议程项目2(b)是什么？"])("adds none where nothing more is asked: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).not.toMatch(/Annotation:|说明：/);
  });
});
