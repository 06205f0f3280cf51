/**
 * `npm run teams:package [-- --redraw-icons]`: builds teams/app-package.zip for sideloading or
 * the Teams admin center. MICROSOFT_APP_ID (through loadConfig) becomes the app and bot id.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CommandSpec } from "../../../core/command.js";
import { ConfigError, loadConfig } from "../../../core/config.js";
import { buildAppPackage } from "./build.js";
import { PLACEHOLDER_APP_ID } from "./manifest.js";

/** The command registry (commands/index.ts exports `registry` with `list()`). */
async function loadCommands(root: string): Promise<readonly CommandSpec[]> {
  // Imported by path so this adapter does not depend on the commands folder at compile time.
  const mod = (await import(pathToFileURL(resolve(root, "commands/index.ts")).href)) as { registry?: { list(): readonly CommandSpec[] } };
  if (!mod.registry?.list) throw new Error("commands/index.ts does not export a registry with list()");
  return mod.registry.list();
}

async function main(): Promise<void> {
  const root = process.cwd();
  const config = loadConfig();
  const commands = await loadCommands(root);
  const pkg = await buildAppPackage({ dir: resolve(root, "teams"), commands, appId: config.teams.appId, commandPrefix: config.access.commandPrefix, redrawIcons: process.argv.includes("--redraw-icons") });
  process.stdout.write(`${pkg.zipFile}\n  ${pkg.entries.join(", ")}\n  ${commands.length} commands: ${commands.map((c) => c.id).join(", ")}\n`);
  if (pkg.manifest.id === PLACEHOLDER_APP_ID) {
    process.stderr.write("Note: MICROSOFT_APP_ID is not set, so the package uses the placeholder id " + PLACEHOLDER_APP_ID + ".\nSet it to the Azure Bot's Microsoft App ID and build again before uploading to Teams.\n");
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
