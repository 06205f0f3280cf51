/**
 * `npm run -s digest -- --date YYYY-MM-DD [--body ID] [--lang en|zh] [--json]`: prints the digest
 * that would be posted on that date (DESIGN.md, Contracts). Without --body, the digests of every
 * body that has something to say on that date.
 */
import { loadConfig, ConfigError } from "../core/config.js";
import type { Lang, Reply } from "../core/types.js";
import { loadIndex } from "../knowledge/load.js";
import { createBodyCatalog } from "../digest/bodies.js";
import { composeDigest, DEFAULT_DAYS_BEFORE } from "../digest/compose.js";
import { isIsoDate, isValidTimeZone } from "../digest/time.js";

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

class UsageError extends Error {}

interface Options {
  date: string;
  body?: string;
  daysBefore: number;
  lang: Lang;
  tz?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options | "help" {
  if (argv.includes("--help") || argv.includes("-h")) return "help";
  const opts: Partial<Options> = { json: false, lang: "en", daysBefore: DEFAULT_DAYS_BEFORE };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--json":
        opts.json = true;
        break;
      case "--date": {
        const d = value();
        if (!isIsoDate(d)) throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, e.g. --date 2024-09-02 (got "${d}")`);
        opts.date = d;
        break;
      }
      case "--body":
        opts.body = value();
        break;
      case "--days-before": {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 30) throw new UsageError(`--days-before must be a whole number from 0 to 30 (got "${v}")`);
        opts.daysBefore = Number(v);
        break;
      }
      case "--lang": {
        const v = value();
        if (v !== "en" && v !== "zh") throw new UsageError(`--lang must be en or zh (got "${v}")`);
        opts.lang = v;
        break;
      }
      case "--tz": {
        const v = value();
        if (!isValidTimeZone(v)) throw new UsageError(`--tz must be an IANA time zone such as Europe/Vienna or Asia/Shanghai (got "${v}")`);
        opts.tz = v;
        break;
      }
      default:
        throw new UsageError(`Unknown argument: ${a}`);
    }
  }
  if (!opts.date) throw new UsageError("--date is required, e.g. --date 2024-09-02");
  return opts as Options;
}

/** Plain-text rendering: the digest, then its numbered sources. */
function renderText(body: string, reply: Reply): string {
  const sources = reply.citations.map((c, i) => `  [${i + 1}] ${c.document}${c.paragraph ? `, ${c.paragraph}` : ""} (${c.file}): ${c.quote.length > 200 ? `${c.quote.slice(0, 199)}…` : c.quote}`);
  return [`# ${body}`, reply.text.replace(/\*\*/g, ""), "", reply.lang === "zh" ? "来源：" : "Sources:", ...sources].join("\n");
}

async function main(argv: string[]): Promise<number> {
  let opts: Options | "help";
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n\n${HELP}`);
    return 2;
  }
  if (opts === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig();
  const { index, glossary } = await loadIndex({ documentsDir: config.documentsDir, glossaryFile: config.glossaryFile, cacheDir: config.cacheDir });
  const bodies = createBodyCatalog(glossary.bodies());
  let ids: string[];
  if (opts.body) {
    const found = bodies.resolve(opts.body);
    if (!found) {
      process.stderr.write(`Unknown body "${opts.body}". Use one of: ${bodies.list().map((b) => b.id).join(", ")}\n`);
      return 2;
    }
    ids = [found.id];
  } else {
    ids = bodies.list().map((b) => b.id);
  }
  const digests: { body: string; reply: Reply }[] = [];
  for (const body of ids) {
    const reply = composeDigest({ index, bodies, body, date: opts.date, daysBefore: opts.daysBefore, lang: opts.lang, timeZone: opts.tz });
    if (reply) digests.push({ body, reply });
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify({ date: opts.date, digests }) + "\n");
    return 0;
  }
  if (!digests.length) {
    process.stdout.write(`No digest would be posted on ${opts.date}${opts.body ? ` for ${ids[0]}` : ""}: no meeting within ${opts.daysBefore} day(s).\n`);
    return 0;
  }
  process.stdout.write(digests.map((d) => renderText(d.body, d.reply)).join("\n\n") + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `digest failed: ${(err as Error).message}`}\n`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  },
);
