/**
 * Lists that grow with the corpus come a page at a time ("more" in the same thread shows the
 * next), the answerers' lookups by meeting and passage give what filtering the graph gives, and
 * the warm-up at start changes no answer. Over a corpus synthesized from the bundled documents,
 * large enough for several pages of recommendations.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesizeCorpus } from "../../bench/synth-corpus.js";
import { loadConfig } from "../../src/core/config.js";
import { createAssistant } from "../../src/app/create-assistant.js";
import { silentLogger } from "../../src/core/log.js";
import type { Reply } from "../../src/core/types.js";
import { loadIndex } from "../../src/knowledge/load.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { agendaOf, meetingsWithAgenda, slotsOf, workplanRowAt } from "../../src/answer/lookups.js";
import { PAGE_SIZE, pageNote, pageOf } from "../../src/answer/compose.js";
import { distinct } from "../../commands/recommendations.js";
import { repoRoot, testNow } from "../core/test-assistant.js";
import { createLiveIndex } from "../../src/knowledge/live.js";

const work = mkdtempSync(join(tmpdir(), "paging-"));
let index: KnowledgeIndex;
let assistant: Awaited<ReturnType<typeof createAssistant>>;
const config = loadConfig({ LOG_LEVEL: "silent", CACHE_DIR: join(work, "cache") }, repoRoot);

beforeAll(async () => {
  const synth = synthesizeCorpus({ seedsDir: config.documentsDir, glossaryDir: config.glossaryDir, outDir: join(work, "corpus"), count: 12, seed: 3 });
  index = (await loadIndex({ documentsDir: synth.documentsDir, glossaryDir: synth.glossaryDir })).index;
  assistant = await createAssistant({ config, index, logger: silentLogger, now: testNow });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ask = (text: string, thread: string): Promise<Reply> => assistant.handle({ text, conversation: { platform: "console", id: "c", thread } });

describe("pages of a long list", () => {
  it("pageOf cuts a list into pages and says which page comes next", () => {
    const all = Array.from({ length: 40 }, (_, i) => i);
    expect(pageOf(all)).toEqual({ items: all.slice(0, 15), from: 0, total: 40, next: 2 });
    expect(pageOf(all, 3)).toEqual({ items: all.slice(30), from: 30, total: 40, next: undefined });
    expect(pageOf(all, 9).from).toBe(30);
    expect(pageOf([], 1)).toEqual({ items: [], from: 0, total: 0, next: undefined });
  });

  it("pageNote tells how much is shown and what to say for the next page", () => {
    const page = pageOf(Array.from({ length: 5600 }, (_, i) => i), 2);
    expect(pageNote(page, "en")).toBe("Shown: 16–30 of 5,600. Say “more” for the next 15.");
    expect(pageNote(page, "zh")).toBe("第16–30条，共5,600条。回复“更多”查看后15条。");
    expect(pageNote(pageOf(Array.from({ length: 16 }, (_, i) => i)), "en")).toBe("Shown: 1–15 of 16. Say “more” for the next 1.");
  });

  it("/recommendations shows the first page of recommendations, and “more” in the thread the next, each cited", async () => {
    // A recommendation restated in several documents is one entry.
    const total = distinct(index.recommendations()).length;
    expect(total).toBeGreaterThan(2 * PAGE_SIZE);
    const first = await ask("/recommendations", "recs");
    expect(first.kind).toBe("answer");
    expect(first.text).toContain(`Shown: 1–15 of ${total}. Say “more” for the next 15.`);
    expect(first.text.match(/^• /gm)).toHaveLength(PAGE_SIZE);
    // Each entry cites its recommendation, the places restating it and the first action taken.
    expect(first.citations.length).toBeGreaterThanOrEqual(PAGE_SIZE);
    expect(first.more).toBe("/recommendations page 2");
    const second = await ask("more", "recs");
    expect(second.text).toContain(`Shown: 16–30 of ${total}.`);
    expect(second.citations.map((c) => c.passageId)).not.toContain(first.citations[0].passageId);
    const third = await ask("更多", "recs");
    expect(third.text).toContain(`Shown: 31–`);
  });

  it("“/recommendations page N” shows that page, and the last page offers no more", async () => {
    const total = distinct(index.recommendations()).length;
    const last = Math.ceil(total / PAGE_SIZE);
    const r = await ask(`/recommendations page ${last}`, "last");
    expect(r.text).toContain(`of ${total}.`);
    expect(r.text).not.toContain("Say “more”");
    expect(r.more).toBeUndefined();
  });

  it("“more” in a thread that was shown no list is a question like any other", async () => {
    const r = await ask("more", "fresh");
    expect(r.text).not.toContain("Shown:");
  });
});

describe("lookups by meeting and passage", () => {
  it("give each meeting's agenda items and slots, and the meetings with an agenda, as filtering the graph does", () => {
    for (const m of index.graph.meetings) {
      expect(agendaOf(index, m.id)).toEqual(index.agenda(m.id));
      expect(slotsOf(index, m.id)).toEqual(index.slots(m.id));
      for (const s of index.slots(m.id)) expect(slotsOf(index, m.id, s.date)).toEqual(index.slots(m.id, s.date));
    }
    expect(meetingsWithAgenda(index)).toEqual(index.graph.meetings.filter((m) => index.graph.agenda.some((a) => a.meetingId === m.id)));
    expect(meetingsWithAgenda(index).length).toBeGreaterThan(1);
  });

  it("give the workplan row stated in a passage, as a search of the rows does", () => {
    const ids = new Set([...index.graph.workplan.map((w) => w.source), ...index.graph.meetings.flatMap((m) => m.sources)]);
    expect(index.graph.workplan.length).toBeGreaterThan(0);
    for (const id of ids) expect(workplanRowAt(index, id)).toBe(index.graph.workplan.find((w) => w.source === id));
  });
});

describe("lookups over a live index", () => {
  it("follow the build the live index serves after it is replaced", async () => {
    const bundled = (await loadIndex({ documentsDir: config.documentsDirs, glossaryDir: config.glossaryDir })).index;
    const live = createLiveIndex(bundled);
    expect(meetingsWithAgenda(live)).toEqual(meetingsWithAgenda(bundled));
    live.replace(index);
    expect(meetingsWithAgenda(live)).toEqual(meetingsWithAgenda(index));
    expect(meetingsWithAgenda(index).length).toBeGreaterThan(meetingsWithAgenda(bundled).length);
    const m = meetingsWithAgenda(index).at(-1)!;
    expect(agendaOf(live, m.id)).toEqual(index.agenda(m.id));
  });
});

describe("the warm-up at start", () => {
  it("finishes in the background and changes no answer", async () => {
    const questions = ["What recommendations did the working group make on public procurement?", "第十五次会议什么时候在哪里举行？", "/agenda 15", "What is the weather in Vienna tomorrow?"];
    const cold = await Promise.all(questions.map((q, i) => ask(q, `cold-${i}`)));
    const fresh = (await loadIndex({ documentsDir: join(work, "corpus", "documents"), glossaryDir: join(work, "corpus", "terms") })).index;
    const warmed = await createAssistant({ config, index: fresh, logger: silentLogger, now: testNow, warm: true });
    // A question asked while it runs is answered too.
    const during = await warmed.handle({ text: questions[0], conversation: { platform: "console", id: "w", thread: "during" } });
    await warmed.warmed;
    const after = await Promise.all(questions.map((q, i) => warmed.handle({ text: q, conversation: { platform: "console", id: "w", thread: `after-${i}` } })));
    expect(during).toEqual(cold[0]);
    expect(after).toEqual(cold);
  });
});
