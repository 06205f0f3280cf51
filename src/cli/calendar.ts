/**
 * `npm run -s calendar [-- --body ID] [--out FILE]`: the iCalendar feed (RFC 5545) of every known
 * meeting, the same feed served at GET /calendar.ics, on standard output or into FILE.
 */
import { writeFile } from "node:fs/promises";
import { buildCalendar } from "../digest/calendar.js";
import { cliMain, loadIndexForBody, parseFlags } from "./digest-cli.js";
import { runIfEntry } from "./io.js";

const HELP = `Usage: npm run -s calendar -- [--body ID] [--out FILE]

Prints an iCalendar feed with one event per meeting whose dates the documents give, each citing
its source. --body limits it to one body (id, name or abbreviation); --out writes it to FILE.
Keep -s when redirecting (npm run -s calendar > meetings.ics): without it npm prints its own
lines first and the file is no longer a calendar.
`;

/** Prints (or writes) the feed: 0 done (or --help), 1 failure, 2 bad arguments or configuration. */
export const main = cliMain("calendar", HELP, async (argv, config, io) => {
  const flags = parseFlags(argv, { "--body": "value", "--out": "value" });
  const { index, bodies, body } = await loadIndexForBody(config, flags.get("--body") as string | undefined);
  const feed = buildCalendar({ index, bodies, body });
  const out = flags.get("--out") as string | undefined;
  if (!out) return void io.stdout.write(feed);
  await writeFile(out, feed, "utf8");
  io.stderr.write(`wrote ${(feed.match(/^BEGIN:VEVENT\r?$/gm) ?? []).length} meetings to ${out}\n`);
});

runIfEntry(import.meta.url, main);
