/**
 * Versioned migrations for the PostgreSQL store: ordered SQL files in ./migrations, named
 * `NNNN-description.sql`, applied at start-up in one transaction each and recorded in
 * `schema_version`. Replicas starting together take an advisory lock first, so each file runs
 * once; a database migrated by a newer release is refused rather than written to.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../../core/project-root.js";
import type { Queryable } from "./connection.js";

/** The advisory-lock namespace of this application (first key of every two-key lock it takes). */
export const LOCK_NAMESPACE = 0x57474153;
const MIGRATION_LOCK = 0;

export interface SqlMigration {
  version: number;
  name: string;
  sql: string;
}

// From the project's folder, so that the compiled build (dist/<hash>/) finds the SQL files too.
const folder = pathToFileURL(join(projectRoot(), "src/store/postgres/migrations/"));

/** Reads the migration files in version order. @throws on a gap or a duplicate version. */
export async function loadMigrations(dir: URL = folder): Promise<SqlMigration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}-[\w-]+\.sql$/.test(f)).sort();
  const migrations: SqlMigration[] = [];
  for (const [i, file] of files.entries()) {
    const version = Number(file.slice(0, 4));
    if (version !== i + 1) throw new Error(`Migration ${file} should have version ${i + 1}: versions run 1, 2, 3 … without gaps or duplicates`);
    migrations.push({ version, name: file.replace(/\.sql$/, ""), sql: await readFile(new URL(file, dir), "utf8") });
  }
  return migrations;
}

/** Raised when the database was migrated by a newer release than this one. */
export class SchemaTooNewError extends Error {
  readonly code = "db_version_unsupported";
  constructor(
    readonly version: number,
    readonly known: number,
  ) {
    super(`The database has schema version ${version}, newer than this release understands (${known}); upgrade the assistant or point DATABASE_URL at another database.`);
    this.name = "SchemaTooNewError";
  }
}

/** What migrate() did. */
export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Brings the database up to the newest migration. `transaction` runs its callback in one
 * transaction, so the version bump and the schema change commit together.
 */
export async function migrate(transaction: <T>(fn: (q: Queryable) => Promise<T>) => Promise<T>, migrations?: SqlMigration[]): Promise<MigrationResult> {
  const steps = migrations ?? (await loadMigrations());
  const known = steps.at(-1)?.version ?? 0;
  return transaction(async (q) => {
    // Held until commit: a replica starting at the same moment waits here, then finds nothing to do.
    await q.query("SELECT pg_advisory_xact_lock($1, $2)", [LOCK_NAMESPACE, MIGRATION_LOCK]);
    await q.query("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const { rows } = await q.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
    const from = rows[0]?.v ?? 0;
    if (from > known) throw new SchemaTooNewError(from, known);
    const applied: string[] = [];
    for (const step of steps.filter((m) => m.version > from)) {
      await q.query(step.sql);
      await q.query("INSERT INTO schema_version (version, name) VALUES ($1, $2)", [step.version, step.name]);
      applied.push(step.name);
    }
    return { from, to: Math.max(from, known), applied };
  });
}
