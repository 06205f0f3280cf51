/**
 * "GGE" is the UN's short name for a group of governmental experts (政府专家组): a question about
 * the next one on the arms register reaches the paragraph of A/RES/80/28 that convenes it, "at the
 * end of 2027 and at the beginning and in the middle of 2028". Paraphrases not used to write the entry.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "../knowledge/corpus.js";

describe("GGE", () => {
  it("is a group of governmental experts, 政府专家组", () => {
    const zh = questionConcepts("when does the GGE meet?", "en", realGlossary(), () => true).flatMap((c) => c.zh.map((z) => z.term));
    expect(zh).toContain("政府专家组");
  });

  const ask = useTestAssistant(withRealDocuments);
  it.each(["arms register GGE — when does it meet next?", "UN Register: when will the next group of governmental experts be convened?", "常规武器登记册的下一个政府专家组什么时候召开"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n(?:Sources|出处)/)[0]).toMatch(/end of 2027|2027年/);
    expect(reply.citations.some((c) => c.document === "A/RES/80/28" && c.paragraph === "6")).toBe(true);
  });
});
