import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocumentFile } from "../../../src/knowledge/read/index.js";
import { htmlToText } from "../../../src/knowledge/read/html.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/read");
const tmp = mkdtempSync(join(tmpdir(), "read-html-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const SESSION_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Working Group on Prevention: second session</title>
<style>.menu { color: red }</style><script>window.dataLayer = ["<p>tracking</p>"];</script></head>
<body>
<header role="banner"><a href="/">UNODC</a> <form><input name="q"><button>Search</button></form></header>
<nav><ul><li><a href="/corruption">Corruption</a></li><li><a href="/about">About</a></li></ul></nav>
<main>
<h1>Open-ended Intergovernmental Working Group on Prevention</h1>
<h2>Second session (Vienna, 22&ndash;24 August 2011)</h2>
<p>The Working Group
   met in Vienna
   from 22 to 24 August 2011.</p>
<p>工作组第二届会议
于2011年8月22日至24日
在维也纳举行。</p>
<table>
<thead><tr><th>Document Symbol</th><th>Topic</th></tr></thead>
<tbody>
<tr><td><a href="/docs/1.pdf">CAC/COSP/WG.4/2011/1</a></td><td>Annotated provisional agenda</td></tr>
<tr><td>CAC/COSP/WG.4/2011/2</td><td><p>Good practices in the prevention of corruption</p></td></tr>
</tbody></table>
<h3>Provisional agenda</h3>
<ol><li>Organizational matters<ol type="a"><li>Opening of the session</li><li>Adoption of the agenda</li></ol></li>
<li>Good practices</li></ol>
<ul><li>Information note for participants</li></ul>
<p>Resolution 58/4<sup>1</sup> of 31 October 2003.</p>
<div hidden>Cookie banner text</div>
<div aria-hidden="true">Icon label</div>
</main>
<footer role="contentinfo">&copy; United Nations</footer>
</body></html>`;

describe("web pages", () => {
  it("puts each heading, paragraph, list item and table row on its own line, and drops scripts, styles and navigation", () => {
    expect(htmlToText(SESSION_PAGE).text.split("\n")).toEqual([
      "# Open-ended Intergovernmental Working Group on Prevention",
      "",
      "## Second session (Vienna, 22–24 August 2011)",
      "",
      "The Working Group met in Vienna from 22 to 24 August 2011.",
      "",
      "工作组第二届会议于2011年8月22日至24日在维也纳举行。",
      "",
      "Document Symbol\tTopic",
      "CAC/COSP/WG.4/2011/1\tAnnotated provisional agenda",
      "CAC/COSP/WG.4/2011/2\tGood practices in the prevention of corruption",
      "",
      "### Provisional agenda",
      "",
      "1. Organizational matters",
      "(a) Opening of the session",
      "(b) Adoption of the agenda",
      "2. Good practices",
      "",
      "- Information note for participants",
      "",
      "Resolution 58/4¹ of 31 October 2003.",
      "",
      "© United Nations",
    ]);
  });

  it("reads a .html file with the page's title", async () => {
    const r = await readDocumentFile(file("session.html", SESSION_PAGE));
    expect(r).toMatchObject({ ok: true, format: "html", title: "Working Group on Prevention: second session", warnings: [] });
    expect(r.ok && r.text).toContain("CAC/COSP/WG.4/2011/2\tGood practices");
  });

  it("takes the first heading as the title of a page without <title>", () => {
    expect(htmlToText("<h2>第十届会议</h2><p>正文</p>").title).toBe("第十届会议");
  });

  it("numbers ordered lists from their start and item values, in roman numerals where the list says so", () => {
    expect(htmlToText('<ol start="4"><li>four</li><li value="9">nine</li><li>ten</li></ol><ol type="i"><li>one</li><li>two</li></ol>').text).toBe("4. four\n9. nine\n10. ten\n\n(i) one\n(ii) two");
  });

  it("keeps line breaks of <br> and the white space of <pre>", () => {
    expect(htmlToText("<p>Vienna<br>Austria</p><pre>Item   1\n  (a)</pre>").text).toBe("Vienna\nAustria\n\nItem   1\n  (a)");
  });

  it("decodes a page in the legacy encoding its <meta charset> declares", async () => {
    // "会议文件" and "反腐败公约缔约国会议" in GBK.
    const [title, body] = [Buffer.from("bbe1d2e9cec4bcfe", "hex"), Buffer.from("b7b4b8afb0dcb9abd4bcb5ded4bcb9fabbe1d2e9", "hex")];
    const html = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'), title, Buffer.from("</title></head><body><p>"), body, Buffer.from("</p></body></html>")]);
    const r = await readDocumentFile(file("gb.html", html));
    expect(r).toEqual({ ok: true, format: "html", title: "会议文件", text: "反腐败公约缔约国会议", warnings: ["decoded as gbk, the encoding the file declares"] });
  });

  it("refuses a page that is not UTF-8 and declares no encoding", async () => {
    expect(await readDocumentFile(file("latin.html", Buffer.from("<p>Réunion à Genève, décision spéciale</p>", "latin1")))).toMatchObject({ ok: false, code: "invalid-utf8" });
  });

  it("refuses a page with no text", async () => {
    expect(await readDocumentFile(file("blank.html", "<html><head><title>Only a title</title><script>x()</script></head><body></body></html>"))).toEqual({ ok: false, code: "empty", reason: "the page holds no text" });
  });
});

describe("DOCX files", () => {
  it("reads headings, runs, numbered and bulleted lists, tables and footnotes of a bilingual document", async () => {
    const r = await readDocumentFile(join(FIXTURES, "bilingual.docx"));
    expect(r).toMatchObject({ ok: true, format: "docx", title: "预防腐败问题工作组 Working Group on Prevention", warnings: [] });
    expect(r.ok && r.text.split("\n")).toEqual([
      "# 预防腐败问题工作组 Working Group on Prevention",
      "",
      "联合国反腐败公约缔约国会议 CAC/COSP/WG.4/2024/2",
      "",
      "本报告介绍了缔约国的良好做法。",
      "",
      "## 一. 建议 Recommendations",
      "",
      "1. 工作组建议缔约国加强公共采购的透明度。",
      "2. The Working Group recommended that States parties publish procurement data in open formats.¹",
      "",
      "- 公共采购 public procurement",
      "",
      "日期 Date\t项目 Item",
      "2024年6月12日\t1. 会议开幕 Opening of the session",
      "",
      "¹ United Nations, Treaty Series, vol. 2349, No. 42146. 《联合国条约汇编》。",
    ]);
  });

  it("reports a password-protected DOCX as encrypted", async () => {
    // Office stores an encrypted DOCX in a compound file holding an "EncryptionInfo" stream.
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64)]);
    expect(await readDocumentFile(file("locked.docx", ole))).toEqual({ ok: false, code: "encrypted", reason: "the DOCX file is protected with a password; save a copy without the password" });
  });

  it("reports a Word 97-2003 document named .docx as unsupported", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("WordDocument", "utf16le")]);
    expect(await readDocumentFile(file("old.docx", ole))).toMatchObject({ ok: false, code: "unsupported", reason: expect.stringContaining("save it as .docx") });
  });

  it("reports a ZIP file that is no Word document, and a text file named .docx, as unreadable", async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(40)]);
    expect(await readDocumentFile(file("broken.docx", zip))).toMatchObject({ ok: false, code: "unreadable", reason: expect.stringMatching(/^not a readable DOCX file/) });
    expect(await readDocumentFile(file("text.docx", "plain text"))).toEqual({ ok: false, code: "unreadable", reason: "not a DOCX file: it is not a ZIP package" });
  });
});
