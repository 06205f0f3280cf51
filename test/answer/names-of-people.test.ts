/**
 * The names of people asked ("the names of the fugitives", "whoever will preside", "the name of the
 * Network's coordinator", 逃犯叫什么名字) are answered only by a passage that names them: a
 * paragraph on locating fugitives, or on convening a conference, names no one. A Chinese word the
 * dictionary glosses only by a phrase (逃犯, "escaped criminal") is not said to be absent from
 * English documents that say it in a word of their own ("fugitives"). Read off the real General
 * Assembly resolutions and the Security Council drafts; paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

describe("the names of people asked", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "Whoever presides over the third Review Conference on cluster munitions: what is their name?",
    "I need to know whoever will chair the Third Review Conference of the Convention on Cluster Munitions.",
    "What are the names of the indicted fugitives referred to in S/2022/501?",
    "List the names of the remaining fugitives cited in S/2022/501.",
    "what is the name of the African Women Leaders Network's coordinator?",
    "S/2022/501中那几名逃犯的名字是什么？",
  ])("is refused where no passage names them: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    // "Whoever", "I need to know", "List …" are how the question asks, not something the documents would speak of.
    expect(reply.text).not.toMatch(/speaks of[^.]*\bwhoever\b/i);
    expect(reply.text).not.toMatch(/but not of[^.]*\b(?:needs?|know|list)\b/i);
    expect(reply.text).not.toMatch(/没有关于逃犯/);
  });
});
