/** A free question whose answer is a list that grows with the corpus is answered a page at a time. */
import { describe, expect, it } from "vitest";
import { askCommand } from "../../commands/ask.js";
import { createFakeIndex, passages } from "../digest/fixtures/fake-index.js";
import { runCommand } from "./fixtures/context.js";

// Forty meetings of the working group in 2030, each cited by the header passage.
const meetings = Array.from({ length: 40 }, (_, i) => ({
  id: `wg-prevention-${100 + i}`,
  bodies: ["wg-prevention"],
  ordinal: 100 + i,
  kind: "meeting" as const,
  start: `2030-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
  venue: "维也纳",
  sources: [passages[0].id],
}));
const index = createFakeIndex({ meetings });
const ask = (text: string) => runCommand(askCommand, text, { index, now: new Date("2024-08-01T12:00:00Z") });
const bullets = (text: string) => text.split("\n").filter((l) => l.startsWith("• "));

describe("/ask with a long list for an answer", () => {
  it("lists the meetings of a period 15 at a time, says how many there are, and offers the next page", async () => {
    const first = await ask("Which meetings are held in 2030?");
    expect(bullets(first.text)).toHaveLength(15);
    expect(first.text).toContain("Shown: 1–15 of 40. Say “more” for the next 15.");
    expect(first.more).toBe("/ask --page 2 Which meetings are held in 2030?");
    const second = await ask(first.more!.slice("/ask ".length));
    expect(bullets(second.text)).toHaveLength(15);
    expect(second.text).toContain("Shown: 16–30 of 40.");
    expect(bullets(second.text).some((l) => bullets(first.text).includes(l))).toBe(false);
    const last = await ask("--page 3 Which meetings are held in 2030?");
    expect(bullets(last.text)).toHaveLength(10);
    expect(last.more).toBeUndefined();
  });
});
