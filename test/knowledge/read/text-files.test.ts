import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { DOCUMENT_EXTENSIONS, formatOf, readDocument, readDocumentFile } from "../../../src/knowledge/read/index.js";

const tmp = mkdtempSync(join(tmpdir(), "read-text-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Writes `content` to a new file named `name` and gives its path. */
function file(name: string, content: string | Uint8Array): string {
  const dir = join(tmp, String(n++));
  mkdirSync(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe("text files", () => {
  it("reads UTF-8 text as it is, with Windows line ends made \\n", async () => {
    expect(await readDocumentFile(file("a.txt", "联合国\r\nUnited Nations\r\n"))).toEqual({ ok: true, format: "txt", text: "联合国\nUnited Nations\n", warnings: [] });
  });

  it("removes a UTF-8 byte-order mark", async () => {
    const r = await readDocumentFile(file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("CAC/COSP/2023/1 第十届会议")])));
    expect(r).toMatchObject({ ok: true, text: "CAC/COSP/2023/1 第十届会议" });
  });

  it("decodes UTF-16 text with a byte-order mark, little- and big-endian", async () => {
    const text = "反腐败公约缔约国会议\nConference of the States Parties\n";
    expect(await readDocumentFile(file("le.txt", utf16le(text)))).toMatchObject({ ok: true, text });
    expect(await readDocumentFile(file("be.txt", utf16be(text)))).toMatchObject({ ok: true, text });
  });

  it("replaces a stray byte that is not UTF-8 and warns where it was", async () => {
    const bytes = Buffer.concat([Buffer.from("1. The Working Group ".repeat(60)), Buffer.from([0xff]), Buffer.from(" met in Vienna.")]);
    const r = await readDocumentFile(file("stray.txt", bytes));
    expect(r).toMatchObject({ ok: true, warnings: ["1 invalid byte sequence, the first at byte 1260 replaced by U+FFFD"] });
    expect(r.ok && r.text.endsWith("\uFFFD met in Vienna.")).toBe(true);
  });

  it("refuses a file in another encoding, whose text would be garbled throughout", async () => {
    const latin1 = Buffer.from("Réunion à Genève, décision prise à l’unanimité, comité spécial".repeat(3), "latin1");
    const r = await readDocumentFile(file("latin1.txt", latin1));
    expect(r).toMatchObject({ ok: false, code: "invalid-utf8" });
    expect(!r.ok && r.reason).toMatch(/^the file is not UTF-8 text \(\d+ invalid byte sequences, the first at byte 1\); save it as UTF-8$/);
  });

  it("refuses even one stray byte under the reject policy, and replaces many under the replace policy", async () => {
    const one = file("one.txt", Buffer.concat([Buffer.from("text ".repeat(400)), Buffer.from([0xc3])]));
    expect(await readDocumentFile(one, { invalidUtf8: "reject" })).toMatchObject({ ok: false, code: "invalid-utf8" });
    const many = file("many.txt", Buffer.from("Genève décision ".repeat(20), "latin1"));
    expect(await readDocumentFile(many, { invalidUtf8: "replace" })).toMatchObject({ ok: true, warnings: [expect.stringMatching(/^40 invalid byte sequences/)] });
  });

  it("does not count a replacement character written in the file as an invalid byte", async () => {
    expect(await readDocumentFile(file("fffd.txt", "already \uFFFD replaced"))).toMatchObject({ ok: true, warnings: [] });
  });

  it("refuses a binary file named .txt, saying what it is when it can tell", async () => {
    expect(await readDocumentFile(file("pic.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])))).toEqual({ ok: false, code: "binary", reason: "the file is a PNG image, not text" });
    expect(await readDocumentFile(file("doc.txt", Buffer.from("%PDF-1.7\n%binary")))).toEqual({ ok: false, code: "binary", reason: "the file is a PDF file, not text" });
    expect(await readDocumentFile(file("blob.txt", Buffer.from([0x41, 0x42, 0x00, 0x43, 0x01, 0x02])))).toMatchObject({ ok: false, code: "binary", reason: expect.stringContaining("NUL or control bytes") });
  });

  it("refuses an empty file and one of white space only", async () => {
    expect(await readDocumentFile(file("empty.txt", ""))).toEqual({ ok: false, code: "empty", reason: "the file is empty" });
    expect(await readDocumentFile(file("blank.md", " \n\t\n"))).toEqual({ ok: false, code: "empty", reason: "the file holds only white space" });
  });

  it("refuses a 50 MB file without reading it, and takes a larger limit when given one", async () => {
    const path = file("huge.txt", "");
    truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk or read into memory
    expect(await readDocumentFile(path)).toEqual({ ok: false, code: "too-large", reason: "the file is 50.0 MiB, over the 40.0 MiB limit" });
    const small = file("small.txt", "x".repeat(2048));
    expect(await readDocumentFile(small, { maxBytes: 1024 })).toMatchObject({ ok: false, code: "too-large", reason: "the file is 2.0 KiB, over the 1.0 KiB limit" });
    expect(await readDocumentFile(small, { maxBytes: 4096 })).toMatchObject({ ok: true });
  });

  it("refuses files of formats it does not read, with the ones it does", async () => {
    const r = await readDocumentFile(file("old.doc", "x"));
    expect(r).toEqual({ ok: false, code: "unsupported", reason: `files ending .doc are not read (the index reads ${DOCUMENT_EXTENSIONS.join(", ")}); save it as .docx` });
    expect(await readDocumentFile(file("notes", "x"))).toMatchObject({ ok: false, code: "unsupported" });
  });

  it("reports a missing file and a folder as unreadable", async () => {
    expect(await readDocumentFile(join(tmp, "nowhere.txt"))).toMatchObject({ ok: false, code: "unreadable", reason: expect.stringContaining("cannot open the file") });
    const dir = join(tmp, "folder.txt");
    mkdirSync(dir);
    expect(await readDocumentFile(dir)).toEqual({ ok: false, code: "unreadable", reason: "not a file" });
  });

  it("reads bytes the caller already holds as it reads the file", async () => {
    expect(await readDocument(Buffer.from("正文"), "doc.txt")).toEqual({ ok: true, format: "txt", text: "正文", warnings: [] });
  });

  it("names the format of a file from its extension, whatever its case", () => {
    expect(["a.TXT", "b.Md", "c.htm", "d.PDF", "e.docx", "f.doc"].map(formatOf)).toEqual(["txt", "md", "html", "pdf", "docx", undefined]);
  });

  it("names it from the ending `extname` gives: a name that only begins with a dot, or a dot in a folder's name, has none", () => {
    const names = [".txt", "..txt", ".hidden.md", "notes.txt.bak", "a.b/readme", "dir.txt/file", "/x/.pdf", "/x/y.pdf", "a.", "a.markdown", "a.constructor", "toString", "a.toString", "c.HTML", "multi.part.name.docx"];
    expect(names.map((n) => formatOf(n) !== undefined)).toEqual(names.map((n) => DOCUMENT_EXTENSIONS.includes(extname(n).toLowerCase())));
    expect(names.map(formatOf)).toEqual([undefined, "txt", "md", undefined, undefined, undefined, undefined, "pdf", undefined, "md", undefined, undefined, undefined, "html", "docx"]);
  });
});

describe("Markdown files with YAML front matter", () => {
  const GA = `---
symbol: A/RES/80/12
record_id: "4095617"
title: "Objective information on military matters :"
date: "2025-12-05"
language: EN
version: 1.10
sponsors: [Germany, Romania]
---

United Nations

General Assembly Distr.: General 5 December 2025
`;

  it("gives the front matter's fields as strings, as written, and the body after it on the lines it stands on in the file", async () => {
    const r = await readDocumentFile(file("A_RES_80_12.md", GA));
    expect(r).toEqual({
      ok: true,
      format: "md",
      text: "\n".repeat(9) + "\nUnited Nations\n\nGeneral Assembly Distr.: General 5 December 2025\n",
      frontMatter: { symbol: "A/RES/80/12", record_id: "4095617", title: "Objective information on military matters :", date: "2025-12-05", language: "EN", version: "1.10", sponsors: "Germany, Romania" },
      warnings: [],
    });
    expect(r.ok && r.text.split("\n").indexOf("United Nations")).toBe(GA.split("\n").indexOf("United Nations"));
  });

  it("keeps a block that is not valid YAML in the text, with a warning", async () => {
    const r = await readDocumentFile(file("bad.md", "---\ntitle: [unclosed\n---\nBody.\n"));
    expect(r).toMatchObject({ ok: true, text: "---\ntitle: [unclosed\n---\nBody.\n", warnings: [expect.stringMatching(/^front matter is not valid YAML, kept as text/)] });
    expect(r.ok && r.frontMatter).toBeUndefined();
  });

  it("reads a Markdown file without front matter as text", async () => {
    expect(await readDocumentFile(file("plain.md", "# 标题\n\n1. 正文。"))).toEqual({ ok: true, format: "md", text: "# 标题\n\n1. 正文。", warnings: [] });
  });

  it("refuses a file of front matter alone as empty", async () => {
    expect(await readDocumentFile(file("meta.md", "---\nsymbol: A/1\n---\n"))).toEqual({ ok: false, code: "empty", reason: "the file holds front matter and no text" });
  });

  it("leaves front matter alone in a .txt file, where a header line may look like YAML", async () => {
    expect(await readDocumentFile(file("cover.txt", "---\nGeneral Assembly Distr.: General\n---\n"))).toMatchObject({ ok: true, text: "---\nGeneral Assembly Distr.: General\n---\n" });
  });
});
