import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDocumentReaders, readDocumentFile, type ReadResult, type ReadSuccess } from "../../../src/knowledge/read/index.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
const generated = (name: string) => join(FIXTURES, "read", name);
const real = (name: string) => join(FIXTURES, "pdf", name);
const tmp = mkdtempSync(join(tmpdir(), "read-pdf-"));

afterAll(async () => {
  await closeDocumentReaders();
  rmSync(tmp, { recursive: true, force: true });
});

function success(r: ReadResult): ReadSuccess {
  if (!r.ok) throw new Error(`expected the file to be read, got ${r.code}: ${r.reason}`);
  return r;
}

const pageText = (r: ReadSuccess, n: number) => {
  const p = r.pages!.find((s) => s.number === n)!;
  return r.text.slice(p.start, p.end);
};
const lines = (s: string) => s.split("\n");
const HAN_SPACE_HAN = /\p{Script=Han}[ \t]+\p{Script=Han}/u;

describe("PDF with Chinese and English text (generated fixture)", () => {
  let read: ReadSuccess;
  const get = async () => (read ??= success(await readDocumentFile(generated("bilingual.pdf"))));

  it("records each page's place in the text, pages in order and separated by a blank line", async () => {
    const r = await get();
    expect(r.format).toBe("pdf");
    expect(r.pages!.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(r.pages![0].start).toBe(0);
    expect(r.pages![2].end).toBe(r.text.length);
    for (let i = 1; i < 3; i++) expect(r.text.slice(r.pages![i - 1].end, r.pages![i].start)).toBe("\n\n");
    expect(pageText(r, 1)).toContain("Prevention of corruption: good practices");
    expect(pageText(r, 2)).toMatch(/^2\. 工作组建议缔约国加强公共采购的透明度/);
    expect(pageText(r, 3)).toMatch(/^4\. 工作组决定在下届会议上继续审议本议题。/);
    expect(pageText(r, 3)).toMatch(/5\. The Working Group decided to continue its consideration of the topic at its next session\.$/);
  });

  it("joins Chinese characters set one by one without spaces", async () => {
    const page1 = lines(pageText(await get(), 1));
    expect(page1).toContain("1. 本报告介绍了缔约国在预防腐败方面的良好做法，");
    expect(page1).toContain("并总结了工作组第十五次会议的讨论情况。");
    expect(page1).toContain("预防腐败问题不限成员名额政府间工作组");
    expect(page1).toContain("2024年6月12日至14日，维也纳");
    for (const line of lines((await get()).text)) expect(line).not.toMatch(HAN_SPACE_HAN);
  });

  it("separates English words set one by one, and keeps Chinese and English on one line apart", async () => {
    const r = await get();
    expect(lines(pageText(r, 1))).toContain("The Working Group on Prevention met in Vienna and reviewed good practices");
    expect(lines(pageText(r, 1))).toContain("in public procurement and the management of public finances.");
    expect(pageText(r, 2)).toContain("3. The Working Group recommended that States parties publish procurement data in open formats and");
    expect(pageText(r, 2)).toMatch(/《联合国反腐败公约》 ?\(United Nations Convention against Corruption\) ?第九条/);
  });

  it("keeps the cover's two columns on one line, a tab between them", async () => {
    const page1 = lines(pageText(await get(), 1));
    expect(page1[0]).toBe("United Nations\tCAC/COSP/WG.4/2024/2");
    expect(page1).toContain("反腐败公约缔约国会议\tDistr.: General");
    expect(page1).toContain("Original: English");
  });

  it("drops the job number, bar code, page numbers, running heads and the repeated running foot", async () => {
    const r = await get();
    expect(r.text).not.toContain("V.24-01234");
    expect(r.text).not.toContain("*2401234*");
    expect(r.text).not.toContain("120624");
    expect(r.text).not.toMatch(/^\d\/3$/m);
    expect(r.text).not.toContain("Prevention of corruption\n");
    expect(r.text).not.toContain("预防腐败 · Prevention of corruption");
    // The symbol stays where the cover prints it, and goes where it is the running head.
    expect(r.text.match(/CAC\/COSP\/WG\.4\/2024\/2/g)).toHaveLength(1);
    expect(r.furniture).toEqual(expect.arrayContaining(["CAC/COSP/WG.4/2024/2", "V.24-01234 (C) 120624 130624", "*2401234*", "预防腐败 · Prevention of corruption"]));
    expect(r.furniture!.some((f) => /\d\/3/.test(f))).toBe(false);
  });

  it("puts a blank line between paragraphs and none inside a paragraph", async () => {
    const page1 = pageText(await get(), 1);
    expect(page1).toContain("1. 本报告介绍了缔约国在预防腐败方面的良好做法，\n并总结了工作组第十五次会议的讨论情况。\n\nThe Working Group");
  });

  it("writes a raised footnote marker and the footnote's number as superscript digits", async () => {
    const page2 = lines(pageText(await get(), 2));
    expect(page2).toContain("The Convention entered into force in 2005.¹");
    expect(page2).toContain("¹ United Nations, Treaty Series, vol. 2349, No. 42146.");
  });

  it("gives the document's Title property as its title", async () => {
    expect((await get()).title).toBe("CAC/COSP/WG.4/2024/2");
  });

  it("reads a PDF encrypted with an owner password only, as any reader may open it", async () => {
    const r = success(await readDocumentFile(generated("owner-password.pdf")));
    expect(r.text).toBe((await get()).text);
  });
});

describe("real Security Council PDFs", () => {
  it("reads a two-page draft resolution with its cover, preamble and operative paragraphs in page order", async () => {
    const r = success(await readDocumentFile(real("S_2024_37-EN.pdf")));
    expect(r.pages).toHaveLength(2);
    const [p1, p2] = [pageText(r, 1), pageText(r, 2)];
    expect(lines(p1).slice(0, 3)).toEqual(["United Nations\tS/2024/37", "", "Security Council\tDistr.: General"]);
    expect(p1).toContain("10 January 2024");
    expect(p1).toContain("Japan and United States of America: draft resolution");
    expect(p1).toContain("The Security Council,");
    expect(p1).toContain("1. Condemns in the strongest terms the at least two dozen Houthi attacks on");
    expect(p2).toMatch(/^3\. Affirms the exercise of navigational rights and freedoms by merchant and\n/);
    expect(p2).toMatch(/11\. Decides to remain actively seized of this matter\.$/);
  });

  it("removes the job number, bar code and the running head and foot of every page", async () => {
    const r = success(await readDocumentFile(real("S_2016_1100-EN.pdf")));
    expect(r.pages).toHaveLength(3);
    expect(r.text).not.toMatch(/16-22921|\*1622921\*|231216/);
    expect(r.text).not.toMatch(/^\d\/3$/m);
    expect(r.text.match(/S\/2016\/1100/g)).toHaveLength(1);
    expect(pageText(r, 3)).toMatch(/^9\. Urges in this regard the intensification and acceleration of international\n/);
    expect(pageText(r, 3)).toMatch(/13\. Decides to remain seized of the matter\.$/);
    expect(r.furniture).toEqual(expect.arrayContaining(["S/2016/1100", "16-22921 (E) 231216", "*1622921*"]));
  });

  it("keeps words whole in justified text whose letters are spread apart", async () => {
    const r = success(await readDocumentFile(real("S_2022_158-EN.pdf")));
    expect(r.pages).toHaveLength(7);
    expect(r.text).toContain("Recalling all its previous relevant resolutions and statements of its President\nconcerning Yemen,");
    expect(r.text).toContain("including children,");
    // Letters cut off a word ("fo r", "wit h", "Presid en t") would stand as one-letter words.
    const stray = r.text.match(/(?<![\w’'/.-])(?![aAI]\b)[a-zA-Z](?![\w’'.)/-])/g) ?? [];
    expect(stray).toEqual([]);
  });
});

describe("PDFs that cannot be read", () => {
  it("reports a PDF that needs a password as encrypted", async () => {
    expect(await readDocumentFile(generated("encrypted.pdf"))).toEqual({ ok: false, code: "encrypted", reason: expect.stringContaining("password") });
  });

  it("reports a PDF of scanned pages without a text layer as image-only", async () => {
    const r = await readDocumentFile(generated("scanned.pdf"));
    expect(r).toMatchObject({ ok: false, code: "image-only" });
    expect(!r.ok && r.reason).toMatch(/no text layer.*2 pages.*OCR/);
  });

  it("reads the text pages of a partly scanned PDF and warns of the pages without text", async () => {
    const r = success(await readDocumentFile(generated("partly-scanned.pdf")));
    expect(r.pages!.map((p) => p.number)).toEqual([1, 2]);
    expect(pageText(r, 1)).toBe("1. 工作组审议了议程项目2。\nThe Working Group considered agenda item 2.");
    expect(pageText(r, 2)).toBe("");
    expect(r.warnings).toEqual(["page 2 has no text layer (scanned?); its text is missing"]);
  });

  it("reports a PDF of blank pages as empty", async () => {
    expect(await readDocumentFile(generated("blank.pdf"))).toEqual({ ok: false, code: "empty", reason: "the PDF holds no text" });
  });

  it("reports a truncated PDF as unreadable", async () => {
    const bytes = readFileSync(real("S_2024_37-EN.pdf"));
    const file = join(tmp, "truncated.pdf");
    writeFileSync(file, bytes.subarray(0, 2000));
    expect(await readDocumentFile(file)).toMatchObject({ ok: false, code: "unreadable", reason: expect.stringMatching(/^not a readable PDF file: /) });
  });

  it("reports a file named .pdf that is not a PDF as unreadable, saying what it is", async () => {
    const file = join(tmp, "picture.pdf");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    expect(await readDocumentFile(file)).toEqual({ ok: false, code: "unreadable", reason: "not a PDF file: the file is a PNG image" });
  });

  it("stops an extraction that runs past the time limit, and reads the next PDF with a fresh extractor", async () => {
    const slow = await readDocumentFile(real("S_2016_1100-EN.pdf"), { pdfTimeoutMs: 1 });
    expect(slow).toMatchObject({ ok: false, code: "timeout", reason: expect.stringContaining("took longer than") });
    expect(success(await readDocumentFile(real("S_2024_37-EN.pdf"))).pages).toHaveLength(2);
  });

  it("stops an extraction that needs more memory than allowed", async () => {
    expect(await readDocumentFile(real("S_2016_1100-EN.pdf"), { pdfMaxMemoryMb: 4 })).toEqual({ ok: false, code: "unreadable", reason: "the PDF needs more than 4 MiB to read" });
  });

  it("reads PDFs handed over at once one after another, each with its own result", async () => {
    const results = await Promise.all([real("S_2024_37-EN.pdf"), generated("encrypted.pdf"), real("S_2016_1100-EN.pdf")].map((f) => readDocumentFile(f)));
    expect(results.map((r) => (r.ok ? r.pages!.length : r.code))).toEqual([2, "encrypted", 3]);
  });
});
