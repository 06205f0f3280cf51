/**
 * Reading a database file that may be damaged: a byte-order mark is ignored, JSON that does not
 * parse (a truncated write, a disk that filled up) is reported, and records are validated one by
 * one so that one bad record is set aside instead of the whole file.
 */
import { readFile } from "node:fs/promises";
import { CURRENT_VERSION, emptyDatabase, recordSchemas, type Database } from "./schema.js";

/** What reading a database file found. */
export type FileRead = { kind: "missing" } | { kind: "ok"; raw: Record<string, unknown> } | { kind: "bad"; reason: string };

/** A record that failed its schema, kept for the operator. */
export interface RejectedRecord {
  list: string;
  index: number;
  reason: string;
  record: unknown;
}

/** Reads and parses `file`; never throws for bad content (only for I/O errors other than a missing file). */
export async function readDatabaseFile(file: string): Promise<FileRead> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw err;
  }
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse rejects it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { kind: "bad", reason: "empty file" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { kind: "bad", reason: `not valid JSON: ${(err as Error).message}` };
  }
  if (raw === null) return { kind: "bad", reason: "holds JSON null instead of a database object" };
  if (typeof raw !== "object" || Array.isArray(raw)) return { kind: "bad", reason: "not a JSON object" };
  return { kind: "ok", raw: raw as Record<string, unknown> };
}

/**
 * Keeps every record of a (migrated) database that matches its schema and returns the others
 * apart. A list that is missing is empty; a list that is not a list is rejected whole.
 */
export function salvageRecords(data: Record<string, unknown>): { data: Database; rejected: RejectedRecord[] } {
  const db = emptyDatabase();
  const rejected: RejectedRecord[] = [];
  for (const [list, schema] of Object.entries(recordSchemas) as [keyof typeof recordSchemas, (typeof recordSchemas)[keyof typeof recordSchemas]][]) {
    const value = data[list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      rejected.push({ list, index: -1, reason: "not a list", record: value });
      continue;
    }
    const kept: unknown[] = [];
    value.forEach((record, index) => {
      const parsed = schema.safeParse(record);
      if (parsed.success) kept.push(parsed.data);
      else {
        const issue = parsed.error.issues[0];
        rejected.push({ list, index, reason: `${issue.path.join(".") || "(record)"}: ${issue.message}`, record });
      }
    });
    (db as unknown as Record<string, unknown[]>)[list] = kept;
  }
  db.version = CURRENT_VERSION;
  return { data: db, rejected };
}
