/**
 * A Chinese question's words the segmenter cut where the dictionary would not ("常任理事/国投/了/弃权票")
 * are cut again by the dictionary, so that they are concepts a passage must hold, not unknown words
 * that never count against one: a word it knows followed by single characters. A run that falls
 * apart into several words ("八十年代"), or whose first character qualifies the word after it
 * ("核废料"), stays whole.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

const g = realGlossary();
const concepts = (q: string) => questionConcepts(q, "zh", g, () => true).map((c) => ({ label: c.label, source: c.source }));

describe("Chinese words the segmenter cut wrongly", () => {
  it.each([
    ["哪个常任理事国投了弃权票？", ["常任理事国", "弃权"]],
    ["这次高级别会议在哪里开？", ["高级"]],
  ])("are cut again by the dictionary: %s", (q, words) => {
    const found = concepts(q);
    for (const w of words) expect(found, JSON.stringify(found)).toContainEqual({ label: w, source: "dictionary" });
    expect(found.some((c) => c.source === "unknown")).toBe(false);
  });

  it.each([
    ["八十年代第二个裁军十年宣言是哪个决议的附件？", ["八十", "年代"]],
    ["大会对使用核废料表示了什么样的态度？", ["废料"]],
  ])("stay whole where cutting would change what they say: %s", (q, parts) => {
    const labels = concepts(q).map((c) => c.label);
    for (const p of parts) expect(labels).not.toContain(p);
  });
});

describe("a question on something the documents do not record", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "安理会就S/2016/1100号决议草案（以色列定居点问题）进行表决时，哪个常任理事国投了弃权票？",
    "S/2016/1100表决时有哪些常任理事国投了弃权票？",
  ])("is refused, not answered with a paragraph on the subject: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});
