import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  KINDS, shapeErrors, sourceErrors, sourceIndex, squash, writtenDates, type Question,
} from "./check-bank.mjs";

const root = join(import.meta.dirname, "../..");
// The real documents are cited by files copied into test/fixtures/real-documents (ga-res-80/,
// uncac-excerpts/); the bundled ones live in data/documents. Nothing outside the repository is read.
const realDir = join(root, "test/fixtures/real-documents");
const index = sourceIndex([join(root, "data/documents"), realDir, join(root, "test/fixtures/real-pdf-text")]);
const load = (name: string): Question[] => JSON.parse(readFileSync(join(import.meta.dirname, name), "utf8"));
const banks = {
  "bank-a.json": load("bank-a.json"), "bank-b.json": load("bank-b.json"), "bank-c.json": load("bank-c.json"), "bank-d.json": load("bank-d.json"),
};
const cited = (q: Question) => q.cite.map((c) => c.file ?? c.seed ?? "");
const isBundled = (f: string) => /^\d{3}_/.test(f);

describe.each(Object.entries(banks))("%s", (name, bank) => {
  it("has the shape the grader reads: unique ids, known kinds, en/zh, anchors of sensible length", () => {
    expect(shapeErrors(bank)).toEqual([]);
  });

  it("holds at least 100 questions in both languages, about half each", () => {
    expect(bank.length).toBeGreaterThanOrEqual(100);
    const zh = bank.filter((q) => q.lang === "zh").length;
    expect(zh / bank.length).toBeGreaterThan(0.4);
    expect(zh / bank.length).toBeLessThan(0.6);
  });

  it("asks about both the bundled and the real documents, in both languages", () => {
    for (const lang of ["en", "zh"]) {
      const files = bank.filter((q) => q.lang === lang).flatMap(cited);
      expect(files.filter(isBundled).length).toBeGreaterThanOrEqual(15);
      expect(files.filter((f) => !isBundled(f)).length).toBeGreaterThanOrEqual(15);
    }
  });

  it("keeps 8 to 10% of its questions unanswerable and mixes many kinds", () => {
    const share = bank.filter((q) => q.kind === "unanswerable").length / bank.length;
    expect(share).toBeGreaterThanOrEqual(0.075);
    expect(share).toBeLessThanOrEqual(0.1);
    expect(new Set(bank.map((q) => q.kind)).size).toBeGreaterThanOrEqual(KINDS.length - 2);
  });

  it("cites only files that exist among data/documents and test/fixtures/real-documents", (ctx) => {
    const absent = [...new Set(bank.flatMap(cited).filter((f) => !index.has(f)))];
    expect(absent.filter(isBundled)).toEqual([]);
    if (absent.length && !existsSync(realDir)) {
      ctx.skip(`test/fixtures/real-documents is missing, so ${absent.length} cited real documents cannot be checked; copy ../shared/real-documents/{ga-res-80,uncac-excerpts} there`);
    }
    expect(absent).toEqual([]);
  });

  it("finds every anchor and expected fact in the cited file, where that file is present", (ctx) => {
    const { errors, missing } = sourceErrors(bank, index);
    expect(errors).toEqual([]);
    if (missing.length) {
      ctx.skip(`${missing.length} cited real documents are not in test/fixtures/real-documents yet; copy ../shared/real-documents/{ga-res-80,uncac-excerpts} there to check their anchors`);
    }
  });
});

// Two small banks of free facts over real documents the larger banks cite least: bank-e a
// development half, bank-f its held-out half.
// bank-g and bank-h: every kind over the bundled and the real documents, written without reading
// the code, split by turns; bank-g a development half, bank-h held out.
// bank-i and bank-j: the same, over the real documents every bank before them cites least;
// bank-k and bank-l: free facts above all, from paragraphs deep inside the documents.
// bank-m and bank-n: every kind, from passages no earlier bank cites, with chat abbreviations and typos.
// bank-o and bank-p: General Assembly resolutions and UNCAC pages the earlier banks cite least.
// bank-s and bank-t: chat-style questions with typos, deep facts and near-miss unanswerables.
// bank-q and bank-r: Security Council draft resolutions (PDF), cited by their text extracts in test/fixtures/real-pdf-text.
// bank-u, bank-v, bank-w, bank-x, bank-y: development sets of every kind over the real documents, each graded once unseen;
// bank-z: the same kind of set, held out.
// bank-aw and bank-ax: the Security Council drafts (PDF) again, a development half and its held-out half.
// bank-ay and bank-az: what delegates ask while preparing a negotiation, a development half and its held-out half.
// bank-ba and bank-bb: the structured questions asked in new ways, a development half and its held-out half.
// bank-be and bank-bf: what a resolution or report asks, of whom and by when, a development half and its held-out half.
// bank-bg and bank-bh: free facts from the middle and end of 27 files, paraphrased, a development half and its held-out half.
// bank-bi and bank-bj: free facts deep in 43 files, a third across languages, a development half and its held-out half.
// bank-bk and bank-bl: 120 passing development questions reworded by another writer, a development half and its held-out half.
// bank-bm and bank-bn: free facts over 51 files, over a third across languages, compound questions and near-miss unanswerables, a development half and its held-out half.
const small = {
  "bank-e.json": load("bank-e.json"),
  "bank-f.json": load("bank-f.json"),
  "bank-g.json": load("bank-g.json"),
  "bank-h.json": load("bank-h.json"),
  "bank-i.json": load("bank-i.json"),
  "bank-j.json": load("bank-j.json"),
  "bank-k.json": load("bank-k.json"),
  "bank-l.json": load("bank-l.json"),
  "bank-m.json": load("bank-m.json"),
  "bank-n.json": load("bank-n.json"),
  "bank-o.json": load("bank-o.json"),
  "bank-p.json": load("bank-p.json"),
  "bank-s.json": load("bank-s.json"),
  "bank-t.json": load("bank-t.json"),
  "bank-q.json": load("bank-q.json"),
  "bank-r.json": load("bank-r.json"),
  "bank-u.json": load("bank-u.json"),
  "bank-v.json": load("bank-v.json"),
  "bank-w.json": load("bank-w.json"),
  "bank-x.json": load("bank-x.json"),
  "bank-y.json": load("bank-y.json"),
  "bank-z.json": load("bank-z.json"),
  "bank-aa.json": load("bank-aa.json"),
  "bank-ab.json": load("bank-ab.json"),
  "bank-ac.json": load("bank-ac.json"),
  "bank-ad.json": load("bank-ad.json"),
  "bank-ae.json": load("bank-ae.json"),
  "bank-af.json": load("bank-af.json"),
  "bank-ag.json": load("bank-ag.json"),
  "bank-ah.json": load("bank-ah.json"),
  "bank-ai.json": load("bank-ai.json"),
  "bank-aj.json": load("bank-aj.json"),
  "bank-ak.json": load("bank-ak.json"),
  "bank-al.json": load("bank-al.json"),
  "bank-am.json": load("bank-am.json"),
  "bank-an.json": load("bank-an.json"),
  "bank-ao.json": load("bank-ao.json"),
  "bank-ap.json": load("bank-ap.json"),
  "bank-aq.json": load("bank-aq.json"),
  "bank-ar.json": load("bank-ar.json"),
  "bank-as.json": load("bank-as.json"),
  "bank-at.json": load("bank-at.json"),
  "bank-au.json": load("bank-au.json"),
  "bank-av.json": load("bank-av.json"),
  "bank-aw.json": load("bank-aw.json"),
  "bank-ax.json": load("bank-ax.json"),
  "bank-ay.json": load("bank-ay.json"),
  "bank-az.json": load("bank-az.json"),
  "bank-ba.json": load("bank-ba.json"),
  "bank-bb.json": load("bank-bb.json"),
  "bank-be.json": load("bank-be.json"),
  "bank-bf.json": load("bank-bf.json"),
  "bank-bg.json": load("bank-bg.json"),
  "bank-bh.json": load("bank-bh.json"),
  "bank-bi.json": load("bank-bi.json"),
  "bank-bj.json": load("bank-bj.json"),
  "bank-bk.json": load("bank-bk.json"),
  "bank-bl.json": load("bank-bl.json"),
  "bank-bm.json": load("bank-bm.json"),
  "bank-bn.json": load("bank-bn.json"),
};

describe.each(Object.entries(small))("%s", (_name, bank) => {
  it("has the shape the grader reads", () => {
    expect(shapeErrors(bank)).toEqual([]);
  });

  it("finds every anchor and expected fact in the cited file, where that file is present", (ctx) => {
    const { errors, missing } = sourceErrors(bank, index);
    expect(errors).toEqual([]);
    if (missing.length) ctx.skip(`${missing.length} cited real documents are not in test/fixtures/real-documents`);
  });
});

describe("the banks", () => {
  it("share no question", () => {
    const a = new Set(banks["bank-a.json"].map((q) => squash(q.question)));
    expect(banks["bank-b.json"].filter((q) => a.has(squash(q.question))).map((q) => q.id)).toEqual([]);
    const ab = new Set([...banks["bank-a.json"], ...banks["bank-b.json"]].map((q) => squash(q.question)));
    expect(banks["bank-c.json"].filter((q) => ab.has(squash(q.question))).map((q) => q.id)).toEqual([]);
    const abc = new Set([...ab, ...banks["bank-c.json"].map((q) => squash(q.question))]);
    expect(banks["bank-d.json"].filter((q) => abc.has(squash(q.question))).map((q) => q.id)).toEqual([]);
  });

  it("share no question with the small banks", () => {
    const big = new Set(Object.values(banks).flat().map((q) => squash(q.question)));
    expect(Object.values(small).flat().filter((q) => big.has(squash(q.question))).map((q) => q.id)).toEqual([]);
  });

  it("use ids that cannot collide", () => {
    const ids = [...Object.values(banks), ...Object.values(small)].flat().map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the checker", () => {
  it("matches anchors across line breaks and full-width digits, as the grader does", () => {
    expect(squash("2024 年 9 月\n３日")).toBe(squash("2024年9月3日"));
  });

  it("reads written dates in both languages as ISO dates, range ends included", () => {
    expect(writtenDates("2019 年 9 月 4 日至 6 日")).toEqual(["2019-09-04", "2019-09-06"]);
    expect(writtenDates("from 30 November to 4 December 2026")).toContain("2026-12-04");
    expect(writtenDates("Vienna, 27-31 May 2013")).toEqual(["2013-05-27", "2013-05-31"]);
  });

  it("reports an anchor that is not in its cited file, and an expected fact found nowhere", () => {
    const bad: Question = {
      id: "x1", lang: "en", kind: "fact", question: "q", note: "n",
      expect: { all: ["Atlantis"], any: [] },
      cite: [{ file: "001_7da0608a8050477c.txt", anchor: "this sentence is in no document" }],
    };
    const { errors } = sourceErrors([bad], index);
    expect(errors).toHaveLength(2);
  });

  it("rejects duplicate ids, unknown kinds and unanswerable questions that expect facts", () => {
    const q = (id: string, kind: string): Question => ({
      id, lang: "en", kind, question: "q", note: "n", expect: { all: ["x"], any: [] },
      cite: [{ file: "f.txt", anchor: "an anchor long enough" }],
    });
    const errors = shapeErrors([q("a", "fact"), q("a", "guess"), q("b", "unanswerable")]);
    expect(errors.some((e) => /used twice/.test(e))).toBe(true);
    expect(errors.some((e) => /unknown kind/.test(e))).toBe(true);
    expect(errors.some((e) => /unanswerable/.test(e))).toBe(true);
  });
});
