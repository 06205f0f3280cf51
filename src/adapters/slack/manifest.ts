/**
 * Writes manifest.json from the command registry.
 *
 *   npm run -s slack:manifest                          # manifest.json, host placeholder YOUR-HOST
 *   npm run -s slack:manifest -- --host example.org    # with the public host filled in
 *   npm run -s slack:manifest -- --socket-mode --out manifest.socket.json
 *   npm run -s slack:manifest -- --check               # exit 1 when manifest.json is out of date
 *   npm run -s slack:manifest -- --prefix uncac-       # /uncac-agenda … (default: COMMAND_PREFIX)
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { registry } from "../../../commands/index.js";
import { buildSlackManifest, serializeManifest } from "./build-manifest.js";
import { loadConfig } from "../../core/config.js";

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: "string" },
      "socket-mode": { type: "boolean", default: false },
      out: { type: "string", default: "manifest.json" },
      check: { type: "boolean", default: false },
      prefix: { type: "string" },
    },
  });
  // The prefix the running app registers its commands with, unless named here.
  const commandPrefix = values.prefix ?? loadConfig().access.commandPrefix;
  const file = resolve(values.out!);
  const text = serializeManifest(buildSlackManifest(registry.list(), { host: values.host, socketMode: values["socket-mode"], commandPrefix }));
  if (values.check) {
    const current = await readFile(file, "utf8").catch(() => "");
    if (current === text) return 0;
    process.stderr.write(`${file} is out of date with the command registry: run npm run -s slack:manifest\n`);
    return 1;
  }
  await writeFile(file, text);
  process.stderr.write(`wrote ${file} (${registry.list().length} slash commands)\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`slack:manifest: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
