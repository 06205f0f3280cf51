/**
 * A question about what a meeting placed by its date or number recommended is answered from that
 * meeting only: another meeting's recommendations are no answer, nor is a list of the meetings
 * held in that month. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("recommendations of a meeting named by its date", () => {
  it.each(["What did the working group recommend at its August 2011 meeting?", "工作组2011年8月的会议提出了什么建议？", "In August 2011, what did the prevention working group recommend States do before each meeting?"])(
    "%s",
    async (question) => {
      const reply = await ask(question);
      expect(reply.text).not.toMatch(/10th meeting|第十次会议|第 10 次会议/);
      expect(reply.text).not.toMatch(/^(?:文件记载的在该期间举行的会议|Meetings the documents record)/);
    },
  );
});

describe("recommendations of a meeting named by its number", () => {
  it.each(["What did the prevention working group recommend at its 10th meeting?", "预防腐败问题工作组第十次会议建议了什么？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/10th meeting|第十次会议/);
  });
});
