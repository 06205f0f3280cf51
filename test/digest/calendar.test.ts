import { afterEach, describe, expect, it } from "vitest";
import { buildCalendar, meetingUid } from "../../src/digest/calendar.js";
import { createCalendarRoute } from "../../src/digest/calendar-route.js";
import { escapeText, foldLine, serializeLines } from "../../src/digest/ical.js";
import { bodyCatalogOf } from "../../src/digest/bodies.js";
import { createHttpServer, type HttpServer } from "../../src/server/http.js";
import type { Meeting } from "../../src/knowledge/model.js";
import { createFakeIndex, passages } from "./fixtures/fake-index.js";
import { realIndex } from "./fixtures/real-index.js";

const now = () => new Date("2024-08-01T09:30:00Z");
const bodies = bodyCatalogOf(createFakeIndex());

/** Unfolds content lines (RFC 5545 §3.1) and splits them. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");
const events = (ics: string) => ics.split("BEGIN:VEVENT").slice(1).map((e) => unfold("BEGIN:VEVENT" + e.split("END:VEVENT")[0]));
const prop = (lines: string[], name: string) => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("iCalendar text", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds lines longer than 75 octets, continuation lines starting with a space", () => {
    const folded = foldLine(`DESCRIPTION:${"x".repeat(200)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"x".repeat(200)}`);
  });

  it("never folds inside a multi-byte UTF-8 character", () => {
    const text = `SUMMARY:${"预防腐败".repeat(20)}`;
    const lines = foldLine(text).split("\r\n");
    for (const l of lines) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      // A split character would not survive a round trip through UTF-8.
      expect(Buffer.from(l, "utf8").toString("utf8")).toBe(l);
      expect(l).not.toContain("\uFFFD");
    }
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(text);
  });

  it("ends every line with CRLF", () => {
    const out = serializeLines(["BEGIN:VCALENDAR", "END:VCALENDAR"]);
    expect(out).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
});

describe("meetings calendar", () => {
  it("has one event per meeting with dates, skipping meetings known only by month", () => {
    const ics = buildCalendar({ index: createFakeIndex(), bodies, now });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(events(ics)).toHaveLength(1);
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n|\r/);
  });

  it("writes an announced opening as a timed event in Europe/Vienna, with its VTIMEZONE, until the last slot ends", () => {
    const ics = buildCalendar({ index: createFakeIndex(), bodies, now });
    const [e] = events(ics);
    expect(prop(e, "DTSTART")).toBe("DTSTART;TZID=Europe/Vienna:20240903T150000");
    expect(prop(e, "DTEND")).toBe("DTEND;TZID=Europe/Vienna:20240906T180000");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Vienna\r\n");
    expect(prop(e, "UID")).toBe("UID:wg-prevention-15@uncac-working-group-assistant");
    expect(prop(e, "DTSTAMP")).toBe("DTSTAMP:20240801T093000Z");
    expect(prop(e, "SUMMARY")).toBe("SUMMARY:15th meeting of the Working Group on Prevention");
    expect(prop(e, "LOCATION")).toBe("LOCATION:Vienna\\, 维也纳国际中心 M 楼 B/M1 会议厅");
  });

  it("cites the source of each event's dates in its description: document, paragraph, quote", () => {
    const [e] = events(buildCalendar({ index: createFakeIndex(), bodies, now }));
    const description = prop(e, "DESCRIPTION")!;
    expect(description).toContain("Source: CAC/COSP/WG.4/2024/1\\, header (001_7da0608a8050477c.txt): “预防腐败问题不限成员名额政府间工作组 2024年9月3日至6日\\，维也纳”".replace("\\，", "，"));
    expect(description).toContain("\\nSource: CAC/COSP/WG.4/2024/1\\, 1(a)");
  });

  it("writes an all-day event with an exclusive end date when no time is announced", () => {
    const extra: Meeting = { id: "irg/16", bodies: ["irg"], ordinal: 16, kind: "session", start: "2025-06-16", end: "2025-06-20", venue: "Vienna", sources: [passages[0].id] };
    const ics = buildCalendar({ index: createFakeIndex({ meetings: [extra] }), bodies, now, body: "irg" });
    const [e] = events(ics);
    expect(prop(e, "DTSTART")).toBe("DTSTART;VALUE=DATE:20250616");
    expect(prop(e, "DTEND")).toBe("DTEND;VALUE=DATE:20250621");
    expect(prop(e, "SUMMARY")).toBe("SUMMARY:16th session of the Implementation Review Group");
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
  });

  it("keeps UIDs stable from one build to the next", async () => {
    const { index, bodies: real } = await realIndex();
    const a = buildCalendar({ index, bodies: real, now });
    const b = buildCalendar({ index, bodies: real, now: () => new Date("2024-09-01T00:00:00Z") });
    const uids = (ics: string) => events(ics).map((e) => prop(e, "UID"));
    expect(uids(a)).toEqual(uids(b));
    expect(new Set(uids(a)).size).toBe(uids(a).length);
    expect(uids(a)).toContain(`UID:${meetingUid(index.meetings({ body: "wg-prevention", ordinal: 15 })[0])}`);
  });

  it("covers every dated meeting of the real index, the 15th prevention meeting opening at 15:00 Vienna time", async () => {
    const { index, bodies: real } = await realIndex();
    const ics = buildCalendar({ index, bodies: real, now });
    const dated = index.meetings().filter((m) => m.start);
    expect(events(ics)).toHaveLength(dated.length);
    const wg15 = events(ics).find((e) => prop(e, "SUMMARY") === "SUMMARY:15th meeting of the Working Group on Prevention")!;
    expect(prop(wg15, "DTSTART")).toBe("DTSTART;TZID=Europe/Vienna:20240903T150000");
    expect(prop(wg15, "DESCRIPTION")).toContain("001_7da0608a8050477c.txt");
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});

describe("GET /calendar.ics", () => {
  let server: HttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("serves the feed as text/calendar over HTTP, optionally for one body", async () => {
    const extra: Meeting = { id: "irg/16", bodies: ["irg"], ordinal: 16, kind: "session", start: "2025-06-16", end: "2025-06-20", venue: "Vienna", sources: [passages[0].id] };
    server = createHttpServer([createCalendarRoute({ index: createFakeIndex({ meetings: [extra] }), bodies, now })]);
    const port = await server.listen(0, "127.0.0.1");
    const res = await fetch(`http://127.0.0.1:${port}/calendar.ics`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await res.text();
    expect(events(body)).toHaveLength(2);
    expect(body).toContain("\r\n");
    const one = await (await fetch(`http://127.0.0.1:${port}/calendar.ics?body=IRG`, { signal: AbortSignal.timeout(5_000) })).text();
    expect(events(one).map((e) => prop(e, "UID"))).toEqual(["UID:irg-16@uncac-working-group-assistant"]);
  });

  it("answers an unknown ?body= with a 400 that lists the known bodies, not an empty calendar", async () => {
    server = createHttpServer([createCalendarRoute({ index: createFakeIndex({}), bodies, now })]);
    const port = await server.listen(0, "127.0.0.1");
    const res = await fetch(`http://127.0.0.1:${port}/calendar.ics?body=typo`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string; known: { id: string }[] };
    expect(body.error).toBe("unknown_body");
    expect(body.message).toBe('Unknown body "typo".');
    expect(body.known.map((b) => b.id)).toEqual(expect.arrayContaining(["cosp", "wg-prevention", "irg"]));
  });

  it("resolves ?body= through the index's glossary when the route is given no catalog", async () => {
    const extra: Meeting = { id: "irg/16", bodies: ["irg"], ordinal: 16, kind: "session", start: "2025-06-16", end: "2025-06-20", venue: "Vienna", sources: [passages[0].id] };
    server = createHttpServer([createCalendarRoute({ index: createFakeIndex({ meetings: [extra] }), now })]);
    const port = await server.listen(0, "127.0.0.1");
    const one = await (await fetch(`http://127.0.0.1:${port}/calendar.ics?body=${encodeURIComponent("Implementation Review Group")}`, { signal: AbortSignal.timeout(5_000) })).text();
    expect(events(one).map((e) => prop(e, "UID"))).toEqual(["UID:irg-16@uncac-working-group-assistant"]);
  });
});
