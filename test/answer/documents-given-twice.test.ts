/**
 * A corpus holds the same text more than once: an agenda reissued, a document filed under two names,
 * a resolution's request recalled by report after report. An agenda is given once, each item in its
 * place, and a resolution's statements each once, at most a message's worth with the rest counted
 * (a resolution recalled all over a corpus of thousands has hundreds).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareItemKeys, mergeAgendas } from "../../src/knowledge/extract/agenda.js";
import type { AgendaItem } from "../../src/knowledge/model.js";
import { documentsDir } from "../knowledge/corpus.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

// The bundled documents, the agenda of the fifteenth meeting and the report recalling resolution 10/3
// each in a second file.
const twice = mkdtempSync(join(tmpdir(), "documents-twice-"));
for (const f of readdirSync(documentsDir)) if (f.startsWith("001_") || f.startsWith("002_")) copyFileSync(join(documentsDir, f), join(twice, `copy-${f}`));
afterAll(() => rmSync(twice, { recursive: true, force: true }));

const ask = useTestAssistant([documentsDir, twice]);
const askReal = useTestAssistant(withRealDocuments);
const times = (text: string, s: string) => text.split(s).length - 1;

describe("an agenda given by two documents", () => {
  it.each(["/agenda 15", "What is on the agenda of the 15th meeting of the prevention working group?", "预防腐败工作组第十五次会议议程有哪些项目？"])("lists each item once: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const body = reply.text.split("\nSources:")[0];
    expect(times(body, "腐败对妇女和青年的负面影响"), body).toBe(1);
    expect(times(body, "今后在预防腐败方面的优先事项"), body).toBe(1);
    expect(body).not.toMatch(/not the whole agenda|并非全部/);
  });
});

describe("one agenda of several documents' items", () => {
  const item = (key: string, source: string, documents: string[] = []): AgendaItem => ({ meetingId: "m", number: key, key, title: `item ${key}`, source, annotations: [], documents, mandates: [] });
  it("keeps the fullest document's items, each once, with the documents every one lists", () => {
    const full = { items: [item("1", "a"), item("2", "a"), item("2(a)", "a"), item("3", "a")], slots: [] };
    const paper = { items: [item("2", "b", ["X/1"])], slots: [] };
    const merged = mergeAgendas([paper, full]);
    expect(merged.items.map((i) => [i.key, i.source])).toEqual([["1", "a"], ["2", "a"], ["2(a)", "a"], ["3", "a"]]);
    expect(merged.items[1].documents).toEqual(["X/1"]);
  });
  it("puts an item only another document gives in its place among the numbers", () => {
    const merged = mergeAgendas([{ items: [item("1", "a"), item("2", "a"), item("10", "a")], slots: [] }, { items: [item("2(b)", "b")], slots: [] }]);
    expect(merged.items.map((i) => i.key)).toEqual(["1", "2", "2(b)", "10"]);
  });
  it("orders keys as an agenda does", () => {
    expect(["10", "2(b)", "2(a)(ii)", "2", "2(a)", "2(a)(iv)", "1"].sort(compareItemKeys)).toEqual(["1", "2", "2(a)", "2(a)(ii)", "2(a)(iv)", "2(b)", "10"]);
  });
});

describe("a resolution's statements recalled by two documents", () => {
  it.each(["/resolution 10/3", "What does resolution 10/3 ask for?", "第10/3号决议有哪些内容？"])("says each once: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const body = reply.text.split("\nSources:")[0];
    expect(times(body, "国际观察站"), body).toBe(1);
  });
});

describe("a resolution with more statements than a message lists", () => {
  it.each([
    ["What is resolution 80/24 about?", /and 12 more statements in the documents \(paragraphs 12–23\)/],
    ["Resolution 80/24: what does it say?", /and 12 more statements in the documents \(paragraphs 12–23\)/],
    ["第80/24号决议讲了什么？", /另载该决议的12项内容（第12–23段）/],
  ])("lists twelve and counts the rest by paragraph: %s", async (q, more) => {
    const reply = await askReal(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(more);
    expect(reply.text.split("\n").filter((l) => l.startsWith("• ")).length).toBe(12);
  });
  it("gives a paragraph left out when it is asked for", async () => {
    const reply = await askReal("what does paragraph 20 of resolution 80/24 say?");
    expect(reply.text).toMatch(/paragraph 20\): Reiterates its call upon the Conference on Disarmament/);
  });
});

describe("a summary of a resolution asked for", () => {
  // "Summarize", "overview", "概要" say how to answer, not what the resolution must speak of; nor does
  // the body that adopted it ("GA res").
  it.each(["summarize GA res 80/24 for me", "give me an overview of resolution 80/24", "GA res 80/24 - what's in it?", "请概述第80/24号决议", "第80/24号决议的大意", "80/24号决议摘要"])("lists its statements from the first: %s", async (q) => {
    const reply = await askReal(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n")[1]).toMatch(/Urges all nuclear-weapon States to take effective disarmament measures/);
    expect(reply.text).not.toMatch(/does not speak of|没有谈到/);
  });
});
