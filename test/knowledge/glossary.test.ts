import { cpSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { glossaryDir, realGlossary } from "./corpus.js";

const g = realGlossary();
const scratch = mkdtempSync(join(tmpdir(), "knowledge-glossary-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
