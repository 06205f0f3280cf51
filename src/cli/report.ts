/**
 * `npm run -s report -- [--since DATE] [--json]`: what people asked and what they thought of the
 * answers, from the database (DB_FILE): unanswered questions, 👎 with reasons, the most asked
 * questions. Reads the file without locking it, so it runs beside `npm start`.
 */
import { isIsoDate } from "../core/time.js";
import { buildFeedbackReport, formatFeedbackReport, readStoreSnapshot } from "../store/index.js";
import { cliMain, parseFlags, UsageError } from "./digest-cli.js";
import { runIfEntry } from "./io.js";

const HELP = `Usage: npm run -s report -- [--since YYYY-MM-DD] [--top N] [--json]

Prints the feedback report from the database (DB_FILE): questions the documents could not
answer (most asked first), 👎 votes with the reason given and the question they judged, and
the questions asked most.

  --since YYYY-MM-DD  only what was recorded on or after that date (UTC)
  --top N             how many of the most asked questions (default 10)
  --json              print one JSON object:
                        { "since"?, "questions", "answered",
                          "unanswered": [ { "text", "count", "lastAsked" } ],
                          "thumbsDown": [ { "at", "platform", "reason"?, "question"?, "answerRef" } ],
                          "thumbsUp", "mostAsked": [ { "text", "count" } ] }

Exit codes: 0 printed, 1 failure, 2 bad arguments.
`;

/** The report tool, callable in process (tests) and as `npm run -s report`. */
export const main = cliMain("report", HELP, async (argv, config, io) => {
  const flags = parseFlags(argv, { "--since": "value", "--top": "value", "--json": "switch" });
  const since = flags.get("--since") as string | undefined;
  if (since !== undefined && !isIsoDate(since)) throw new UsageError(`--since must be a date written YYYY-MM-DD, e.g. --since 2024-09-01 (got "${since}")`);
  const top = (flags.get("--top") as string | undefined) ?? "10";
  if (!/^\d+$/.test(top) || Number(top) < 1) throw new UsageError(`--top must be a whole number of at least 1 (got "${top}")`);
  const report = await buildFeedbackReport(await readStoreSnapshot(config.dbFile), { since, top: Number(top) });
  io.stdout.write(flags.has("--json") ? JSON.stringify(report) + "\n" : formatFeedbackReport(report));
});

runIfEntry(import.meta.url, main);
