import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadIndex } from "../../src/knowledge/load.js";
import { createRng } from "../../bench/prng.js";
import { drawVariant, prefixMap, synthesizeCorpus, varySidecar, varyText, readSynthGlossary, type SynthGlossary, type Variant } from "../../bench/synth-corpus.js";

const DATA = fileURLToPath(new URL("../../data", import.meta.url));
const SEEDS = join(DATA, "documents");
const GLOSSARY = join(DATA, "terms");
const glossary = readSynthGlossary(GLOSSARY);
const seedNames = readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).sort();

const work = mkdtempSync(join(tmpdir(), "synth-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function synth(dir: string, count: number, seed = 7) {
  return synthesizeCorpus({ seedsDir: SEEDS, glossaryDir: GLOSSARY, outDir: join(work, dir), count, seed });
}

const texts = (documentsDir: string) =>
  readdirSync(documentsDir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(documentsDir, n), "utf8") }));

function variant(over: Partial<Variant>): Variant {
  return {
    yearShift: 0,
    monthShift: 0,
    dayShift: 0,
    ordinalShift: 0,
    resolutionShift: 0,
    symbolShift: 0,
    digitOrdinals: false,
    bodies: {},
    names: new Map(),
    ...over,
  };
}

describe("synthesizeCorpus", () => {
  it("writes the requested number of documents, the seeds first and unchanged, with the glossary beside them", () => {
    const c = synth("count", seedNames.length + 7);
    const out = texts(c.documentsDir);
    expect(out).toHaveLength(seedNames.length + 7);
    for (const name of seedNames) expect(readFileSync(join(c.documentsDir, name), "utf8")).toBe(readFileSync(join(SEEDS, name), "utf8"));
    for (const f of readdirSync(GLOSSARY)) expect(readFileSync(join(c.glossaryDir, f), "utf8")).toBe(readFileSync(join(GLOSSARY, f), "utf8"));
    const copies = out.filter((d) => d.name.startsWith("syn-"));
    expect(copies).toHaveLength(7);
    // Copies differ from their seed and from one another.
    expect(new Set(copies.map((d) => d.text)).size).toBe(7);
    for (const d of copies) expect(seedNames.map((n) => readFileSync(join(SEEDS, n), "utf8"))).not.toContain(d.text);
  });

  it("writes the same corpus for the same seed and another corpus for another seed", () => {
    const a = texts(synth("same-a", 12, 42).documentsDir);
    const b = texts(synth("same-b", 12, 42).documentsDir);
    const c = texts(synth("other", 12, 43).documentsDir);
    expect(b).toEqual(a);
    expect(c.map((d) => d.text)).not.toEqual(a.map((d) => d.text));
  });

  it("keeps every date valid and every printed weekday right", () => {
    const out = texts(synth("dates", 40).documentsDir).filter((d) => d.name.startsWith("syn-"));
    let checked = 0;
    let weekdays = 0;
    const days = ["日", "一", "二", "三", "四", "五", "六"];
    for (const { text } of out) {
      for (const m of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[，,]?\s*星期([一二三四五六日天]))?/g)) {
        const [y, mo, d] = [+m[1], +m[2], +m[3]];
        const date = new Date(Date.UTC(y, mo - 1, d));
        expect(`${date.getUTCFullYear()}-${date.getUTCMonth() + 1}-${date.getUTCDate()}`, m[0]).toBe(`${y}-${mo}-${d}`);
        if (m[4]) {
          expect(days[date.getUTCDay()], m[0]).toBe(m[4]);
          weekdays++;
        }
        checked++;
      }
      for (const m of text.matchAll(/(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})/g)) {
        const date = new Date(`${m[2]} ${m[1]}, ${m[3]} UTC`);
        expect(date.getUTCDate(), m[0]).toBe(+m[1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(weekdays).toBeGreaterThan(0);
  });

  it("gives documents the index parses without skipping any, and a graph that grows beyond the seeds'", async () => {
    const seeds = await loadIndex({ documentsDir: SEEDS, glossaryDir: GLOSSARY });
    const c = synth("index", 20);
    const grown = await loadIndex({ documentsDir: c.documentsDir, glossaryDir: c.glossaryDir });
    expect(grown.index.skipped).toEqual([]);
    const a = seeds.index.counts();
    const b = grown.index.counts();
    expect(b.documents).toBe(20);
    expect(b.meetings).toBeGreaterThan(a.meetings * 2);
    expect(b.symbols).toBeGreaterThan(a.symbols * 2);
    expect(b.resolutions).toBeGreaterThan(a.resolutions);
  });
});

describe("varyText", () => {
  it("shifts dates, ordinals, resolution numbers and symbols, and recomputes the weekday", () => {
    const v = variant({ yearShift: -1, dayShift: 1, ordinalShift: 2, resolutionShift: 1, symbolShift: 5, bodies: { "wg-prevention": "irg" } });
    const text = "缔约国会议第十届会议通过的第 10/3 号决议（[CAC/COSP/WG.4/2024/3](#)）。会议于2024年9月3日，星期二开幕，至 2024 年 9 月 6 日。";
    expect(varyText(text, v, prefixMap(glossary, v.bodies))).toBe(
      "缔约国会议第十二届会议通过的第 12/4 号决议（[CAC/COSP/IRG/2023/8](#)）。会议于2023年9月4日，星期一开幕，至 2023 年 9 月 7 日。",
    );
  });

  it("keeps a range's end day in the month named before it and clamps days to the month", () => {
    const v = variant({ dayShift: 3, monthShift: -7 });
    // 2019-09-28 minus 7 months is February: the days are clamped to the 28th.
    expect(varyText("2019 年 9 月 28 日至 30 日", v, new Map())).toBe("2019 年 2 月 28 日至 28 日");
  });

  it("shifts both years of a year range and English dates", () => {
    const v = variant({ yearShift: 2, monthShift: 1 });
    expect(varyText("2024-2025 年讨论时间表", v, new Map())).toBe("2026-2027 年讨论时间表");
    expect(varyText("13 June 2024", v, new Map())).toBe("13 July 2026");
    expect(varyText("4-6 September 2019", v, new Map())).toBe("4-6 October 2021");
  });

  it("writes ordinals as digits when asked, and never below the first", () => {
    expect(varyText("第十五次会议", variant({ ordinalShift: 3, digitOrdinals: true }), new Map())).toBe("第 18 次会议");
    expect(varyText("第三届会议", variant({ ordinalShift: -9 }), new Map())).toBe("第一届会议");
  });

  it("swaps body names longest first, so a short alias inside a full name is not replaced twice", () => {
    // A draw whose permutation moves the review group to another body.
    let seed = 1;
    let v = drawVariant(createRng(seed), glossary, "");
    while (v.bodies.irg === "irg") v = drawVariant(createRng(++seed), glossary, "");
    const target = glossary.bodies.find((b) => b.id === v.bodies.irg)!;
    expect(varyText("联合国反腐败公约实施情况审议组", v, new Map())).toBe(target.zh);
  });
});

describe("varySidecar", () => {
  it("moves the body, dates, ordinal and symbols of a sidecar with its text", () => {
    const v = variant({ yearShift: 1, ordinalShift: 1, symbolShift: 2, bodies: { "wg-prevention": "wg-asset-recovery" } });
    const out = JSON.parse(
      varySidecar(
        JSON.stringify({
          body: "wg-prevention",
          date: "2024-06-13",
          agendaSymbol: "CAC/COSP/WG.4/2024/1",
          meeting: { ordinal: 15, kind: "meeting", start: "2024-09-03", end: "2024-09-06", venue: "维也纳" },
        }),
        v,
        prefixMap(glossary, v.bodies),
        "seed.txt",
      ),
    );
    expect(out).toMatchObject({
      body: "wg-asset-recovery",
      date: "2025-06-13",
      agendaSymbol: "CAC/COSP/WG.2/2025/3",
      meeting: { ordinal: 16, kind: "meeting", start: "2025-09-03", end: "2025-09-06", venue: "维也纳" },
    });
    expect(out.note).toContain("seed.txt");
  });
});
