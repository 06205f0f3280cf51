/**
 * `npm run -s ask -- "question"` (DESIGN.md, Contracts): a person's view by default; `--json`
 * prints one object { answered, text, citations }; `--json --batch FILE` reads JSON lines
 * { id, question } and prints one answer object per line with its id. Slash-command text works.
 */
import { readFile } from "node:fs/promises";
import { loadConfig, ConfigError } from "../core/config.js";
import { createAssistant } from "../app/create-assistant.js";
import { createLogger } from "../core/log.js";
import type { Reply } from "../core/types.js";
import { renderForTerminal } from "../adapters/console/render.js";
import { createLlmWordingIfConfigured } from "../wording/wording-factory.js";
import { readAll, runIfEntry, withDefaults, type CliIo, type FullIo } from "./io.js";

const HELP = `Usage: npm run -s ask -- [--json] [--lang en|zh] "question or /command"
       npm run -s ask -- --json --batch FILE

  --json         print one JSON object {"answered","text","citations"} (with --batch: one per line, with "id")
  --batch FILE   read JSON lines {"id","question"} from FILE (- for standard input)
  --lang en|zh   language when the text does not tell (default en)
`;

interface Args {
  json: boolean;
  batch?: string;
  lang?: "en" | "zh";
  question: string;
}

function parseArgs(argv: string[]): Args | string {
  const out: Args = { json: false, question: "" };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") out.json = true;
    else if (a === "--batch") {
      out.batch = argv[++i];
      if (!out.batch) return "--batch needs a file name";
    } else if (a === "--lang") {
      const l = argv[++i];
      if (l !== "en" && l !== "zh") return "--lang takes en or zh";
      out.lang = l;
    } else if (a === "--help" || a === "-h") return "";
    else if (a.startsWith("--")) return `unknown option ${a}`;
    else rest.push(a);
  }
  out.question = rest.join(" ").trim();
  if (!out.batch && !out.question) return "give a question, or --batch FILE";
  return out;
}

/** DESIGN's contract: each citation's document, file, paragraph and whole quote, with the document's title and official link. */
const toJson = (r: Reply, id?: unknown) =>
  JSON.stringify({
    ...(id !== undefined ? { id } : {}),
    answered: r.answered,
    text: r.text,
    citations: r.citations.map(({ document, file, paragraph, quote, title, url }) => ({ document, file, paragraph, quote, title: title ?? null, url: url ?? null })),
  });

/** Runs the tool: 0 answered (or --help), 1 failure or bad configuration, 2 bad arguments. */
export async function main(argv: string[], cliIo?: CliIo): Promise<number> {
  const io = withDefaults(cliIo);
  try {
    return await ask(argv, io);
  } catch (err) {
    io.stderr.write(`${err instanceof ConfigError ? err.message : `ask failed: ${(err as Error).stack ?? err}`}\n`);
    return 1;
  }
}

async function ask(argv: string[], io: FullIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    if (args) io.stderr.write(`ask: ${args}\n\n`);
    io.stderr.write(HELP);
    return args ? 2 : 0;
  }
  const config = loadConfig(io.env, io.cwd);
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, (line) => io.stderr.write(line + "\n"));
  const assistant = await createAssistant({ config, logger, wording: await createLlmWordingIfConfigured(config, logger) });
  const locale = args.lang;
  if (args.batch) {
    const raw = args.batch === "-" ? await readAll(io.stdin) : await readFile(args.batch, "utf8");
    const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean);
    let n = 0;
    for (const line of lines) {
      n++;
      let item: { id?: unknown; question?: unknown };
      try {
        item = JSON.parse(line);
      } catch {
        io.stderr.write(`ask: line ${n} of ${args.batch} is not JSON; skipped\n`);
        continue;
      }
      if (typeof item.question !== "string") {
        io.stderr.write(`ask: line ${n} has no "question" string; skipped\n`);
        continue;
      }
      const reply = await assistant.handle({ text: item.question, conversation: { platform: "cli", id: `batch-${n}` }, locale });
      io.stdout.write(toJson(reply, item.id) + "\n");
    }
    return 0;
  }
  const reply = await assistant.handle({ text: args.question, conversation: { platform: "cli", id: "cli" }, locale });
  io.stdout.write(args.json ? toJson(reply) + "\n" : renderForTerminal(reply) + "\n");
  return 0;
}

runIfEntry(import.meta.url, main);
