import { describe, expect, it } from "vitest";
import type { PdfItem } from "../../../src/knowledge/read/pdf/extract.js";
import { removeFurniture, type PageLines } from "../../../src/knowledge/read/pdf/furniture.js";
import { pageLines, type PdfLine } from "../../../src/knowledge/read/pdf/lines.js";

/** An item of `s` at (x, y) in a font of `size`, its width that of `s` at half an em a character. */
const item = (s: string, x: number, y: number, size = 10, w = s.length * size * 0.5): PdfItem => ({ s, x, y, w, size, rotated: false, eol: false });
/** Items of the given pieces laid out left to right with `gap` between them. */
function row(parts: string[], y: number, gap: number, size = 10, x0 = 72): PdfItem[] {
  let x = x0;
  return parts.map((p) => {
    const it = item(p, x, y, size);
    x += it.w + gap;
    return it;
  });
}
const texts = (items: PdfItem[]) => pageLines(items).lines.map((l) => l.text);

describe("lines rebuilt from text items", () => {
  it("joins Chinese characters without spaces and puts spaces between English words", () => {
    expect(texts([...row([..."工作组建议缔约国"], 700, 0.3), ...row(["States", "parties", "publish"], 686, 3)])).toEqual(["工作组建议缔约国", "States parties publish"]);
  });

  it("puts no space where a word is only kerned apart, nor where a hairline space stands inside it", () => {
    expect(texts(row(["Presid", "ent"], 700, 0.8))).toEqual(["President"]);
    expect(texts([item("wome", 72, 700), item(" ", 92, 700, 10, 1.1), item("n in", 93.1, 700)])).toEqual(["women in"]);
  });

  it("orders items by position, not by the order the PDF draws them in", () => {
    const [a, b, c] = row(["first", "second", "third"], 700, 3);
    expect(texts([c, item("next line", 72, 686), a, b])).toEqual(["first second third", "next line"]);
  });

  it("marks a gap as wide as a column with a tab", () => {
    expect(texts([item("Security Council", 72, 700, 20), item("Distr.: General", 400, 700, 10)])).toEqual(["Security Council\tDistr.: General"]);
  });

  it("keeps a raised marker on its line as superscript digits, without a space before it", () => {
    expect(texts([item("in force in 2005.", 72, 700), item("12", 157, 703.5, 6)])).toEqual(["in force in 2005.¹²"]);
  });

  it("keeps raised digits in the body size as they are (a symbol's number is not a marker)", () => {
    expect(texts([item("resolution", 72, 700), item("58/4", 125, 703.5)])).toEqual(["resolution 58/4"]);
  });

  it("leaves out text set at an angle and counts it", () => {
    const { lines, rotated } = pageLines([item("Body text", 72, 700), { ...item("Margin note", 20, 400), rotated: true }]);
    expect(lines.map((l) => l.text)).toEqual(["Body text"]);
    expect(rotated).toBe(1);
  });
});

const line = (text: string, y: number): PdfLine => ({ text, y, size: 10 });
/** A page 792 units high: `head` lines at its top, `body` in the middle, `foot` lines at its foot. */
const page = (head: string[], body: string[], foot: string[]): PageLines => ({
  height: 792,
  lines: [...head.map((t, i) => line(t, 750 - 12 * i)), ...body.map((t, i) => line(t, 600 - 12 * i)), ...foot.map((t, i) => line(t, 60 - 12 * i))],
});
const kept = (pages: PageLines[]) => removeFurniture(pages).pages.map((p) => p.map((l) => l.text));

describe("page furniture", () => {
  it("drops job numbers in the forms UN offices print them, and bar codes", () => {
    for (const job of ["V.19-08845 (C)", "V.19-08845 (C)    060919    060919", "GE.24-12345", "24-12345 (E)", "24-00436 (E) 120124", "*1908845*", "24-00436 (E)\t120124 *2400436*"]) {
      expect(kept([page([], ["1. Text."], [job])]), job).toEqual([["1. Text."]]);
    }
  });

  it("drops a job number with its language letter even away from the page's edge", () => {
    expect(kept([page([], ["1. Text.", "19-08845 (C)", "2. Text."], [])])).toEqual([["1. Text.", "2. Text."]]);
  });

  it("drops running heads and feet made of the symbol, job number and page number, and reports what they said", () => {
    const pages = [page(["S/2018/693"], ["Body one."], ["2/15\t18-11688"]), page(["S/2018/693"], ["Body two."], ["18-11688\t3/15"]), page([], ["Body three."], ["- 4 -"]), page([], ["Body four."], ["Page 5 of 15"]), page([], ["正文。"], ["第 6 页"])];
    const out = removeFurniture(pages);
    expect(out.pages.map((p) => p.map((l) => l.text))).toEqual([["Body one."], ["Body two."], ["Body three."], ["Body four."], ["正文。"]]);
    expect(out.furniture).toEqual(["S/2018/693", "18-11688"]);
  });

  it("drops a line repeated at the top of most pages, whatever its page number", () => {
    const head = (n: number) => `Report of the Working Group, page ${n}`;
    const pages = [1, 2, 3, 4].map((n) => page([head(n)], [`Paragraph ${n}.`], []));
    expect(kept(pages)).toEqual([["Paragraph 1."], ["Paragraph 2."], ["Paragraph 3."], ["Paragraph 4."]]);
  });

  it("keeps text at the top of a page that no other page repeats, and numbers in the body", () => {
    const pages = [page(["United Nations\tS/2024/37"], ["2024", "3/4"], []), page(["3. Affirms the exercise of rights;"], ["Body."], [])];
    expect(kept(pages)).toEqual([["United Nations\tS/2024/37", "2024", "3/4"], ["3. Affirms the exercise of rights;", "Body."]]);
  });

  it("keeps a line repeated on too few pages to be a running head", () => {
    const pages = [page(["Annex"], ["One."], []), page(["Annex"], ["Two."], []), page([], ["Three."], []), page([], ["Four."], []), page([], ["Five."], []), page([], ["Six."], [])];
    expect(kept(pages)[0]).toEqual(["Annex", "One."]);
  });
});
