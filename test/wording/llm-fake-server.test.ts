/** The fake model also runs on its own, for end-to-end runs of the grader against it. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readPrompt } from "../fixtures/fake-openai-server.js";
import { compiledScript } from "../fixtures/compiled-script.js";

const script = fileURLToPath(new URL("../fixtures/fake-openai-server.ts", import.meta.url));
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill();
  child = undefined;
});

/** Starts the standalone server and resolves with its base URL from its first line of output. */
/** Bundled once and run by plain node, as its own process (tsx compiling it cost a second of CPU per start). */
async function start(mode: string): Promise<string> {
  child = spawn(process.execPath, [await compiledScript(script), "--port", "0", "--mode", mode], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no start-up line within 15 s: ${out}`)), 15_000);
    child!.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = out.match(/on (http:\/\/127\.0\.0\.1:\d+\/v1)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child!.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${out}`));
    });
  });
}

describe("fake-openai-server standalone", () => {
  it("answers in echo-evidence mode by restating the draft with the ids its markers cite", async () => {
    const baseURL = await start("echo-evidence");
    const user = [
      '<question lang="en">when?</question>',
      '<draft answered="true">It opens on 3 September 2024 [P2]. Resolution 10/3 applies [P1].</draft>',
      '<passage id="P1" document="D" paragraph="1">第 10/3 号决议</passage>',
      '<passage id="P2" document="D" paragraph="2">2024 年 9 月 3 日</passage>',
    ].join("\n");
    const res = await fetch(`${baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m", messages: [{ role: "system", content: "s" }, { role: "user", content: user }] }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(JSON.parse(body.choices[0].message.content)).toEqual({
      answered: true,
      answer_sentences: [
        { text: "It opens on 3 September 2024.", passage_ids: ["P2"] },
        { text: "Resolution 10/3 applies.", passage_ids: ["P1"] },
      ],
    });
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("refuses an unknown mode", async () => {
    await expect(start("nonsense")).rejects.toThrow(/exited with 2/);
  });

  it("reads escaped passages back as the text they stand for", () => {
    const seen = readPrompt({
      messages: [{ role: "user", content: '<draft answered="false">a &lt;b&gt;</draft>\n<passage id="P1" document="A&quot;B" paragraph="">x &amp; y</passage>' }],
    });
    expect(seen.draft).toEqual({ answered: false, text: "a <b>" });
    expect(seen.passages).toEqual([{ id: "P1", document: 'A"B', paragraph: "", text: "x & y" }]);
  });
});
