/**
 * The request memory's journal: every request the lowdb store claims is appended, as one JSON
 * line, to `<db>.requests.jsonl` before the claim returns. One small synchronous append is all a
 * request waits for before it is acknowledged; writing the whole database file (a copy of every
 * record, a temporary file, a rename, each a trip through libuv's thread pool that queues behind
 * every request the event loop is reading) follows when the group commit next writes. A process killed
 * in between loses nothing: the next open reads the journal back into the file.
 *
 * Just before each group commit copies the database, the journal is set aside as
 * `<db>.requests.jsonl.old` and a fresh one started; once that write has succeeded, the old one
 * (whose every line the written copy holds) is deleted, unless a later write has set aside a
 * newer one meanwhile. After a failed write it stays, and is deleted after the next successful one. Appends go to the page cache, as the database file's
 * writes do: they survive the process, not the machine.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { requestEntrySchema, type Database } from "./schema.js";

type RequestEntry = Database["requests"][number];

export interface RequestJournal {
  /**
   * Appends a claimed request; once it returns, the claim survives a crash of this process.
   * @throws when the journal cannot be written (the claim must then not be acknowledged).
   */
  append(entry: RequestEntry): void;
  /**
   * Call right before the database is copied for a write: starts a fresh journal. Call
   * `written()` once that write has succeeded: the journal it covers is deleted.
   */
  rotate(): { written(): Promise<void> };
  close(): void;
}

/** The journal's path beside the database file. */
export const requestJournalOf = (file: string) => `${file}.requests.jsonl`;
const oldJournalOf = (file: string) => `${requestJournalOf(file)}.old`;

/**
 * The claims in the journals beside `file` (the set-aside one first), one per key, the later
 * claim of a key winning; `skipped` counts lines that are not a whole request entry (the last
 * line of a process killed mid-append).
 */
export async function readRequestJournal(file: string): Promise<{ entries: RequestEntry[]; skipped: number }> {
  const byKey = new Map<string, RequestEntry>();
  let skipped = 0;
  for (const path of [oldJournalOf(file), requestJournalOf(file)]) {
    const text = await readFile(path, "utf8").catch((err: { code?: string }) => {
      if (err.code === "ENOENT") return "";
      throw err;
    });
    for (const line of text.split("\n")) {
      if (!line) continue;
      let parsed: ReturnType<typeof requestEntrySchema.safeParse>;
      try {
        parsed = requestEntrySchema.safeParse(JSON.parse(line));
      } catch {
        skipped++;
        continue;
      }
      if (!parsed.success) {
        skipped++;
        continue;
      }
      const previous = byKey.get(parsed.data.key);
      if (!previous || previous.claimedAt <= parsed.data.claimedAt) byKey.set(parsed.data.key, parsed.data);
    }
  }
  return { entries: [...byKey.values()], skipped };
}

/**
 * Merges journaled claims into the database's request memory: a claim the file lacks is added;
 * of a claim the file has, the file's copy is kept (it may be settled), unless the journal's is a
 * later claim of the same key.
 */
export function mergeJournaled(requests: RequestEntry[], journaled: RequestEntry[]): RequestEntry[] {
  const merged = [...requests];
  for (const entry of journaled) {
    const i = merged.findIndex((r) => r.key === entry.key);
    if (i < 0) merged.push(entry);
    else if (merged[i].claimedAt < entry.claimedAt) merged[i] = entry;
  }
  return merged;
}

/**
 * Starts an empty journal beside `file`. Call once the database file holds what the journals
 * beside it held (read with readRequestJournal and written).
 */
export async function openRequestJournal(file: string): Promise<RequestJournal> {
  const path = requestJournalOf(file);
  const old = oldJournalOf(file);
  await rm(old, { force: true });
  await rm(path, { force: true });
  let fd: number | undefined = openSync(path, "a");
  let appended = 0;
  // Which set-aside journal is current: a write that ends after a later rotation must not delete
  // the newer one (the deletion is synchronous, so it never races a rotation).
  let generation = 0;
  let oldPending = false;
  return {
    append(entry) {
      if (fd === undefined) throw new Error(`the request journal ${path} is closed`);
      const line = Buffer.from(`${JSON.stringify(entry)}\n`, "utf8");
      for (let at = 0; at < line.length; ) at += writeSync(fd, line, at);
      appended += line.length;
    },
    rotate() {
      if (fd !== undefined && appended > 0 && !oldPending) {
        closeSync(fd);
        try {
          renameSync(path, old);
        } finally {
          // Appends go on, to the set-aside path's successor or, when the rename failed, the same file.
          fd = openSync(path, "a");
        }
        appended = 0;
        generation++;
        oldPending = true;
      }
      const covers = oldPending ? generation : undefined;
      return {
        async written() {
          if (covers === undefined || covers !== generation || !oldPending) return;
          rmSync(old, { force: true });
          oldPending = false;
        },
      };
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
