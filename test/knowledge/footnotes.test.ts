/** Footnote markers written onto a word or punctuation, or in Markdown ("report[^4]"), lead to the document's footnotes. */
import { describe, expect, it } from "vitest";
import { footnoteMarks, footnotesOf, type KnowledgeIndex, type Passage } from "../../src/knowledge/index.js";

const passage = (id: string, kind: Passage["kind"], locator: string, text: string) => ({ id, docId: "d", kind, locator, text, headingPath: [] }) as unknown as Passage;
const passages = [
  passage("p1", "paragraph", "1", "Takes note of the report of the Secretary-General on the implementation of resolution 79/7;1"),
  passage("p2", "text", "preamble 1", "Having considered chapter V of the report of the Committee on Contributions,2 Reaffirming its resolution 80/2 and the G20 commitments,"),
  passage("p3", "paragraph", "3", "Decides to remain seized of the matter, in paragraph 4 of its resolution 79/7."),
  passage("p4", "text", "preamble 2", "welcoming the adoption by consensus by the group of the agenda 5 and the timetable, as set out in item 2 of its report and in annex 1, for 3 years"),
  passage("p5", "text", "preamble 3", "the agenda 5 and the indicative timetable for 2025–20283 and the work of 2024, under symbol A/AC.297/2025/3 and a population of 202512 persons"),
  passage("p6", "text", "preamble 9", "Welcoming the substantive report[^20] adopted by consensus by the Group established pursuant to resolution 77/250 of 30 December 2022,[^1]"),
  passage("p7", "text", "preamble 8", "the draft treaty introduced at the Conference on Disarmament in 2008,2 and the submission of its updated version in 2014, 3 Considering that transparency measures are an integral part of it, in 12 languages, 4 and 7 more"),
  passage("p8", "paragraph", "35", "within the framework of the relationship agreement between the United Nations and the Organisation, 24 in accordance with the provisions of the Convention 1 and to provide advice, in Article 4 of it"),
  passage("f1", "footnote", "footnote 1", "[^1]: A/80/83."),
  passage("f24", "footnote", "footnote 24", "[^24]: United Nations, Treaty Series, vol. 2160, No. 1240."),
  passage("f3", "footnote", "footnote 3", "[^3]: A/AC.297/2025/CRP.2/Rev.5."),
  passage("f4", "footnote", "footnote 4", "[^4]: A/80/4."),
  passage("f5", "footnote", "footnote 5", "[^5]: A/AC.297/2025/3."),
  passage("f2", "footnote", "footnote 2", "[^2]: Official Records of the General Assembly, Supplement No. 11 (A/80/11)."),
  passage("f20", "footnote", "footnote 20", "[^20]: A/80/999."),
];
const index = { document: () => ({ meta: {}, passages }) } as unknown as KnowledgeIndex;

describe("footnotesOf", () => {
  it("follows a marker after a semicolon or a comma", () => {
    expect(footnotesOf(index, passages[0]).map((p) => p.id)).toEqual(["f1"]);
    expect(footnotesOf(index, passages[1]).map((p) => p.id)).toEqual(["f2"]);
  });
  it("does not read numbers of the text (paragraph 4, 79/7, G20) as markers", () => {
    expect(footnotesOf(index, passages[2])).toEqual([]);
    expect(footnotesOf(index, passages[1]).map((p) => p.id)).not.toContain("f20");
  });
  it("follows a marker a conversion set off by spaces, where the document has that footnote, but not a number a word numbers", () => {
    expect(footnotesOf(index, passages[3]).map((p) => p.id)).toEqual(["f5"]);
  });
  it("follows a marker a conversion ran into the year before it, where the document has that footnote, but not a year of a symbol", () => {
    expect(footnotesOf(index, passages[4]).map((p) => p.id)).toEqual(["f5", "f3"]);
  });
  it("follows a marker set off by a space after the comma that ends a paragraph, where the next begins (a line break lost), but not a number in a list", () => {
    expect(footnotesOf(index, passages[6]).map((p) => p.id)).toEqual(["f2", "f3"]);
  });
  it("follows a marker set off after a capitalized word, or after a comma before the clause goes on, but not an article's number", () => {
    expect(footnotesOf(index, passages[7]).map((p) => p.id).sort()).toEqual(["f1", "f24"]);
  });
  it("follows Markdown footnote references, in the order written", () => {
    expect(footnotesOf(index, passages[5]).map((p) => p.id)).toEqual(["f20", "f1"]);
  });
  it("gives a footnote no footnotes of its own", () => {
    expect(footnotesOf(index, passages.find((p) => p.kind === "footnote")!)).toEqual([]);
  });
});

describe("footnoteMarks", () => {
  it("gives each note with where its marker stands, in the order the text writes them, whatever kind of marker", () => {
    const marks = footnoteMarks(index, passages[4]);
    expect(marks.map((m) => m.note.id)).toEqual(["f5", "f3"]);
    const text = passages[4].text;
    // The text before a marker is what its note is on.
    expect(text.slice(0, marks[0].at)).toMatch(/the agenda $/);
    expect(text.slice(marks[0].end, marks[1].at)).toMatch(/timetable for 2025–2028$/);
    expect(footnoteMarks(index, passages[5]).map((m) => [m.note.id, passages[5].text.slice(m.at, m.end)])).toEqual([["f20", "[^20]"], ["f1", "[^1]"]]);
  });
});
