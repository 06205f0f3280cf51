import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { glossarySchemas, GLOSSARY_FILES } from "../../src/knowledge/glossary.js";
import { wordListSchema } from "../../src/knowledge/lang/words-schema.js";
import { checkWordList } from "../../src/knowledge/lang/words.js";
import { stemKey } from "../../src/knowledge/lang/english.js";
import { glossaryDir } from "./corpus.js";

const { bodiesFileSchema, placesFileSchema, terminologyFileSchema } = glossarySchemas();
const read = (name: string) => JSON.parse(readFileSync(join(glossaryDir, name), "utf8"));
const bodies = bodiesFileSchema.parse(read(GLOSSARY_FILES.bodies));
const places = placesFileSchema.parse(read(GLOSSARY_FILES.places));
const terminology = terminologyFileSchema.parse(read(GLOSSARY_FILES.terminology));

/** Terms that share a stem key: the matcher cannot tell them apart, so one spelling is enough. */
function sameStems(lists: { owner: string; terms: string[] }[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const { owner, terms } of lists) {
    for (const t of terms) {
      const k = stemKey(t);
      const before = seen.get(k);
      if (before !== undefined) clashes.push(`${owner}: "${t}" is "${before}" to the stemmer`);
      else seen.set(k, t);
    }
  }
  return clashes;
}

describe("the glossary files", () => {
  it.each([
    ["bodies.json", bodiesFileSchema],
    ["places.json", placesFileSchema],
    ["terminology.json", terminologyFileSchema],
    ["words-en.json", wordListSchema],
    ["words-zh.json", wordListSchema],
  ] as const)("%s matches its schema", (name, schema) => {
    const r = schema.safeParse(read(name));
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("checks the word lists at start as their schema does: the same fields kept, the same lists refused", () => {
    const good = read("words-en.json");
    const lists: unknown[] = [
      good,
      read("words-zh.json"),
      { ...good, extra: 1 },
      { version: 1, stopWords: [], questionWords: [] },
      { version: 1, stopWords: ["a"], questionWords: ["what"], shorthand: { mtg: "meeting" } },
      { version: "1", stopWords: [], questionWords: [] },
      { version: Number.NaN, stopWords: [], questionWords: [] },
      { version: 1, stopWords: [""], questionWords: [] },
      { version: 1, stopWords: ["a", 2], questionWords: [] },
      { version: 1, stopWords: [] },
      { version: 1, stopWords: [], questionWords: "what" },
      { version: 1, stopWords: [], questionWords: [], shorthand: { mtg: 1 } },
      { version: 1, stopWords: [], questionWords: [], shorthand: ["mtg"] },
      { version: 1, stopWords: [], questionWords: [], shorthand: null },
      [],
      null,
      "words",
    ];
    for (const list of lists) {
      const bySchema = wordListSchema.safeParse(list);
      const byHand = checkWordList(list);
      expect("problems" in byHand ? undefined : byHand, JSON.stringify(list)?.slice(0, 80)).toEqual(bySchema.success ? bySchema.data : undefined);
    }
  });

  it("rejects a UN body without the symbol prefix of its documents", () => {
    const noPrefix = { ...bodies.bodies[0], symbolPrefix: undefined };
    expect(bodiesFileSchema.safeParse({ ...read("bodies.json"), bodies: [noPrefix] }).success).toBe(false);
  });

  it("knows the other UN organs whose documents the bodies cite, by their symbol prefixes", () => {
    const prefixes = Object.fromEntries(bodies.bodies.map((b) => [b.id, b.symbolPrefix]));
    expect(prefixes).toMatchObject({ ga: "A", ecosoc: "E", ccpcj: "E/CN.15", cnd: "E/CN.7", "ctoc-cop": "CTOC/COP", "security-council": "S", hrc: "A/HRC" });
  });

  it("gives each body a unique id and a parent that exists", () => {
    const all = [...bodies.bodies, ...bodies.externalBodies];
    const ids = all.map((b) => b.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(all.filter((b) => b.parent && !ids.includes(b.parent)).map((b) => b.id)).toEqual([]);
  });

  it("holds each English term once in the terminology, counting spellings the stemmer joins", () => {
    expect(sameStems(terminology.terms.map((t, i) => ({ owner: `terms[${i}]`, terms: t.en })))).toEqual([]);
  });

  it("holds each statement verb's English once, counting inflections the stemmer joins", () => {
    expect(sameStems(terminology.verbs.map((v) => ({ owner: v.verb, terms: v.en })))).toEqual([]);
  });

  it("holds each place and organization once", () => {
    expect(sameStems([{ owner: "places", terms: [...places.venues, ...places.countries].map((p) => p.en) }])).toEqual([]);
    expect(sameStems(terminology.organizations.map((o) => ({ owner: o.en, terms: [o.en, ...(o.aliases ?? [])] })))).toEqual([]);
  });

  it("lists no Chinese term twice within an entry", () => {
    const twice = terminology.terms.filter((t) => new Set(t.zh).size !== t.zh.length).map((t) => t.en[0]);
    expect(twice).toEqual([]);
  });

  it("finds a duplicate when one is added", () => {
    const terms = [...terminology.terms, { en: ["recommendations made to the Conference"], zh: ["所提建议"] }, { en: ["recommendation made to the Conference"], zh: ["提出的建议"] }];
    expect(sameStems(terms.map((t, i) => ({ owner: `terms[${i}]`, terms: t.en })))).toEqual([`terms[${terms.length - 1}]: "recommendation made to the Conference" is "recommendations made to the Conference" to the stemmer`]);
  });
});
