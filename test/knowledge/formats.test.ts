/**
 * The index reads every format the document stream comes in (PDF, DOCX, HTML, markdown, text)
 * through the file readers, and reports each file it cannot read by name with the reason,
 * indexing all the others.
 */
import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIndex } from "../../src/knowledge/load.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { glossaryDir, root } from "./corpus.js";

const fixtures = `${root}test/fixtures`;
let index: KnowledgeIndex;
let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "formats-"));
  for (const f of ["bilingual.pdf", "bilingual.docx", "encrypted.pdf", "scanned.pdf"]) copyFileSync(`${fixtures}/read/${f}`, join(dir, f));
  copyFileSync(`${fixtures}/pdf/S_2024_37-EN.pdf`, join(dir, "S_2024_37-EN.pdf"));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0x41, 0x00]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Distr.: General ".repeat(20) + "caf\xe9 r\xe9sum\xe9 na\xefve ".repeat(40), "latin1"));
  writeFileSync(join(dir, "huge.txt"), "");
  truncateSync(join(dir, "huge.txt"), 50 * 1024 * 1024);
  writeFileSync(
    join(dir, "page.html"),
    "<html><head><title>Working Group on Prevention, fifth meeting</title><script>var x = 1;</script></head><body><h1>Fifth meeting (Vienna, 7-9 September 2014)</h1><p>Session documents</p><ul><li>CAC/COSP/WG.4/2014/1 Annotated provisional agenda</li><li>CAC/COSP/WG.4/2014/2 Report on the meeting</li></ul></body></html>",
  );
  index = (await loadIndex({ documentsDir: dir, glossaryDir })).index;
}, 120_000);

describe("files the index cannot read", () => {
  it.each([
    ["empty.txt", /empty/],
    ["binary.txt", /program, not text/],
    ["latin1.txt", /UTF-8/],
    ["huge.txt", /50\.0 MB, over the 40 MB limit/],
    ["encrypted.pdf", /encrypted/],
    ["scanned.pdf", /no text layer/],
  ])("reports %s by name with the reason", (file, reason) => {
    const s = index.skipped.find((x) => x.file === file);
    expect(s?.reason).toMatch(reason);
  });

  it("indexes every other file", () => {
    expect(index.documents.map((d) => d.meta.file).sort()).toEqual(["S_2024_37-EN.pdf", "bilingual.docx", "bilingual.pdf", "page.html"]);
  });
});

describe("files the index reads", () => {
  const doc = (file: string) => index.documents.find((d) => d.meta.file === file)!;

  it("reads a PDF's cover whose columns the text layer gives on one line", () => {
    expect(doc("S_2024_37-EN.pdf").meta).toMatchObject({ symbol: "S/2024/37", date: "2024-01-10", body: "security-council", language: "en" });
  });

  it("gives PDF passages their page, and keeps Chinese characters joined", () => {
    const d = doc("bilingual.pdf");
    expect(d.passages.find((p) => p.number === "1")).toMatchObject({ page: 1 });
    expect(d.passages.find((p) => p.number === "2")).toMatchObject({ page: 2 });
    expect(d.passages.find((p) => p.number === "2")!.text).toContain("工作组建议缔约国加强公共采购的透明度");
  });

  it("keeps a draft resolution's preamble apart from its operative paragraphs", () => {
    const d = doc("S_2024_37-EN.pdf");
    expect(d.passages.filter((p) => p.role === "preambular").length).toBeGreaterThan(5);
    expect(d.passages.find((p) => p.number === "1")?.role).toBe("operative");
  });

  it("reads a Word document's numbered paragraphs in both languages", () => {
    const d = doc("bilingual.docx");
    expect(d.passages.find((p) => p.number === "1")!.text).toContain("工作组建议缔约国加强公共采购的透明度");
    expect(d.passages.find((p) => p.number === "2")!.text).toContain("publish procurement data in open formats");
  });

  it("reads a web page's title, session and document list, and none of its script", () => {
    const d = doc("page.html");
    expect(d.meta.title).toBe("Working Group on Prevention, fifth meeting");
    expect(d.passages.some((p) => p.text.includes("var x"))).toBe(false);
    expect(index.symbol("CAC/COSP/WG.4/2014/2")?.descriptions[0].text).toContain("Report on the meeting");
  });
});
