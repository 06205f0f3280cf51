/** The Agents SDK stays inside src/adapters/teams/, so a change of SDK touches one folder. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

function sources(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sources(path));
    else if (/\.(ts|mts|js)$/.test(name)) out.push(path);
  }
  return out;
}

describe("Teams boundary", () => {
  it("imports the Agents SDK only from src/adapters/teams/", () => {
    const dirs = ["src", "commands"].map((d) => join(root, d)).filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory());
    const offenders = dirs
      .flatMap(sources)
      .filter((f) => !relative(root, f).startsWith(join("src", "adapters", "teams")))
      .filter((f) => /from\s+["'](@microsoft\/agents-[a-z-]+|botbuilder|botframework-[a-z-]+)["']|import\(\s*["'](@microsoft\/agents-|botbuilder|botframework-)/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
