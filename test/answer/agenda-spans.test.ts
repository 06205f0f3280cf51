/** A parent agenda item runs over all its sub-items' slots, not only the first. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
}, 120_000);
afterAll(async () => t?.cleanup());

describe("the slot of a parent agenda item", () => {
  it.each([
    ["/agenda 15 2", /^Scheduled: \d+ slots, from Tuesday 3 September 2024, 3–6 p\.m\.\[\d+\](?:\[\d+\])* to Friday 6 September 2024, /m],
    ["/议程 15 2(a)", /^安排：共\d+个时段，自2024年9月3日（星期二）下午3时至6时\[\d+\](?:\[\d+\])*至2024年9月5日（星期四）/m],
  ])("“%s” spans the days of its sub-items", async (question, scheduled) => {
    const r = await t.ask(question);
    expect(r.answered).toBe(true);
    expect(r.text).toMatch(scheduled);
  });

  it("gives a sub-item without sub-items its own slot only", async () => {
    const r = await t.ask("/agenda 15 2(a)(iii)");
    expect(r.text).toMatch(/^Scheduled: Wednesday 4 September 2024, 3–6 p\.m\.\[\d+\]/m);
  });
});
