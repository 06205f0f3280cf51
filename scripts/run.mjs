/**
 * `node scripts/run.mjs <tool> [args]`: runs a command-line tool (src/cli/<tool>.ts) from the
 * compiled build, building it first when the sources changed, and exits with its code. A tool's
 * `main` resolving to undefined (the server) keeps the process running.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ENTRIES, ensureBuilt } from "./dist.mjs";

const [tool, ...argv] = process.argv.slice(2);
if (!ENTRIES.includes(tool)) {
  process.stderr.write(`Usage: node scripts/run.mjs <${ENTRIES.join("|")}> [arguments]\n`);
  process.exit(2);
}
const dir = await ensureBuilt();
const { main } = await import(pathToFileURL(join(dir, `${tool}.js`)).href);
let code;
try {
  code = await main(argv);
} catch (err) {
  process.stderr.write(`${tool} failed: ${err?.stack ?? err}\n`);
  code = 1;
}
if (code !== undefined) process.exit(code);
