import { beforeAll, describe, expect, it } from "vitest";
import { createMeetingsCommand, parseMeetingsArgs } from "../../commands/meetings.js";
import { createThreadMemory } from "../../src/core/memory.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import type { BodyCatalog } from "../../src/digest/bodies.js";
import { createFakeIndex } from "../digest/fixtures/fake-index.js";
import { realIndex } from "../digest/fixtures/real-index.js";
import { runCommand, slackChannel } from "./fixtures/context.js";

let index: KnowledgeIndex;
let bodies: BodyCatalog;
beforeAll(async () => {
  ({ index, bodies } = await realIndex());
});

const run = (args: string, now: string, opts: { lang?: "en" | "zh"; memory?: ReturnType<typeof createThreadMemory>; index?: KnowledgeIndex } = {}) =>
  runCommand(createMeetingsCommand({ bodies }), args, { index: opts.index ?? index, now: new Date(now), lang: opts.lang, memory: opts.memory });

describe("/meetings", () => {
  it("lists upcoming and past meetings of a body relative to now, each with dates, venue and a citation", async () => {
    const r = await run("wg-prevention", "2024-08-01T12:00:00Z");
    expect(r.kind).toBe("answer");
    const [upcoming, past] = r.text.split("\n\n");
    expect(upcoming).toMatch(/\*\*Working Group on Prevention: upcoming meetings\*\*\n• 15th meeting of the Working Group on Prevention: 3–6 September 2024, Vienna \[\d+\]/);
    expect(past).toContain("**Working Group on Prevention: past meetings**");
    expect(past).toMatch(/• 11th meeting of the Working Group on Prevention: 9–10 June 2020, Vienna \[\d+\]/);
    expect(past).toContain("June 2022");
    // Most recent first.
    expect(past.indexOf("June 2022")).toBeLessThan(past.indexOf("2020"));
    const line = r.text.split("\n").find((l) => l.includes("15th meeting"))!;
    const cite = r.citations[Number(line.match(/\[(\d+)\]$/)![1]) - 1];
    expect(cite.quote).toContain("2024年9月3日至6日");
  });

  it("moves the meeting to the past once it is over, and marks it in progress while it runs", async () => {
    const during = await run("wg-prevention upcoming", "2024-09-04T12:00:00Z");
    expect(during.text).toContain("3–6 September 2024, Vienna (in progress)");
    expect(during.text).not.toContain("past meetings");
    const after = await run("wg-prevention past", "2024-10-01T12:00:00Z");
    expect(after.text).toMatch(/past meetings\*\*\n• 15th meeting of the Working Group on Prevention: 3–6 September 2024/);
    expect(after.text).not.toContain("upcoming");
  });

  it("says so, without citations, when no upcoming meeting is known", async () => {
    const r = await run("wg-prevention upcoming", "2025-01-01T12:00:00Z");
    expect(r).toMatchObject({ kind: "refusal", code: "not_covered", answered: false });
    expect(r.text).toContain("The documents give no dates of upcoming meetings.");
  });

  it("answers in Chinese", async () => {
    const r = await run("预防腐败问题工作组 即将举行的", "2024-08-01T12:00:00Z", { lang: "zh" });
    expect(r.text).toMatch(/\*\*预防腐败问题工作组：即将举行的会议\*\*\n• 预防腐败问题工作组第十五次会议：2024年9月3日至6日，维也纳 \[1\]/);
  });

  it("uses the thread's body when none is named, and asks which body otherwise", async () => {
    const memory = createThreadMemory();
    const asked = await run("", "2024-08-01T12:00:00Z", { memory });
    expect(asked).toMatchObject({ kind: "error", ephemeral: true, code: "bad_argument" });
    expect(asked.text).toContain("• wg-prevention: Working Group on Prevention");
    memory.update(slackChannel, { body: "wg-prevention" });
    expect((await run("upcoming", "2024-08-01T12:00:00Z", { memory })).text).toContain("15th meeting");
  });

  it("refuses an unknown body with the list of bodies", async () => {
    const r = await run("tea committee", "2024-08-01T12:00:00Z");
    expect(r).toMatchObject({ kind: "error", code: "bad_argument" });
    expect(r.text).toContain('Unknown body "tea committee"');
    expect(r.text).toContain("/meetings wg-prevention upcoming");
  });

  it("lists upcoming meetings 15 at a time and gives the next page when asked for it", async () => {
    const meetings = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, bodies: ["wg-prevention"], ordinal: 100 + i, kind: "meeting" as const, start: `2030-01-${String(i % 28 + 1).padStart(2, "0")}`, sources: [] }));
    const big = createFakeIndex({ meetings });
    const first = await run("wg-prevention", "2024-08-01T12:00:00Z", { index: big });
    const upcoming = first.text.split("\n\n")[0];
    expect(upcoming.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(15);
    expect(first.text).toContain("Shown: 1–15 of");
    expect(first.text).toContain("past meetings");
    expect(first.more).toBe("/meetings wg-prevention page 2");
    const second = await run("wg-prevention page 2", "2024-08-01T12:00:00Z", { index: big });
    expect(second.text).toContain("Shown: 16–30 of");
    expect(second.text).not.toContain("past meetings");
    const firstLines = first.text.split("\n").filter((l) => l.startsWith("• "));
    expect(second.text.split("\n").filter((l) => l.startsWith("• ")).some((l) => firstLines.includes(l))).toBe(false);
    expect(parseMeetingsArgs("irg upcoming page 3")).toEqual({ bodyText: "irg", when: "upcoming", page: 3 });
  });

  it("leaves out meetings the documents give no date or month for", async () => {
    const r = await run("wg-prevention", "2024-08-01T12:00:00Z", { index: createFakeIndex() });
    expect(r.text.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(2);
  });

  it("reads past, upcoming and the body from its argument text", () => {
    expect(parseMeetingsArgs("irg past")).toEqual({ bodyText: "irg", when: "past" });
    expect(parseMeetingsArgs("upcoming meetings of the IRG")).toEqual({ bodyText: "IRG", when: "upcoming" });
    expect(parseMeetingsArgs("预防腐败问题工作组 以往的会议")).toEqual({ bodyText: "预防腐败问题工作组", when: "past" });
    expect(parseMeetingsArgs("")).toEqual({ bodyText: "", when: "all" });
  });
});
