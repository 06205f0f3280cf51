import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tempDir } from "../store/fixtures/helpers.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
let cacheDir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: cacheDir, cleanup } = await tempDir("digest-cli-"));
});
afterAll(() => cleanup());

/** Runs a CLI of src/cli in a real process (bounded), as `npm run -s` would. */
function cli(name: "digest" | "calendar", args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `src/cli/${name}.ts`, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, TZ: "UTC", CACHE_DIR: cacheDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} did not finish in time; stderr: ${stderr}`));
    }, 20_000);
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
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
    expect(r.stdout).toMatch(/出处：\n\[1\] /);
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
