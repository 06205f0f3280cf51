/** The console chat over in-memory streams, talking to the real assistant. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { runConsoleChat } from "../../src/adapters/console/chat.js";
import { registry } from "../../commands/index.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

/** Resolves once `ready()` holds, polling; rejects after `ms` with what was seen. */
async function until(ready: () => boolean, ms: number, what: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms; output so far:\n${what()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Types the lines one at a time, each after the prompt that follows the previous reply, as a
 * person does; resolves with everything written once the chat ends, bounded in time.
 */
async function chat(lines: string[], opts: { color?: boolean; end?: boolean } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.setEncoding("utf8").on("data", (d: string) => (written += d));
  let finished = false;
  const done = runConsoleChat({ assistant: t.assistant, input, output, color: opts.color ?? false }).then(() => {
    finished = true;
  });
  let seen = 0;
  const prompted = () => written.length > seen && written.endsWith("> ");
  for (const l of lines) {
    await until(() => prompted() || finished, 10_000, () => written);
    if (finished) break;
    seen = written.length;
    input.write(`${l}\n`);
  }
  if (opts.end) {
    await until(() => prompted() || finished, 10_000, () => written);
    input.end();
  }
  await until(() => finished, 10_000, () => written);
  await done;
  return written;
}

describe("runConsoleChat", () => {
  it("greets with the help and a hint, then answers each line with its sources, and the passages whole on “passages”, until “exit”", async () => {
    const out = await chat(["/agenda 15", "passages", "exit", "/agenda 11"]);
    expect(out.startsWith(registry.help("en").replace(/\*\*(.+?)\*\*/g, "$1"))).toBe(true);
    expect(out).toContain("passages shows the last answer's passages whole; exit to quit)");
    expect(out).toContain("Provisional agenda of the 15th meeting of the Working Group on Prevention");
    expect(out).toContain("Sources:");
    expect(out).toMatch(/\[1\]–\[\d+\] Annotated provisional agenda · 13 June 2024 · cover page/);
    expect(out).toMatch(/ {4}\[\d+\] agenda item 4: “通过报告。”/);
    // Nothing after "exit" is answered.
    expect(out).not.toContain("11th meeting");
    expect(out).toContain("> ");
  });

  it("keeps one thread, so a follow-up knows the meeting", async () => {
    const out = await chat(["/agenda 11", "and item 3?", "quit"]);
    const answers = out.split("> ");
    const followUp = answers.find((a) => a.includes("Item 3"));
    expect(followUp).toBeDefined();
    expect(followUp).toContain("11th meeting of the Working Group on Prevention");
    expect(followUp).toContain("今后的优先事项");
  });

  it("answers Chinese in Chinese and stops on 退出", async () => {
    const out = await chat(["第十二次国际合作问题专家会议是什么时候？", "退出"]);
    expect(out).toContain("2023年9月4日至8日");
    expect(out).toContain("出处：");
  });

  it("answers lines already waiting in the input when the chat starts", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = "";
    output.setEncoding("utf8").on("data", (d: string) => (written += d));
    input.write("/resolution 10/4\nexit\n");
    await runConsoleChat({ assistant: t.assistant, input, output, color: false });
    expect(written).toContain("Resolution 10/4");
    expect(written).toContain("Sources:");
  });

  it("skips blank lines and finishes when the input ends", async () => {
    const out = await chat(["", "   ", "/resolution 10/4"], { end: true });
    expect(out).toContain("Resolution 10/4");
    expect(out.match(/Sources:/g)).toHaveLength(1);
  });

  it("bolds and dims with ANSI codes when colour is on, and not otherwise", async () => {
    const colored = await chat(["/agenda 15", "exit"], { color: true });
    expect(colored).toContain("\x1b[1mProvisional agenda of the 15th meeting");
    expect(colored).toContain("\x1b[2m    “");
    const plain = await chat(["/agenda 15", "exit"]);
    expect(plain).not.toContain("\x1b[");
    expect(plain).not.toContain("**");
  });
});
