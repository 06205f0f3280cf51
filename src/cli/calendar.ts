/**
 * `npm run -s calendar [-- --body ID]`: prints the iCalendar feed (RFC 5545) of every known
 * meeting, the same feed served at GET /calendar.ics.
 */
import { loadConfig, ConfigError } from "../core/config.js";
import { loadIndex } from "../knowledge/load.js";
import { createBodyCatalog } from "../digest/bodies.js";
import { buildCalendar } from "../digest/calendar.js";

const HELP = `Usage: npm run -s calendar -- [--body ID] > meetings.ics

Prints an iCalendar feed with one event per meeting whose dates the documents give, each citing
its source. --body limits it to one body (id, name or abbreviation).
`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  let bodyArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--body" && argv[i + 1] !== undefined) bodyArg = argv[++i];
    else {
      process.stderr.write(`Unknown argument: ${argv[i]}\n\n${HELP}`);
      return 2;
    }
  }
  const config = loadConfig();
  const { index, glossary } = await loadIndex({ documentsDir: config.documentsDir, glossaryFile: config.glossaryFile, cacheDir: config.cacheDir });
  const bodies = createBodyCatalog(glossary.bodies());
  let body: string | undefined;
  if (bodyArg) {
    body = bodies.resolve(bodyArg)?.id;
    if (!body) {
      process.stderr.write(`Unknown body "${bodyArg}". Use one of: ${bodies.list().map((b) => b.id).join(", ")}\n`);
      return 2;
    }
  }
  process.stdout.write(buildCalendar({ index, bodies, body }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `calendar failed: ${(err as Error).message}`}\n`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  },
);
