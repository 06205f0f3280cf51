/**
 * A meeting named by the city it met in ("the St. Petersburg session", "阿布扎比那届"): of a body's
 * meetings, the one the documents place there. Paraphrases not used to write the rule; the facts
 * read off the documents by hand: the Conference's sixth session met in St. Petersburg (CAC/COSP/2015/1,
 * item 4 prevention), its tenth in Atlanta, 11-15 December 2023.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a meeting named by its city", () => {
  it.each([
    "在圣彼得堡开的那届缔约国会议，议程项目4是什么？",
    "COSP in Saint Petersburg: what was agenda item 4?",
    "item 4 on the agenda of the St Petersburg Conference session?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Prevention|预防/);
    expect(reply.text).not.toMatch(/Several meetings match|有多个会议/);
  });

  it.each(["when was the COSP held in Atlanta?", "亚特兰大那届缔约国会议是什么时候开的？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.text).toMatch(/11[–-]15 December 2023|2023年12月11日至15日/);
  });

  it("keeps every meeting when none met in the city named", async () => {
    const reply = await ask("agenda of the COSP held in Oslo");
    expect(reply.text).not.toMatch(/Item 4: Prevention/);
  });
});
