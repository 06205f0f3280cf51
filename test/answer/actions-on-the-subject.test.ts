/**
 * The actions taken on the working group's recommendations that speak to the subject asked ("in
 * Kenya") are all reported, though the search scores one of them well below the other: the
 * background paper of 2020 tells of the Office's work in Kenya in two paragraphs of two sections
 * (on whistle-blower protection, and on an awareness campaign with the Blue company initiative).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("actions taken on a subject", () => {
  const ask = useTestAssistant();
  it.each(["How did the Office follow up in Kenya on the working group's recommendations?", "UNODC activities in Kenya after the prevention working group recommendations"])(
    "reports every action that speaks to the whole subject: %s",
    async (q) => {
      const reply = await ask(q);
      expect(reply.answered, reply.text).toBe(true);
      const text = beforeSources(reply.text);
      expect(text).toMatch(/举报人保护|whistle-?blower/i);
      expect(text).toMatch(/蓝色公司|Blue/);
    },
  );
});
