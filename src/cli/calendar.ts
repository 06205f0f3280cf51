/**
 * `npm run -s calendar [-- --body ID]`: prints the iCalendar feed (RFC 5545) of every known
 * meeting, the same feed served at GET /calendar.ics.
 */
import { buildCalendar } from "../digest/calendar.js";
import { cliMain, loadIndexForBody, parseFlags } from "./digest-cli.js";
import { runIfEntry } from "./io.js";

const HELP = `Usage: npm run -s calendar -- [--body ID] > meetings.ics

Prints an iCalendar feed with one event per meeting whose dates the documents give, each citing
its source. --body limits it to one body (id, name or abbreviation).
`;

/** Prints the feed: 0 done (or --help), 1 failure, 2 bad arguments or configuration. */
export const main = cliMain("calendar", HELP, async (argv, config, io) => {
  const bodyArg = parseFlags(argv, { "--body": "value" }).get("--body") as string | undefined;
  const { index, bodies, body } = await loadIndexForBody(config, bodyArg);
  io.stdout.write(buildCalendar({ index, bodies, body }));
});

runIfEntry(import.meta.url, main);
