/**
 * Everyday words of a question reach the documents' own: "mobile phones", "cell phones" are the
 * 移动电话 an information note for participants writes; "told" (what delegates are told to do)
 * asks, it names nothing, nor does "meant" ("states are meant to report"), as "supposed"; "milex" is
 * the UN shorthand for military expenditures, "military spending" the everyday words. Paraphrases not used to write the entries; the answer test reads the
 * Chinese information note of the fourth session of the UNTOC Conference (paragraph 3).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const concepts = (q: string) => questionConcepts(q, "en", g, () => true);

describe("everyday words", () => {
  it.each(["should participants turn off their cell phones?", "what about mobile phones in the meeting room"])("%s reaches 移动电话", (q) => {
    expect(concepts(q).flatMap((c) => c.zh.map((z) => z.term))).toContain("移动电话");
  });
  it("reads told as no concept", () => {
    expect(concepts("what were delegates told about seating?").map((c) => c.label)).not.toContain("told");
  });
  it.each(["what are states meant to report each year?", "when is the report meant to be out?"])("reads meant, as supposed, as no concept: %s", (q) => {
    expect(concepts(q).map((c) => c.label)).not.toContain("meant");
  });
  it.each(["milex reporting deadline?", "what does the GA say about MILEX?", "how do states report their military spending?"])("reads milex and military spending as military expenditures: %s", (q) => {
    expect(concepts(q).flatMap((c) => c.zh.map((z) => z.term))).toContain("军事开支");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("what participants are to do with their phones", () => {
  it("answers from the information note", async () => {
    const reply = await ask("at the 2008 organized crime COP, what were participants told to do with cell phones during meetings?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/移动电话/);
  });
});

describe("the arms register", () => {
  it.each(["what does the conventional arms register cover?", "UN arms register: who reports to it?"])("is the Register of Conventional Arms, not a sign-up: %s", (q) => {
    const zh = concepts(q).flatMap((c) => c.zh.map((z) => z.term));
    expect(zh).toContain("常规武器登记册");
    expect(zh).not.toContain("报名");
  });
});

describe("the milex resolution", () => {
  it("is found by its shorthand", async () => {
    const reply = await ask("GA80 milex resolution: what's its symbol?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("A/RES/80/12");
  });
});

describe("a fellowship programme", () => {
  it("reaches the fellowship of the English resolutions, and 每个 names nothing", () => {
    const c = questionConcepts("小武器研修金项目每个区域有多少学员？", "zh", g, () => true);
    expect(c.flatMap((x) => x.en.map((e) => e.term)).some((t) => t.startsWith("fellow"))).toBe(true);
    expect(c.map((x) => x.label)).not.toContain("每个");
  });
});
