/** The digest and calendar tools' main, run in process as `npm run -s digest|calendar` would run it. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main as digestMain } from "../../src/cli/digest.js";
import { main as calendarMain } from "../../src/cli/calendar.js";
import { cleanEnv, runMain, type Run } from "../cli/run-main.js";
import { tempDir } from "../store/fixtures/helpers.js";

let cacheDir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: cacheDir, cleanup } = await tempDir("digest-cli-"));
});
afterAll(() => cleanup());

/** Runs a tool of src/cli with a private cache, in UTC. */
function cli(name: "digest" | "calendar", args: string[]): Promise<Run> {
  return runMain(name === "digest" ? digestMain : calendarMain, args, { env: cleanEnv({ TZ: "UTC", CACHE_DIR: cacheDir }) });
}

describe("digest CLI", () => {
  it("prints the digest of 2 September 2024 as one JSON object { date, digests: [{ body, reply }] }", async () => {
    const r = await cli("digest", ["--date", "2024-09-02", "--body", "wg-prevention", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe("2024-09-02");
    expect(out.digests).toHaveLength(1);
    expect(out.digests[0].body).toBe("wg-prevention");
    expect(out.digests[0].reply).toMatchObject({ kind: "digest", answered: true, lang: "en" });
    expect(out.digests[0].reply.text).toContain("opens tomorrow");
    expect(out.digests[0].reply.citations[0]).toHaveProperty("quote");
  });

  it("prints every body with something to say when no body is given, and nothing on a quiet day", async () => {
    const busy = JSON.parse((await cli("digest", ["--date", "2024-09-04", "--json"])).stdout);
    expect(busy.digests.map((d: { body: string }) => d.body)).toContain("wg-prevention");
    const quiet = await cli("digest", ["--date", "2024-08-01", "--json"]);
    expect(JSON.parse(quiet.stdout)).toEqual({ date: "2024-08-01", digests: [] });
  });

  it("prints the digest and its numbered sources for a person", async () => {
    const r = await cli("digest", ["--date", "2024-09-05", "--body", "WG.4", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("第3天，共4天");
    expect(r.stdout).toMatch(/出处：\n\[1\]–\[\d+\] 临时议程说明 · 2024年6月13日 · /);
  });

  it.each([
    [["--body", "wg-prevention"], /--date is required/],
    [["--date", "2024-02-30"], /--date must be a calendar date written YYYY-MM-DD/],
    [["--date", "2 September"], /--date must be a calendar date/],
    [["--date", "2024-09-02", "--body", "tea committee"], /Unknown body "tea committee"/],
    [["--date", "2024-09-02", "--frobnicate"], /Unknown argument: --frobnicate/],
  ])("exits with code 2 and a clear message for %j", async (args, message) => {
    const r = await cli("digest", args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("documents the JSON shape in --help", async () => {
    const r = await cli("digest", ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"digests": [ { "body": ID, "reply": Reply } ]');
  });
});

describe("calendar CLI", () => {
  it("prints the iCalendar feed with CRLF line endings", async () => {
    const r = await cli("calendar", []);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(r.stdout).toContain("DTSTART;TZID=Europe/Vienna:20240903T150000");
  });

  it("writes the feed to the file --out names, a calendar from its first line, and tells how many meetings on standard error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "calendar-out-"));
    try {
      const file = join(dir, "meetings.ics");
      const r = await cli("calendar", ["--out", file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("");
      const ics = readFileSync(file, "utf8");
      expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
      expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
      expect(r.stderr).toMatch(new RegExp(`^wrote ${(ics.match(/BEGIN:VEVENT/g) ?? []).length} meetings to `));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("limits the feed to the body --body names, and exits with code 2 listing the bodies for an unknown one", async () => {
    const one = await cli("calendar", ["--body=WG.4"]);
    expect(one.code).toBe(0);
    const uids = [...one.stdout.matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim());
    expect(uids).toContain("wg-prevention-15@uncac-working-group-assistant");
    // Its joint meeting with the IRG is one of its meetings too; the IRG's own sessions are not.
    expect(uids.every((u) => u.includes("wg-prevention"))).toBe(true);
    expect(uids.some((u) => u.startsWith("irg-12"))).toBe(false);
    const unknown = await cli("calendar", ["--body", "tea committee"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown body "tea committee"\. Use one of: cosp, wg-prevention, irg/);
    expect(unknown.stdout).toBe("");
  });
});
