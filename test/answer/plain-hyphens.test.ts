/**
 * An answer writes the typesetter's hyphens (U+2011, "non‑nuclear") as the hyphen-minus, as words
 * are typed and searched; its citations quote the documents as printed.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("hyphens in an answer's words", () => {
  it.each(["80/18号决议的标题是什么？", "What is the title of resolution 80/18?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/non-nuclear-weapon States/);
    expect(reply.text).not.toMatch(/[\u2010\u2011]/);
    // The quotes are the documents' own text.
    expect(reply.citations.some((c) => /non\u2011nuclear/.test(c.quote))).toBe(true);
  });
});
