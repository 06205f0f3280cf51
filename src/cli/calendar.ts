/**
 * `npm run -s calendar [-- --body ID]`: prints the iCalendar feed (RFC 5545) of every known
 * meeting, the same feed served at GET /calendar.ics.
 */
import { buildCalendar } from "../digest/calendar.js";
import { loadIndexForBody, parseFlags, runCli } from "./digest-cli.js";

const HELP = `Usage: npm run -s calendar -- [--body ID] > meetings.ics

Prints an iCalendar feed with one event per meeting whose dates the documents give, each citing
its source. --body limits it to one body (id, name or abbreviation).
`;

async function main(argv: string[]): Promise<void> {
  const bodyArg = parseFlags(argv, { "--body": "value" }).get("--body") as string | undefined;
  const { index, bodies, body } = await loadIndexForBody(bodyArg);
  process.stdout.write(buildCalendar({ index, bodies, body }));
}

runCli("calendar", HELP, main);
