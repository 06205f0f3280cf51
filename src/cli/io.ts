/**
 * What every command-line tool shares: `main(argv, io)` writes to the streams it is given and
 * resolves to its exit code, so tests call it in process and `scripts/run.cjs` (compiled) or
 * `tsx src/cli/<name>.ts` (development) run it as a process.
 */
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

/** Where a tool reads and writes. Omitted fields are the process's own. */
export interface CliIo {
  stdout?: { write(chunk: string): unknown };
  stderr?: { write(chunk: string): unknown };
  stdin?: NodeJS.ReadableStream;
  /** The environment to configure from (through loadConfig); the process's when omitted. */
  env?: Record<string, string | undefined>;
  /** The folder relative paths of the configuration start from; the process's when omitted. */
  cwd?: string;
}

/** A tool's entry point: resolves to the exit code, or undefined when it keeps running (a server). */
export type CliMain = (argv: string[], io?: CliIo) => Promise<number | undefined>;

/** An io whose streams are all there. */
export type FullIo = Required<Pick<CliIo, "stdout" | "stderr" | "stdin">> & CliIo;

/** The io with the process's streams filled in. */
export function withDefaults(io: CliIo = {}): FullIo {
  return { ...io, stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, stdin: io.stdin ?? process.stdin };
}

/** Everything a stream gives until it ends, as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Runs `main` over the process's arguments when the module at `moduleUrl` is the process's
 * entry (`tsx src/cli/ask.ts`), then exits with its code. Imported as a module, it does nothing.
 */
export function runIfEntry(moduleUrl: string, main: CliMain): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(resolve(entry)).href !== moduleUrl) return;
  void exitWith(main(process.argv.slice(2)));
}

/** Exits the process with the code `result` resolves to; stays up when it resolves to undefined. */
export async function exitWith(result: Promise<number | undefined>): Promise<void> {
  let code: number | undefined;
  try {
    code = await result;
  } catch (err) {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    code = 1;
  }
  if (code !== undefined) process.exit(code);
}
