/**
 * The console chat: the same conversation as in Slack or Teams, in a terminal, over the bundled
 * documents and without any credentials.
 */
import { createInterface } from "node:readline";
import type { Assistant } from "../../core/assistant.js";
import type { Reply } from "../../core/types.js";
import { renderForTerminal } from "./render.js";

export interface ConsoleChatConfig {
  assistant: Assistant;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  color?: boolean;
}

/** Runs the chat until the input ends or the person types "exit"; resolves then. */
export async function runConsoleChat(config: ConsoleChatConfig): Promise<void> {
  const input = config.input ?? process.stdin;
  const output = config.output ?? process.stdout;
  const color = config.color ?? Boolean((output as NodeJS.WriteStream).isTTY);
  const write = (s: string) => output.write(s + "\n");
  const rl = createInterface({ input, output, terminal: Boolean((input as NodeJS.ReadStream).isTTY) });
  // Listen at once: lines already waiting in the input must not be lost while the welcome is composed.
  const lines = rl[Symbol.asyncIterator]();
  const conversation = { platform: "console" as const, id: "console", thread: "console", user: "you" };
  const welcome = await config.assistant.handle({ text: "/help", conversation });
  write(renderForTerminal(welcome, { color }));
  const hint = "(type a question or a command; passages shows the last answer's passages whole; exit to quit)";
  write(color ? `\x1b[2m${hint}\x1b[22m` : hint);
  let last: Reply | undefined;
  rl.setPrompt("> ");
  rl.prompt();
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const text = line.trim();
    if (/^(exit|quit|:q|退出)$/i.test(text)) break;
    if (/^(passages|show passages|原文|查看原文)$/i.test(text) && last) write(renderForTerminal(last, { color, passages: true }));
    else if (text) {
      last = await config.assistant.handle({ text, conversation });
      write(renderForTerminal(last, { color }));
    }
    rl.prompt();
  }
  rl.close();
}
