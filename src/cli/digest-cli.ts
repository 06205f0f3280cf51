/**
 * What the digest and calendar CLIs share: reading their flags, loading the configured index with
 * its bodies, resolving --body, and the exit codes (0 done, 1 failure, 2 bad arguments or
 * configuration).
 */
import { ConfigError, type AppConfig } from "../core/config.js";
import { loadKnowledgeIndex } from "../knowledge/index.js";
import type { KnowledgeIndex } from "../knowledge/index.js";
import { bodyCatalogOf, type BodyCatalog } from "../digest/bodies.js";
import { loadConfig } from "../core/config.js";
import { withDefaults, type CliIo, type FullIo } from "./io.js";

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Reads `--flag value`, `--flag=value` and switches. `spec` says which flags take a value; each
 * flag's last value wins. @throws UsageError on an unknown argument or a missing value.
 */
export function parseFlags(argv: string[], spec: Record<string, "value" | "switch">): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const kind = Object.hasOwn(spec, flag) ? spec[flag] : undefined;
    if (!kind || (kind === "switch" && inline !== undefined)) throw new UsageError(`Unknown argument: ${a}`);
    if (kind === "switch") {
      flags.set(flag, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
    flags.set(flag, value);
  }
  return flags;
}

/** The configured index and its bodies; with `bodyArg` (id, name or abbreviation), the id of the body it names. */
export async function loadIndexForBody(config: AppConfig, bodyArg: string | undefined): Promise<{ index: KnowledgeIndex; bodies: BodyCatalog; body?: string }> {
  const index = await loadKnowledgeIndex({ documentsDir: config.documentsDirs, glossaryDir: config.glossaryDir, cacheDir: config.cacheDir });
  const bodies = bodyCatalogOf(index);
  if (bodyArg === undefined) return { index, bodies };
  const found = bodies.resolve(bodyArg);
  if (!found) throw new UsageError(`Unknown body "${bodyArg}". Use one of: ${bodies.list().map((b) => b.id).join(", ")}`);
  return { index, bodies, body: found.id };
}

/**
 * A tool's `main` from its body: --help prints `help`; a UsageError prints its message and
 * `help` (code 2); a ConfigError its message (code 2); anything else "<name> failed: …" (code 1).
 * The body gets the validated configuration and the io; it succeeds with code 0.
 */
export function cliMain(name: string, help: string, body: (argv: string[], config: AppConfig, io: FullIo) => Promise<void>): (argv: string[], io?: CliIo) => Promise<number> {
  return async (argv, cliIo) => {
    const io = withDefaults(cliIo);
    if (argv.includes("--help") || argv.includes("-h")) {
      io.stdout.write(help);
      return 0;
    }
    try {
      await body(argv, loadConfig(io.env, io.cwd), io);
      return 0;
    } catch (err) {
      if (err instanceof UsageError) io.stderr.write(`${err.message}\n\n${help}`);
      else io.stderr.write(`${err instanceof ConfigError ? err.message : `${name} failed: ${(err as Error).message}`}\n`);
      return err instanceof UsageError || err instanceof ConfigError ? 2 : 1;
    }
  };
}
