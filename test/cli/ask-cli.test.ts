/**
 * `npm run -s ask` as other tools call it (DESIGN.md, Contracts): --json prints one
 * { answered, text, citations } object, --json --batch FILE one object per JSON line with its id,
 * slash commands work, bad flags exit 2 with the usage, a bad environment stops with exit 1.
 * The tool's main runs in process; one test runs it as a real process, compiled, through npm.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/ask.js";
import { repoRoot } from "../core/test-assistant.js";
import { FILES, expectQuotesFromSources } from "../answer/citation-checks.js";
import { cleanEnv, runMain, type Run } from "./run-main.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ask-cli-"));
  // Both caches start from the run's index of the bundled documents, as after an earlier start:
  // these tests are about the tool, and building the index is tested in test/knowledge/.
  const template = inject("indexTemplates").bundled;
  await Promise.all(["cache", "cache-process"].map((name) => cp(template, join(dir, name), { recursive: true })));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the tool in process with a private cache and no model endpoint. */
function runAsk(args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Promise<Run> {
  return runMain(main, args, { env: cleanEnv({ CACHE_DIR: join(dir, "cache"), ...opts.env }), input: opts.input });
}

/** Runs `npm run -s ask` as a real process (the compiled build); killed if it outlives the bound. */
function runAskProcess(args: string[]): Promise<Run> {
  const env = cleanEnv({ CACHE_DIR: join(dir, "cache-process") });
  return new Promise((resolvePromise, reject) => {
    const child = spawn("npm", ["run", "-s", "ask", "--", ...args], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`ask ${args.join(" ")} did not finish within 90 s\n${stderr}`));
    }, 90_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? undefined, stdout, stderr });
    });
  });
}

/** Asserts the answer object of the contract: exactly these keys, citations of DESIGN's four fields with the document's title and official link. */
function expectAnswerObject(o: Record<string, unknown>, withId: boolean): void {
  expect(Object.keys(o).sort()).toEqual([...(withId ? ["id"] : []), "answered", "citations", "text"].sort());
  expect(typeof o.answered).toBe("boolean");
  expect(typeof o.text).toBe("string");
  expect(Array.isArray(o.citations)).toBe(true);
  for (const c of o.citations as Record<string, unknown>[]) {
    expect(Object.keys(c).sort()).toEqual(["document", "file", "paragraph", "quote", "title", "url"]);
    expect(c.title === null || typeof c.title === "string").toBe(true);
    expect(c.url === null || /^https:\/\/documents\.un\.org\/api\/symbol\/access\?s=[^&]+&l=[EC]&t=pdf$/.test(String(c.url))).toBe(true);
    expect(typeof c.document).toBe("string");
    expect(typeof c.file).toBe("string");
    expect(c.paragraph === null || typeof c.paragraph === "string").toBe(true);
    expect(typeof c.quote).toBe("string");
  }
}

/** Each run loads the index from its cache (the first builds it). */
const SLOW = { timeout: 60_000 };

const opening = "When does the 15th meeting of the Working Group on Prevention open?";

describe("ask --json", SLOW, () => {
  it("prints one answer object for a question, with quotes from the documents", async () => {
    const r = await runAsk(["--json", opening]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]);
    expectAnswerObject(o, false);
    expect(o.answered).toBe(true);
    expect(o.text).toContain("3 September 2024");
    expectQuotesFromSources(o);
    expect(o.citations.some((c: { file: string }) => c.file === FILES.agenda15)).toBe(true);
  });

  it("runs slash-command text", async () => {
    const r = await runAsk(["--json", "/agenda 15"]);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout);
    expectAnswerObject(o, false);
    expect(o.answered).toBe(true);
    expect(o.text).toContain("Provisional agenda");
    expect(o.citations.length).toBeGreaterThanOrEqual(13);
    expect(o.citations.every((c: { file: string }) => c.file === FILES.agenda15)).toBe(true);
  });

  it("answers in Chinese with --lang zh when the text does not tell", async () => {
    const r = await runAsk(["--json", "--lang", "zh", "/?"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).text).toMatch(/^我根据联合国反腐败公约各机构的正式会议文件回答问题/);
  });

  it("prints a refusal as answered false with no citations", async () => {
    const r = await runAsk(["--json", "Who chaired the tenth meeting of the prevention working group?"]);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout);
    expectAnswerObject(o, false);
    expect(o.answered).toBe(false);
    expectQuotesFromSources(o);
  });
});

describe("ask --json --batch", SLOW, () => {
  const lines = [
    JSON.stringify({ id: "open", question: opening }),
    JSON.stringify({ id: 2, question: "第10/3号决议的标题是什么？" }),
    "",
    "this line is not JSON",
    JSON.stringify({ id: "budget", question: "What is the budget of the working group for 2024?" }),
    JSON.stringify({ id: "slash", question: "/agenda 15 2(a)(v)" }),
    JSON.stringify({ id: "none" }),
  ];
  const check = (r: Run) => {
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(["open", 2, "budget", "slash"]);
    for (const o of out) expectAnswerObject(o, true);
    expect(out.map((o) => o.answered)).toEqual([true, true, false, true]);
    expect(out[1].text).toContain("《马拉喀什预防腐败宣言》的后续行动");
    expect(out[3].text).toContain("Thursday 5 September 2024");
    expect(r.stderr).toMatch(/is not JSON; skipped/);
    expect(r.stderr).toMatch(/has no "question" string; skipped/);
  };

  it("prints one answer object per JSON line, in order, with its id, skipping lines it cannot read", async () => {
    const file = join(dir, "batch.jsonl");
    await writeFile(file, lines.join("\n"));
    check(await runAsk(["--json", "--batch", file]));
  });

  it("reads the lines from standard input with --batch -", async () => {
    check(await runAsk(["--json", "--batch", "-"], { input: lines.join("\n") }));
  });
});

describe("ask for a person", SLOW, () => {
  it("prints the answer and its numbered sources with the quoted passages", async () => {
    const r = await runAsk(["/agenda 15 2(a)(v)"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Thursday 5 September 2024, 3–6 p.m.");
    expect(r.stdout).toContain("Sources:");
    expect(r.stdout).toMatch(/\n\[1\]–\[\d+\] Annotated provisional agenda · 13 June 2024 · cover page/);
    expect(r.stdout).toContain("“下午 3 时至 6 时");
    expect(r.stdout).not.toContain("001_7da0608a8050477c.txt");
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});

describe("ask with bad flags", SLOW, () => {
  it.each([
    [["--frobnicate", "x"], "unknown option --frobnicate"],
    [["--lang", "fr", "x"], "--lang takes en or zh"],
    [["--json", "--batch"], "--batch needs a file name"],
    [["--json"], "give a question, or --batch FILE"],
    [[], "give a question, or --batch FILE"],
  ])("exits 2 with the usage for %j", async (args, says) => {
    const r = await runAsk(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ask: ${says}`);
    expect(r.stderr).toContain("Usage: npm run -s ask -- [--json]");
    expect(r.stdout).toBe("");
  });

  it("prints the usage and exits 0 for --help", async () => {
    const r = await runAsk(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("--batch FILE");
    expect(r.stdout).toBe("");
  });
});

describe("ask with a bad environment", SLOW, () => {
  it("stops with exit 1 and a message naming the variable and the fix", async () => {
    const r = await runAsk(["--json", "/agenda 15"], { env: { PORT: "abc" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Invalid configuration");
    expect(r.stderr).toContain("PORT: must be a TCP port number between 0 and 65535, e.g. PORT=3978");
    expect(r.stdout).toBe("");
  });
});

describe("npm run -s ask as a real process", () => {
  it("runs the compiled tool (building it when the sources changed) and prints the answer object", { timeout: 120_000 }, async () => {
    const r = await runAskProcess(["--json", "/agenda 15"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]);
    expectAnswerObject(o, false);
    expect(o.text).toContain("Provisional agenda");
    expect(o.citations.every((c: { file: string }) => c.file === FILES.agenda15)).toBe(true);
  });

  it("exits 2 with the usage for a bad flag", { timeout: 120_000 }, async () => {
    const r = await runAskProcess(["--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ask: unknown option --frobnicate");
    expect(r.stdout).toBe("");
  });
});
