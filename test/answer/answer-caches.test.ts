/**
 * What the answer layer computes once and reuses (a text's squashed form for a run of coverage
 * checks, the dates of a passage, what a refusal says the documents cover) gives what computing
 * it again gives, and is dropped with the build it was computed from.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { conceptsOf, coverage, notCovered, recentOf } from "../../src/answer/answer-search.js";
import { describeMeeting } from "../../src/answer/answer-meeting.js";
import { Sources } from "../../src/answer/compose.js";
import { understand } from "../../src/answer/understand.js";
import type { AnswerContext } from "../../src/answer/context.js";
import { buildIndexFromTexts } from "../../src/knowledge/load.js";
import { createLiveIndex } from "../../src/knowledge/live.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { ALL_DOCS, englishIndex, realGlossary, sourceText } from "../knowledge/corpus.js";

const now = new Date("2024-09-01T08:00:00Z");
const context = (index: KnowledgeIndex, question: string): AnswerContext => ({
  index,
  glossary: realGlossary(),
  q: understand(question, realGlossary(), { now, timeZone: "Europe/Vienna" }),
  now,
  timeZone: "Europe/Vienna",
  thread: {},
});
/** The bundled documents, built anew: every call gives a build with passages and a graph of its own. */
const bundled = () => buildIndexFromTexts(ALL_DOCS.map((id) => ({ file: `${id}.txt`, text: sourceText(id) })), realGlossary());

let first: KnowledgeIndex;
let second: KnowledgeIndex;
beforeAll(() => {
  first = bundled();
  second = bundled();
}, 120_000);

describe("values the answer layer keeps", () => {
  it("recentOf gives the function's value, and computes again only for a text not among the last it kept", () => {
    let calls = 0;
    const upper = recentOf((s: string) => (calls++, s.toUpperCase()), 2);
    expect([upper("ab"), upper("ab"), upper("cd"), upper("ab")]).toEqual(["AB", "AB", "CD", "AB"]);
    expect(calls).toBe(2);
    // A third text lets the first go: it is computed again.
    expect([upper("ef"), upper("ab")]).toEqual(["EF", "AB"]);
    expect(calls).toBe(4);
  });

  it("weighs a text concept by concept as it does when every other call weighs another text", () => {
    const ctx = context(first, "What did the working group recommend on public procurement and the budget in Vienna?");
    const concepts = conceptsOf(ctx);
    expect(concepts.length).toBeGreaterThan(2);
    const passages = first.documents.flatMap((d) => d.passages).slice(0, 120);
    for (let i = 0; i + 1 < passages.length; i += 2) {
      const [a, b] = [passages[i], passages[i + 1]];
      // In a row: the squashed text is reused. Alternating: computed every time.
      const inRow = concepts.map((c) => coverage([c], a, "", ctx));
      const alternating = concepts.map((c) => (coverage([c], b, "", ctx), coverage([c], a, "", ctx)));
      expect(inRow).toEqual(alternating);
    }
  });

  it("describes every meeting of a build the same when its passages' dates were found before and when they are new", () => {
    const ctx = context(first, "When is the 15th meeting of the Working Group on Prevention?");
    const describe = (index: KnowledgeIndex) => index.graph.meetings.map((m) => describeMeeting({ ...ctx, index }, m, new Sources(index)));
    const once = describe(first);
    expect(once.filter((d) => /\[\d+\]/.test(d)).length).toBeGreaterThan(5);
    expect(describe(first)).toEqual(once);
    expect(describe(second)).toEqual(once);
  });

  it("finds a passage's dates in the passage of the build asked, not in a passage of another build with the same id", () => {
    const ctx = context(first, "When is the 15th meeting of the Working Group on Prevention?");
    const at = first.graph.meetings.findIndex((m) => /\[\d+\]/.test(describeMeeting(ctx, m, new Sources(first))));
    expect(at).toBeGreaterThanOrEqual(0);
    // Another build of the same documents, where the meeting's passages no longer state anything.
    const other = bundled();
    const m = other.graph.meetings[at];
    for (const id of m.sources) other.passage(id)!.text = "";
    const cited = describeMeeting({ ...ctx, index: first }, first.graph.meetings[at], new Sources(first));
    expect(cited).toMatch(/\[\d+\]/);
    expect(describeMeeting({ ...ctx, index: other }, m, new Sources(other))).not.toMatch(/\[\d+\]/);
    expect(describeMeeting({ ...ctx, index: first }, first.graph.meetings[at], new Sources(first))).toBe(cited);
  });

  it("says in a refusal what the build being served covers, also after the index is replaced", () => {
    const live = createLiveIndex(englishIndex());
    const question = "What is the weather in Vienna tomorrow?";
    const before = notCovered(context(live, question), []);
    expect(before).toContain("The 1 meeting documents");
    expect(before).toContain("dates and venues of meetings of the Working Group on Prevention;");
    expect(before).not.toMatch(/agenda|workplan/);
    live.replace(first);
    const after = notCovered(context(live, question), []);
    expect(after).toContain(`The ${first.documents.length} meeting documents`);
    // The bundled documents' bodies, agenda and workplan, not the English fixture's.
    expect(after).toContain("Implementation Review Group");
    expect(after).toContain("the agenda and organization of work of the meeting of the Working Group on Prevention");
    expect(after).toMatch(/the \d{4}–\d{4} workplan/);
    expect(notCovered(context(second, question), [])).toBe(after);
  });
});
