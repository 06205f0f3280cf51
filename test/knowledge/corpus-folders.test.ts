/**
 * Where documents live and how their versions and metadata combine: several folders read
 * recursively, language versions of one symbol, front matter next to sidecars, text with no
 * structure still indexed.
 */
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchDir } from "../fixtures/scratch.js";
import { loadIndex, readCorpus } from "../../src/knowledge/load.js";
import { parseDocument } from "../../src/knowledge/parse/parse-document.js";
import { loadConfig } from "../../src/core/config.js";
import { glossaryDir, realGlossary, root } from "./corpus.js";

const versionsDir = `${root}test/fixtures/versions`;
const parse = (text: string, file = "doc.md", sidecar?: Parameters<typeof parseDocument>[1]["sidecar"]) =>
  parseDocument(text, { file, sidecar, resolveBody: (n) => realGlossary().resolveBodyName(n) });

describe("documents in several folders", () => {
  it("reads every folder named, recursively, and leaves folder notes out", () => {
    const a = scratchDir("docs-a-");
    const b = scratchDir("docs-b-");
    mkdirSync(join(b, "2099", "june"), { recursive: true });
    copyFileSync(`${versionsDir}/en/wg4-2099-5.txt`, join(a, "note.txt"));
    copyFileSync(`${versionsDir}/zh/wg4-2099-5-zh.txt`, join(b, "2099", "june", "note.txt"));
    writeFileSync(join(b, "README.md"), "# About this folder\n\nNotes for the people who fill it.\n");
    const files = readCorpus([a, b]);
    expect(files.map((f) => f.file)).toEqual(["note.txt", "2099_june_note.txt"]);
  });

  it("lists a subfolder's files where its name stands among the folder's entries, with their sidecars and paths as `join` writes them", () => {
    const a = scratchDir("docs-order-");
    mkdirSync(join(a, "m", "deeper"), { recursive: true });
    for (const name of ["a.txt", "m/b.txt", "m/b.meta.json", "m/deeper/c.md", "m/d.txt", "z.txt", "z.meta.json.txt"]) writeFileSync(join(a, name), name.endsWith(".json") ? "{}" : "正文\n");
    const files = readCorpus(`${a}/./`, undefined, { read: false });
    expect(files.map((f) => f.file)).toEqual(["a.txt", "b.txt", "d.txt", "c.md", "z.meta.json.txt", "z.txt"]);
    expect(files.map((f) => f.path)).toEqual(["a.txt", "m/b.txt", "m/d.txt", "m/deeper/c.md", "z.meta.json.txt", "z.txt"].map((n) => join(a, n)));
    expect(files.map((f) => f.sidecarPath)).toEqual([undefined, join(a, "m/b.meta.json"), undefined, undefined, undefined, undefined]);
  });

  it("says which folder is missing and how to name the folders", () => {
    expect(() => readCorpus(["/no/such/folder"])).toThrow(/Documents folder not found: \/no\/such\/folder \(set DOCUMENTS_DIR/);
  });

  it("takes DOCUMENTS_DIR as folders separated by colons, data/documents by default", () => {
    const cwd = "/srv/bot";
    expect(loadConfig({ DOCUMENTS_DIR: "docs:/shared/more" }, cwd).documentsDirs).toEqual(["/srv/bot/docs", "/shared/more"]);
    expect(loadConfig({}, cwd).documentsDirs).toEqual(["/srv/bot/data/documents"]);
  });
});

describe("language versions", () => {
  it("treats two files with one symbol as one document in two languages, and cites the asker's", async () => {
    const { index } = await loadIndex({ documentsDir: versionsDir, glossaryDir });
    const en = index.documents.find((d) => d.meta.language === "en")!;
    expect(index.versions(en.meta.id).map((d) => d.meta.language).sort()).toEqual(["en", "zh"]);
    const para2 = en.passages.find((p) => p.number === "2")!;
    const zh = index.cite(para2.id, "zh");
    expect(zh).toMatchObject({ document: "CAC/COSP/WG.4/2099/5", paragraph: "2", file: "wg4-2099-5-zh.txt" });
    expect(zh.quote).toContain("会议将以混合形式举行");
    expect(index.cite(para2.id, "en").quote).toContain("hybrid format");
  });

  it("cites the document's own passage where no version in the asker's language exists", async () => {
    const { index } = await loadIndex({ documentsDir: `${versionsDir}/en`, glossaryDir });
    const p = index.documents[0].passages.find((x) => x.number === "3")!;
    expect(index.cite(p.id, "zh").quote).toContain("register before 15 May 2099");
  });
});

describe("front matter, sidecars and the text", () => {
  const front = (title: string) => `---\nsymbol: A/RES/99/1\ntitle: "${title}"\ndate: "2099-12-05"\nlanguage: EN\n---\n\n`;
  const body = "General Assembly Distr.: General 5 December 2099\n\nResolution adopted by the General Assembly on 1 December 2099\n\n99/1. Cooperation in outer space\n\nThe General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Decides to remain seized of the matter.\n";

  it("reads symbol, date and language from front matter", () => {
    const d = parse(front("Cooperation in outer space") + body);
    expect(d.meta).toMatchObject({ symbol: "A/RES/99/1", date: "2099-12-05", language: "en", body: "ga", kind: "resolution" });
  });

  it("prefers the title printed in the text to a front matter title that belongs to another document", () => {
    const d = parse(front("Treaty on something else entirely") + body);
    expect(d.meta.title).toBe("Cooperation in outer space");
  });

  it("lets a sidecar win over front matter", () => {
    const d = parse(front("x") + body, "doc.md", { symbol: "A/RES/99/2", date: "2099-12-07" });
    expect(d.meta).toMatchObject({ symbol: "A/RES/99/2", date: "2099-12-07" });
  });

  it("keeps the text's line numbers: front matter is blanked, not cut", () => {
    const d = parse(front("x") + body);
    expect(d.passages.find((p) => p.number === "1")!.text).toBe("1. Decides to remain seized of the matter.");
  });
});

describe("text without structure", () => {
  it("indexes a page of prose as plain blocks, cut at sentence ends, and says why", () => {
    const sentence = "Delegations exchanged views on the practical measures taken since the last session and on the assistance still needed. ";
    const d = parse(`${sentence.repeat(12)}\n\nA second block follows here.`, "page.txt");
    expect(d.meta.structure?.reason).toMatch(/no numbered paragraphs/);
    expect(d.passages.map((p) => p.locator)).toEqual(["block 1", "block 2", "block 3", "block 4"]);
    expect(d.passages.every((p) => p.text.length <= 900)).toBe(true);
    expect(d.passages[3].text).toBe("A second block follows here.");
  });

  it("splits a run-together cover and a one-line agenda into their fields and items", () => {
    const d = parse(
      "United Nations CAC/COSP/2099/1 Conference of the States Parties to the United Nations Convention against Corruption Distr.: General 2 August 2099 Original: English V.99-12345 (E) 020899 030899 *9912345* Twentieth session Doha, 1-5 December 2099 Provisional agenda and annotations Provisional agenda 1. Organizational matters: (a) Opening of the session; (b) Election of officers. 2. Prevention. 3. Asset recovery.",
      "cover.txt",
    );
    expect(d.meta).toMatchObject({ symbol: "CAC/COSP/2099/1", date: "2099-08-02", body: "cosp", meeting: { ordinal: 20, start: "2099-12-01", end: "2099-12-05", venue: "Doha" } });
    expect(d.passages.filter((p) => p.locator.startsWith("provisional agenda")).map((p) => `${p.item} ${p.text}`)).toEqual([
      "1 Organizational matters:",
      "1(a) Opening of the session;",
      "1(b) Election of officers.",
      "2 Prevention.",
      "3 Asset recovery.",
    ]);
  });
});
