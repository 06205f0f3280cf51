/**
 * Builds the installable Teams app package: teams/manifest.json (generated), the two icons
 * (drawn if missing) and teams/app-package.zip holding the three at the archive's root, as
 * Teams requires.
 */
import { access, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CommandSpec } from "../../../core/command.js";
import { colorIcon, outlineIcon } from "./icons.js";
import { buildTeamsManifest, ManifestError, teamsAppInfoSchema, type TeamsManifest } from "./manifest.js";
import { createZip } from "./zip.js";

export interface AppPackageConfig {
  /** The folder with app.json; outputs are written there too (teams/ at the repository root). */
  dir: string;
  commands: readonly Pick<CommandSpec, "id" | "description">[];
  /** COMMAND_PREFIX: put before every command title in the command menu. */
  commandPrefix?: string;
  /** AppConfig.teams.appId (MICROSOFT_APP_ID); a placeholder GUID when unset. */
  appId?: string;
  /** Redraw the icons even if the folder already has some. */
  redrawIcons?: boolean;
}

export interface AppPackage {
  manifest: TeamsManifest;
  zipFile: string;
  /** Names inside the zip. */
  entries: string[];
}

const exists = (path: string) => access(path).then(() => true, () => false);

export async function buildAppPackage(config: AppPackageConfig): Promise<AppPackage> {
  const infoFile = join(config.dir, "app.json");
  const info = teamsAppInfoSchema.safeParse(JSON.parse(await readFile(infoFile, "utf8")));
  if (!info.success) throw new ManifestError(info.error.issues.map((i) => `${infoFile} ${i.path.join(".")}: ${i.message}`));
  const manifest = buildTeamsManifest({ commands: config.commands, appId: config.appId, app: info.data, commandPrefix: config.commandPrefix });
  const manifestJson = JSON.stringify(manifest, null, 2) + "\n";
  await writeFile(join(config.dir, "manifest.json"), manifestJson);

  const icons: [string, () => Buffer][] = [
    [manifest.icons.color, colorIcon],
    [manifest.icons.outline, outlineIcon],
  ];
  for (const [name, draw] of icons) {
    const file = join(config.dir, name);
    if (config.redrawIcons || !(await exists(file))) await writeFile(file, draw());
  }

  const entries = [
    { name: "manifest.json", data: Buffer.from(manifestJson, "utf8") },
    ...(await Promise.all(icons.map(async ([name]) => ({ name, data: await readFile(join(config.dir, name)) })))),
  ];
  const zipFile = join(config.dir, "app-package.zip");
  await writeFile(zipFile, createZip(entries));
  return { manifest, zipFile, entries: entries.map((e) => e.name) };
}
