/**
 * The feedback report, from a real database file, through the report tool's `main` (what
 * `npm run -s report` runs), called in process while the store that wrote the file stays open.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/log.js";
import { main } from "../../src/cli/report.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { cleanEnv, runMain } from "../cli/run-main.js";
import { tempDir } from "./fixtures/helpers.js";

describe("npm run -s report", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: LowdbStore;
  let file: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir("report-"));
    file = join(dir, "db.json");
    store = await createStore({ file, logger: silentLogger });
    const c = (thread: string) => ({ platform: "slack" as const, id: "C1", thread });
    await store.recordQuestion({ conversation: c("1"), text: "Who chairs the working group?", answered: false, kind: "refusal", at: "2024-08-20T08:00:00.000Z" });
    await store.recordQuestion({ conversation: c("2"), text: "who chairs the working group", answered: false, kind: "refusal", at: "2024-09-02T08:00:00.000Z" });
    await store.recordQuestion({ conversation: c("3"), text: "agenda 15", answered: true, kind: "answer", at: "2024-09-02T09:00:00.000Z" });
    await store.recordQuestion({ conversation: c("4"), text: "agenda 15", answered: true, kind: "answer", at: "2024-09-03T09:00:00.000Z" });
    await store.recordQuestion({ conversation: c("4"), text: "and item 3?", answered: true, kind: "answer", at: "2024-09-03T09:05:00.000Z" });
    await store.recordQuestion({ conversation: c("5"), text: "When was resolution 9/1 adopted?", answered: false, kind: "refusal", at: "2024-09-04T09:00:00.000Z" });
    await store.recordFeedback({ id: "v1", conversation: c("4"), user: "U1", answerRef: "doc#3", vote: "down", at: "2024-09-03T09:06:00.000Z" });
    await store.setFeedbackReason("v1", "item 3 is from the wrong session");
    await store.recordFeedback({ id: "v2", conversation: c("3"), user: "U2", answerRef: "doc#1", vote: "up", at: "2024-09-02T09:01:00.000Z" });
    // The assistant keeps running while the report is read: the store stays open.
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  /** Runs the tool; resolves with its output when it exits 0, rejects with its code and error output otherwise. */
  const report = async (...args: string[]) => {
    const r = await runMain(main, args, { env: cleanEnv({ DB_FILE: file }) });
    if (r.code !== 0) throw Object.assign(new Error(`report exited ${r.code}`), { code: r.code, stderr: r.stderr });
    return r;
  };

  it("prints unanswered questions, thumbs-down with reasons and the most asked questions as JSON, since a date", async () => {
    const { stdout } = await report("--since", "2024-09-01", "--json");
    expect(JSON.parse(stdout)).toEqual({
      since: "2024-09-01",
      questions: 5,
      answered: 3,
      unanswered: [
        { text: "When was resolution 9/1 adopted?", count: 1, lastAsked: "2024-09-04T09:00:00.000Z" },
        { text: "who chairs the working group", count: 1, lastAsked: "2024-09-02T08:00:00.000Z" },
      ],
      thumbsDown: [{ at: "2024-09-03T09:06:00.000Z", platform: "slack", answerRef: "doc#3", reason: "item 3 is from the wrong session", question: "and item 3?" }],
      thumbsUp: 1,
      mostAsked: [
        { text: "agenda 15", count: 2 },
        { text: "When was resolution 9/1 adopted?", count: 1 },
        { text: "and item 3?", count: 1 },
        { text: "who chairs the working group", count: 1 },
      ],
    });
  }, 30_000);

  it("counts a question asked in different case and punctuation once, over the whole log, in the text report", async () => {
    const { stdout } = await report();
    expect(stdout).toContain("6 questions, 3 answered from the documents; 1 👍, 1 👎.");
    expect(stdout).toContain("  2× who chairs the working group  (last 2024-09-02)");
    expect(stdout).toContain("    reason: item 3 is from the wrong session");
  }, 30_000);

  it("refuses a --since that is not a date, naming the flag", async () => {
    const failed = await report("--since", "last week").then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain("--since must be a date written YYYY-MM-DD");
  }, 30_000);
});
