/**
 * A page-long run of text is cut at sentence ends into citable parts; the point of a label that
 * stands alone ("II.", "B.", "4.") ends no sentence, so a line of a table of contents run
 * together keeps its number with its title, and a quote of the part holds both.
 */
import { describe, expect, it } from "vitest";
import { cutLongText } from "../../src/knowledge/parse/fallback.js";

const dots = " " + ".".repeat(80) + " ";
const contents = [
  "Contents Page I. Introduction", "2 II. Organization of the session", "2 A. Opening of the session", "2 B. Adoption of the agenda and organization of work",
  "3 III. Review of implementation", "4 IV. Technical assistance", "9 V. Financial and budgetary matters", "13 Annexes I. Provisional agenda for the next session",
  "18 II. States parties selected for review and as reviewers", "19 III. List of participants", "20 4. Statements of the observers",
].join(dots);

describe("cutting a long run of text", () => {
  const parts = cutLongText(contents);
  it("cuts it into parts, losing nothing", () => {
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(" ").replace(/\s+/g, "")).toBe(contents.replace(/\s+/g, ""));
  });
  it.each(["II. States parties selected for review", "B. Adoption of the agenda", "III. List of participants", "4. Statements of the observers"])("keeps '%s' in one part", (line) => {
    expect(parts.some((p) => p.includes(line))).toBe(true);
  });
  it("still cuts after a sentence's last word", () => {
    const prose = Array.from({ length: 30 }, (_, i) => `The group met on day ${i + 1} and heard statements.`).join(" ");
    const cut = cutLongText(prose);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.every((p) => p.endsWith("statements."))).toBe(true);
  });
});
