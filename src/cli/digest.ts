/**
 * `npm run -s digest -- --date YYYY-MM-DD [--body ID] [--lang en|zh] [--json]`: prints the digest
 * that would be posted on that date (DESIGN.md, Contracts). Without --body, the digests of every
 * body that has something to say on that date.
 */
import { renderForTerminal } from "../adapters/console/render.js";
import type { Lang, Reply } from "../core/types.js";
import { isIsoDate, isValidTimeZone } from "../core/time.js";
import { composeDigest, DEFAULT_DAYS_BEFORE } from "../digest/compose.js";
import { cliMain, loadIndexForBody, parseFlags, UsageError } from "./digest-cli.js";
import { runIfEntry } from "./io.js";

const HELP = `Usage: npm run -s digest -- --date YYYY-MM-DD [--body ID] [--days-before N] [--lang en|zh] [--tz ZONE] [--json]

Prints the daily digest that would be posted on a date: the next or current meeting of a body
within the window (days before its opening through its closing), that day's and the next day's
slots, the documents to read and the resolutions that mandate them, every fact cited.

  --date YYYY-MM-DD   the recipient's local date (required)
  --body ID           one body (id, name or abbreviation: wg-prevention, irg, "WG.4", 预防腐败问题工作组);
                      without it, every body that has something to say on that date
  --days-before N     start of the window before an opening, 0-30 (default ${DEFAULT_DAYS_BEFORE})
  --lang en|zh        language of the digest (default en)
  --tz ZONE           recipient's IANA zone; slot times are also given in it
  --json              print one JSON object:
                        { "date": "YYYY-MM-DD",
                          "digests": [ { "body": ID, "reply": Reply } ] }
                      where Reply is { kind: "digest", answered, text, citations: [Citation], lang }
                      and text uses [n] markers pointing at citations[n-1]; "digests" is empty on a
                      day with nothing to post.

Exit codes: 0 printed (possibly nothing to post), 1 failure, 2 bad arguments.
`;

interface Options {
  date: string;
  body?: string;
  daysBefore: number;
  lang: Lang;
  tz?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const flags = parseFlags(argv, { "--date": "value", "--body": "value", "--days-before": "value", "--lang": "value", "--tz": "value", "--json": "switch" });
  const value = (flag: string) => flags.get(flag) as string | undefined;
  const date = value("--date");
  if (date === undefined) throw new UsageError("--date is required, e.g. --date 2024-09-02");
  if (!isIsoDate(date)) throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, e.g. --date 2024-09-02 (got "${date}")`);
  const days = value("--days-before") ?? String(DEFAULT_DAYS_BEFORE);
  if (!/^\d+$/.test(days) || Number(days) > 30) throw new UsageError(`--days-before must be a whole number from 0 to 30 (got "${days}")`);
  const lang = value("--lang") ?? "en";
  if (lang !== "en" && lang !== "zh") throw new UsageError(`--lang must be en or zh (got "${lang}")`);
  const tz = value("--tz");
  if (tz !== undefined && !isValidTimeZone(tz)) throw new UsageError(`--tz must be an IANA time zone such as Europe/Vienna or Asia/Shanghai (got "${tz}")`);
  return { date, body: value("--body"), daysBefore: Number(days), lang, tz, json: flags.has("--json") };
}

/** Plain-text rendering: the body, the digest, then its numbered sources. */
function renderText(body: string, reply: Reply): string {
  return `# ${body}\n${renderForTerminal(reply)}`;
}

/** Prints the digests: 0 done (or --help), 1 failure, 2 bad arguments or configuration. */
export const main = cliMain("digest", HELP, async (argv, config, io) => {
  const opts = parseArgs(argv);
  const { index, bodies, body } = await loadIndexForBody(config, opts.body);
  const ids = body ? [body] : bodies.list().map((b) => b.id);
  const digests: { body: string; reply: Reply }[] = [];
  for (const id of ids) {
    const reply = composeDigest({ index, bodies, body: id, date: opts.date, daysBefore: opts.daysBefore, lang: opts.lang, timeZone: opts.tz });
    if (reply) digests.push({ body: id, reply });
  }
  if (opts.json) {
    io.stdout.write(JSON.stringify({ date: opts.date, digests }) + "\n");
    return;
  }
  if (!digests.length) {
    io.stdout.write(`No digest would be posted on ${opts.date}${body ? ` for ${body}` : ""}: no meeting within ${opts.daysBefore} day(s).\n`);
    return;
  }
  io.stdout.write(digests.map((d) => renderText(d.body, d.reply)).join("\n\n") + "\n");
});

runIfEntry(import.meta.url, main);
