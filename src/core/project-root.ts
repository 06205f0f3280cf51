/**
 * The project's folder, found from this module's place: the nearest folder above it that holds
 * package.json. Source files and the compiled build (dist/<hash>/) sit at different depths, so a
 * fixed "../../.." would point elsewhere in one of them.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** Absolute path of the project's folder. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  root = dir;
  return dir;
}
