/**
 * "What is S/2024/557": a document's description gives its opening paragraphs in the answer's own
 * words when the document is in the asker's language, as a passage search finds is shown, and as
 * a quotation when it is in the other language. Read off S/2024/557 (operative paragraph 1:
 * "Adopts the delisting procedure in Annex I …").
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("a document's opening paragraphs", () => {
  it.each(["what is S/2024/557?", "S/2024/557 - what document is that?"])("stand in an English answer's own words for an English document: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = beforeSources(reply.text);
    expect(own).toMatch(/It opens: Recalling resolution 1730 \(2006\)[^“]*Adopts the delisting procedure/);
  });

  it("stand in a Chinese answer as a quotation of the English document", async () => {
    const reply = await ask("S/2024/557是什么文件？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/其内容始于：「Recalling resolution 1730 \(2006\)/);
  });
});
