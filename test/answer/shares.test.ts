/**
 * "What share", "多大比例", "占多少": a share the passage states in words (half, two thirds, a
 * quarter) stands in the answer in the asker's language, not only inside the quoted English.
 * "Women" is the plural of "woman", the dictionary's English for 女性. Paraphrases not used to
 * write the rule; the fact read off A/RES/80/28 by hand (the 2024–2025 group of governmental
 * experts on the Register, half of whom were women).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a share stated in words", () => {
  it.each([
    "军备登记册2024–2025年政府专家组里女性的比例是多少？",
    "常规武器登记册的政府专家组（2024–2025）成员中妇女占多少？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.replace(/「[^」]*」/g, "")).toMatch(/一半/);
  });

  it("answers an English question from the passage that states it", async () => {
    const reply = await ask("What proportion of the 2024-2025 group of governmental experts on the Register were women?");
    expect(reply.text).toMatch(/half of whom were women/);
  });
});
