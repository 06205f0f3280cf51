import { cpSync, writeFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { glossaryDir, realGlossary } from "./corpus.js";

const g = realGlossary();
const scratch = mkdtempSync(join(tmpdir(), "knowledge-glossary-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Loads a copy of the glossary whose bodies file differs by a space: the glossary loaded last is then another. */
function loadOtherGlossary() {
  const dir = mkdtempSync(join(scratch, "other-"));
  cpSync(glossaryDir, dir, { recursive: true });
  writeFileSync(join(dir, "bodies.json"), `${readFileSync(join(dir, "bodies.json"), "utf8")} `);
  return loadGlossary(dir);
}

describe("body names", () => {
  it.each([
    ["预防腐败问题不限成员名额政府间工作组", "wg-prevention"],
    ["Open-ended Intergovernmental Working Group on the Prevention of Corruption", "wg-prevention"],
    ["实施情况审议组", "irg"],
    ["缔约国会议", "cosp"],
  ])("resolves the printed name %j to %s", (name, id) => {
    expect(g.resolveBodyName(name)).toBe(id);
  });

  it("finds a body whose name the text sets off a number with spaces (20 国集团反腐败工作组)", () => {
    const text = "毒品和犯罪问题办公室参加了由沙特阿拉伯担任主席的 20 国集团反腐败工作组第一次会议";
    const found = g.findBodies(text);
    expect(found.map((b) => [b.id, text.slice(b.index, b.index + b.length)])).toEqual([["g20-acwg", "20 国集团反腐败工作组"]]);
  });

  it("prefers the longest name where names overlap", () => {
    const text = "资产追回问题工作组和预防腐败问题工作组";
    expect(g.findBodies(text).map((b) => b.id)).toEqual(["wg-asset-recovery", "wg-prevention"]);
  });

  it("finds a Chinese name written with 的 after 问题, and says where it stands", () => {
    const text = "资产追回问题的缔约国会议特别会议什么时候开，资产追回问题的工作组呢";
    expect(g.findBodies(text).map((b) => [b.id, text.slice(b.index, b.index + b.length)])).toEqual([
      ["cosp-special-asset-recovery", "资产追回问题的缔约国会议特别会议"],
      ["wg-asset-recovery", "资产追回问题的工作组"],
    ]);
  });

  it("finds a Chinese name \"<topic>问题<body>\" written about its topic (关于<topic>的<body>, <topic>的<body>, <topic><body>)", () => {
    const text = "关于资产追回的缔约国会议特别会议哪年开？预防腐败的工作组呢？还有国际合作专家会议";
    expect(g.findBodies(text).map((b) => [b.id, text.slice(b.index, b.index + b.length)])).toEqual([
      ["cosp-special-asset-recovery", "关于资产追回的缔约国会议特别会议"],
      ["wg-prevention", "预防腐败的工作组"],
      ["eg-cooperation", "国际合作专家会议"],
    ]);
    // The topic's words leading something else name no body.
    expect(g.findBodies("关于预防腐败的良好做法和举措的专题讨论")).toEqual([]);
  });

  it("finds a subsidiary body's name written with its parent's abbreviation", () => {
    expect(g.findBodies("dates of the special session of the CoSP on asset recovery").map((b) => b.id)).toEqual(["cosp-special-asset-recovery"]);
    expect(g.findBodies("the intersessional meeting of the COSP in 2024").map((b) => b.id)).toEqual(["cosp-intersessional"]);
  });

  it("finds an English name written with or without \"the\" after to, of and on", () => {
    expect(g.findBodies("when did the Conference of the Parties to the UNTOC first meet").map((b) => b.id)).toEqual(["ctoc-cop"]);
    expect(g.findBodies("the conference of states parties to the UNCAC").map((b) => b.id)).toEqual(["cosp"]);
    expect(g.findBodies("the Conference of Parties to UNTOC").map((b) => b.id)).toEqual(["ctoc-cop"]);
  });

  it("matches English names on word boundaries only", () => {
    expect(g.findBodies("the COSP met").map((b) => b.id)).toEqual(["cosp"]);
    expect(g.findBodies("the cospectrum")).toEqual([]);
  });
});

describe("loading the glossary", () => {
  it("names the file and the bad field of an invalid glossary", () => {
    const dir = join(scratch, "bad");
    cpSync(glossaryDir, dir, { recursive: true });
    writeFileSync(join(dir, "bodies.json"), JSON.stringify({ version: 2, bodies: [{ id: "x" }] }));
    const file = join(dir, "bodies.json");
    expect(() => loadGlossary(dir)).toThrow(new RegExp(`^Invalid glossary ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: bodies\\.0\\.en`));
  });

  it("reads an acronym that is also a common word as the acronym only in capitals, inside a longer term too", () => {
    const labels = (t: string) => g.englishConcepts(t).map((c) => c.en);
    expect(labels("Which countries had IT needs assessments?")).toContain("IT needs");
    expect(labels("Whose agreement does it need to allow flexibility?")).not.toContain("IT needs");
    expect(labels("what it needs most is time")).not.toContain("IT needs");
  });

  it("keeps the validated glossary in the cache folder and answers the same from it", () => {
    const cache = join(scratch, "cache-same");
    const first = loadGlossary(glossaryDir, cache);
    const files = readdirSync(cache).filter((f) => f.startsWith("glossary-"));
    expect(files).toHaveLength(1);
    const second = loadGlossary(glossaryDir, cache);
    expect(second.data).toEqual(first.data);
    expect(second.data).toEqual(g.data);
    const question = "which recommendations on public procurement and asset recovery did the Conference of the States Parties adopt in Vienna?";
    expect(second.englishConcepts(question)).toEqual(g.englishConcepts(question));
    expect(second.englishConcepts(question).length).toBeGreaterThan(2);
    expect(second.findBodies(question)).toEqual(g.findBodies(question));
  });

  it("validates a changed glossary file again instead of taking the cached form", () => {
    const dir = join(scratch, "changed");
    const cache = join(scratch, "cache-changed");
    cpSync(glossaryDir, dir, { recursive: true });
    loadGlossary(dir, cache);
    writeFileSync(join(dir, "bodies.json"), JSON.stringify({ version: 2, bodies: [{ id: "x" }] }));
    expect(() => loadGlossary(dir, cache)).toThrow(/^Invalid glossary .*bodies\.0\.en/);
  });

  it("reads a glossary whose cached form is damaged from its files", () => {
    const cache = join(scratch, "cache-damaged");
    loadGlossary(glossaryDir, cache);
    const [file] = readdirSync(cache).filter((f) => f.startsWith("glossary-"));
    writeFileSync(join(cache, file), readFileSync(join(cache, file), "utf8").slice(0, 100));
    loadOtherGlossary();
    expect(loadGlossary(glossaryDir, cache).data).toEqual(g.data);
  });

  it("takes the glossary it loaded last for the same files, and still leaves its prepared form in a new cache folder", () => {
    const first = loadGlossary(glossaryDir, join(scratch, "cache-reload-1"));
    const cache = join(scratch, "cache-reload-2");
    const again = loadGlossary(glossaryDir, cache);
    expect(again).toBe(first);
    expect(readdirSync(cache).filter((f) => f.startsWith("glossary-"))).toHaveLength(1);
    // Changed files are another glossary; the first is prepared again when its files come back.
    const other = loadOtherGlossary();
    expect(other).not.toBe(first);
    const back = loadGlossary(glossaryDir, cache);
    expect(back).not.toBe(first);
    expect(back.data).toEqual(first.data);
  });

  it("names a glossary file that cannot be read", () => {
    expect(() => loadGlossary(join(scratch, "missing"))).toThrow(`Cannot read glossary ${join(scratch, "missing", "bodies.json")}`);
  });
});

describe("a short Chinese body name inside another name", () => {
  const g = realGlossary();
  it.each(["第一次审议大会什么时候开", "缔约国大会第三届会议", "首脑大会的成果"])("is no General Assembly in %s", (text) => {
    expect(g.findBodies(text).map((b) => b.id)).not.toContain("ga");
  });
  it.each(["大会第八十届会议通过的决议", "联合国大会的决议", "在大会上通过"])("is the General Assembly in %s", (text) => {
    expect(g.findBodies(text).map((b) => b.id)).toContain("ga");
  });
});
