/**
 * The Store on lowdb: one JSON file, written atomically (lowdb's steno writer writes a temporary
 * file next to it and renames it over the old one), owned by one process through a lock file.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import type { ConversationRef } from "../core/types.js";
import type { Logger } from "../core/log.js";
import type { DigestLogEntry, Store, Subscription } from "./types.js";
import { acquireLock, type FileLock } from "./lock.js";
import { migrate, UnsupportedVersionError } from "./migrations.js";
import { CURRENT_VERSION, databaseSchema, emptyDatabase, type Database } from "./schema.js";

/** Options of createStore. */
export interface StoreConfig {
  /** Path of the JSON file (AppConfig.dbFile, from DB_FILE). Its folder is created if missing. */
  file: string;
  logger: Logger;
  /** Clock for timestamps (tests inject one). */
  now?: () => Date;
  /** Digest log entries, questions asked, and threads quiet, older than this many days are dropped on open. Default 120. */
  keepLogDays?: number;
}

/** What happened to a file that could not be used as it was. */
export interface RecoveredFile {
  reason: string;
  /** Where the unusable file was moved: `<file>.corrupt-<timestamp>`. */
  movedTo: string;
}

/** The lowdb store: the Store contract plus what the operator and the scheduler need to see. */
export interface LowdbStore extends Store {
  readonly file: string;
  /** Set when the file was corrupt or unreadable and was moved aside; the store started empty. */
  readonly recovered?: RecoveredFile;
  /** Set when the file had an older layout and was migrated (a copy is kept as `<file>.bak-v<n>`). */
  readonly migratedFrom?: number;
  /** The digest log, optionally of one subscription. */
  digestLog(subscriptionId?: string): Promise<DigestLogEntry[]>;
}

/** Raised by any call after close(). */
export class StoreClosedError extends Error {
  readonly code = "db_closed";
  constructor(file: string) {
    super(`The store for ${file} is closed`);
    this.name = "StoreClosedError";
  }
}

const sameConversation = (a: { platform: string; id: string }, platform: string, id: string) => a.platform === platform && a.id === id;

/**
 * Opens (creating if needed) the database file, taking the process lock, migrating older layouts
 * and moving a corrupt file aside.
 * @throws StoreLockedError when another live process owns the file.
 * @throws UnsupportedVersionError when the file is from a newer release.
 */
export async function createStore(config: StoreConfig): Promise<LowdbStore> {
  const { file, logger } = config;
  const now = config.now ?? (() => new Date());
  await mkdir(dirname(file), { recursive: true });
  const lock = await acquireLock(file);
  if (lock.tookOver) logger.warn("took over a stale database lock", { file, lockFile: lock.lockFile, deadPid: lock.tookOver.pid });
  try {
    return await openLocked(config, lock, now);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

async function openLocked(config: StoreConfig, lock: FileLock, now: () => Date): Promise<LowdbStore> {
  const { file, logger } = config;
  const adapter = new JSONFile<Database>(file);
  const db = new Low<Database>(adapter, emptyDatabase());
  let recovered: RecoveredFile | undefined;
  let migratedFrom: number | undefined;

  const moveAside = async (reason: string) => {
    const movedTo = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, "-")}`;
    await rename(file, movedTo);
    recovered = { reason, movedTo };
    logger.warn("database file unusable; moved aside and started empty", { file, movedTo, reason });
  };

  let raw: unknown = null;
  let readable = true;
  try {
    raw = await adapter.read();
  } catch (err) {
    readable = false;
    await moveAside(err instanceof SyntaxError ? `not valid JSON: ${err.message}` : `unreadable: ${(err as Error).message}`);
  }

  // lowdb reads a file holding JSON null as "no file"; it must not be overwritten unseen.
  if (readable && raw === null && existsSync(file)) await moveAside("holds JSON null instead of a database object");
  else if (readable && raw !== null) {
    if (typeof raw !== "object" || Array.isArray(raw)) {
      await moveAside("not a JSON object");
    } else {
      let migrated: { data: Record<string, unknown>; from: number } | undefined;
      try {
        migrated = migrate(raw as Record<string, unknown>);
      } catch (err) {
        if (err instanceof UnsupportedVersionError) throw err;
        await moveAside(`migration failed: ${(err as Error).message}`);
      }
      if (migrated) {
        const parsed = databaseSchema.safeParse(migrated.data);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          await moveAside(`does not match the version ${CURRENT_VERSION} schema: ${first.path.join(".")}: ${first.message}`);
        } else {
          db.data = parsed.data;
          if (migrated.from < CURRENT_VERSION) {
            migratedFrom = migrated.from;
            await copyFile(file, `${file}.bak-v${migrated.from}`);
            logger.info("database migrated", { file, from: migrated.from, to: CURRENT_VERSION, backup: `${file}.bak-v${migrated.from}` });
          }
        }
      }
    }
  }

  const keepDays = config.keepLogDays ?? 120;
  const cutoff = new Date(now().getTime() - keepDays * 86_400_000).toISOString().slice(0, 10);
  db.data.digestLog = db.data.digestLog.filter((e) => e.localDate >= cutoff);
  // A thread quiet for as long is not followed up any more; forget it so the file stays small.
  db.data.threads = db.data.threads.filter((t) => t.updatedAt.slice(0, 10) >= cutoff);
  db.data.questions = db.data.questions.filter((q) => q.at.slice(0, 10) >= cutoff);
  await db.write();

  let closed = false;
  const pending = new Set<Promise<void>>();
  const data = () => {
    if (closed) throw new StoreClosedError(file);
    return db.data;
  };
  /** Applies a change and writes it; on a failed write the change is undone so memory matches the file. */
  const mutate = async <T>(fn: (d: Database) => T): Promise<T> => {
    const before = structuredClone(data());
    const result = fn(db.data);
    const write = db.write();
    pending.add(write);
    try {
      await write;
    } catch (err) {
      db.data = before;
      throw err;
    } finally {
      pending.delete(write);
    }
    return result;
  };
  const stamp = () => now().toISOString();
  const findEntry = (d: Database, subscriptionId: string, localDate: string) =>
    d.digestLog.find((e) => e.subscriptionId === subscriptionId && e.localDate === localDate);

  const findThread = (d: Database, platform: string, conversationId: string, thread: string) =>
    d.threads.find((t) => t.platform === platform && t.conversationId === conversationId && t.thread === thread);

  const store: LowdbStore = {
    file,
    recovered,
    migratedFrom,
    async listSubscriptions() {
      return structuredClone(data().subscriptions);
    },
    async subscribe(sub) {
      return mutate((d) => {
        const existing = d.subscriptions.find((s) => sameConversation(s.conversation, sub.conversation.platform, sub.conversation.id) && s.body === sub.body);
        // Subscribing from a conversation proves the assistant is back in it.
        d.unreachable = d.unreachable.filter((u) => !(u.platform === sub.conversation.platform && u.conversationId === sub.conversation.id));
        if (existing) {
          // Keep the id so that today's digest, if already claimed, is not posted again.
          Object.assign(existing, { ...sub, id: existing.id, createdAt: existing.createdAt });
          return structuredClone(existing);
        }
        const created: Subscription = { ...structuredClone(sub), id: randomUUID(), createdAt: stamp() };
        d.subscriptions.push(created);
        return structuredClone(created);
      });
    },
    async unsubscribe(conversation: ConversationRef, body?: string) {
      return mutate((d) => {
        const before = d.subscriptions.length;
        d.subscriptions = d.subscriptions.filter(
          (s) => !(sameConversation(s.conversation, conversation.platform, conversation.id) && (body === undefined || s.body === body)),
        );
        return before - d.subscriptions.length;
      });
    },
    async subscriptionsFor(conversation) {
      return structuredClone(data().subscriptions.filter((s) => sameConversation(s.conversation, conversation.platform, conversation.id)));
    },
    async saveConversationReference(platform, conversationId, reference) {
      await mutate((d) => {
        const entry = { platform, conversationId, reference: structuredClone(reference), updatedAt: stamp() };
        const i = d.conversationReferences.findIndex((r) => r.platform === platform && r.conversationId === conversationId);
        if (i >= 0) d.conversationReferences[i] = entry;
        else d.conversationReferences.push(entry);
        // A conversation that talks to the bot again (re-added after removal) is reachable again.
        d.unreachable = d.unreachable.filter((u) => !(u.platform === platform && u.conversationId === conversationId));
      });
    },
    async conversationReference(platform, conversationId) {
      const entry = data().conversationReferences.find((r) => r.platform === platform && r.conversationId === conversationId);
      return entry ? structuredClone(entry.reference) : undefined;
    },
    async markUnreachable(platform, conversationId, reason) {
      await mutate((d) => {
        d.unreachable = d.unreachable.filter((u) => !(u.platform === platform && u.conversationId === conversationId));
        d.unreachable.push({ platform, conversationId, reason, at: stamp() });
      });
    },
    async isUnreachable(platform, conversationId) {
      return data().unreachable.some((u) => u.platform === platform && u.conversationId === conversationId);
    },
    async claimDigest(subscriptionId, localDate) {
      // The check and the claim happen in one synchronous step, so two timers of this process can
      // never both win; the lock keeps other processes out of the file.
      const current = findEntry(data(), subscriptionId, localDate);
      if (current && current.status !== "failed") return false;
      await mutate((d) => {
        const entry = findEntry(d, subscriptionId, localDate);
        if (entry) Object.assign(entry, { status: "claimed", attempts: entry.attempts + 1, claimedAt: stamp(), completedAt: undefined });
        else d.digestLog.push({ subscriptionId, localDate, status: "claimed", attempts: 1, claimedAt: stamp() });
      });
      return true;
    },
    async completeDigest(subscriptionId, localDate, outcome, detail) {
      await mutate((d) => {
        const entry = findEntry(d, subscriptionId, localDate);
        const fields = { status: outcome, completedAt: stamp(), ...(detail !== undefined ? { detail } : {}) };
        if (entry) Object.assign(entry, fields);
        else d.digestLog.push({ subscriptionId, localDate, attempts: 1, claimedAt: stamp(), ...fields });
      });
    },
    async digestLog(subscriptionId) {
      return structuredClone(data().digestLog.filter((e) => subscriptionId === undefined || e.subscriptionId === subscriptionId));
    },
    async digestEntry(subscriptionId, localDate) {
      const entry = findEntry(data(), subscriptionId, localDate);
      return entry ? structuredClone(entry) : undefined;
    },
    async recordFeedback(feedback) {
      await mutate((d) => {
        d.feedback.push(structuredClone(feedback));
      });
    },
    async listFeedback(since) {
      return structuredClone(data().feedback.filter((f) => since === undefined || f.at >= since));
    },
    async setFeedbackReason(id, reason) {
      const found = data().feedback.some((f) => f.id === id);
      if (found)
        await mutate((d) => {
          for (const f of d.feedback) if (f.id === id) f.reason = reason;
        });
      return found;
    },
    async recordQuestion(question) {
      await mutate((d) => {
        d.questions.push(structuredClone(question));
      });
    },
    async listQuestions(since) {
      return structuredClone(data().questions.filter((q) => since === undefined || q.at >= since));
    },
    async thread(platform, conversationId, thread) {
      const entry = findThread(data(), platform, conversationId, thread);
      return entry ? structuredClone(entry) : undefined;
    },
    async saveThread(platform, conversationId, thread, context) {
      await mutate((d) => {
        const entry = findThread(d, platform, conversationId, thread);
        if (entry) Object.assign(entry, { context: { ...entry.context, ...context }, updatedAt: stamp() });
        else d.threads.push({ platform, conversationId, thread, context: { ...context }, updatedAt: stamp() });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...pending]);
      await lock.release();
    },
  };
  return store;
}

/**
 * Reads the database file without taking the lock or writing, for reports while the assistant
 * runs (lowdb allows one writer; readers see the last complete write, as the writer renames
 * a finished temporary file over it). A missing file reads as empty.
 */
export async function readStoreSnapshot(file: string): Promise<Pick<Store, "listQuestions" | "listFeedback">> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    if ((err as { code?: string }).code !== "ENOENT") throw new Error(`${file} cannot be read: ${(err as Error).message}`);
    raw = emptyDatabase();
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${file} is not a database file`);
  const parsed = databaseSchema.safeParse(migrate(raw as Record<string, unknown>).data);
  if (!parsed.success) throw new Error(`${file} does not match the version ${CURRENT_VERSION} schema: ${parsed.error.issues[0]?.message}`);
  const d = parsed.data;
  return {
    listQuestions: async (since) => d.questions.filter((q) => since === undefined || q.at >= since),
    listFeedback: async (since) => d.feedback.filter((f) => since === undefined || f.at >= since),
  };
}
