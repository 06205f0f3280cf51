/**
 * The Store on lowdb: one JSON file, written atomically (lowdb's steno writer writes a temporary
 * file next to it and renames it over the old one), owned by one process through a lock file.
 * Claimed requests are also appended to a journal beside it (see request-journal.ts), so that a
 * request is stored before it is acknowledged without waiting for the whole file to be written.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Low } from "lowdb";
import { TextFile } from "lowdb/node";
import type { ConversationRef } from "../core/types.js";
import type { Logger } from "../core/log.js";
import type { DigestClaim, DigestLogEntry, EventClaim, Feedback, Store, Subscription } from "./types.js";
import { acquireLock, type FileLock } from "./lock.js";
import { StoreClosedError } from "./errors.js";
import { migrate, UnsupportedVersionError } from "./migrations.js";
import { CURRENT_VERSION, databaseSchema, emptyDatabase, type Database } from "./schema.js";
import { readDatabaseFile, salvageRecords } from "./salvage.js";
import { mergeJournaled, openRequestJournal, readRequestJournal } from "./request-journal.js";

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
  /** Where the unusable file was moved: `<file>.corrupt-<timestamp>` ("" when it was missing). */
  movedTo: string;
  /** The last good copy the data was restored from; absent when the store started empty. */
  restoredFrom?: string;
}

/** Records that failed validation on open and were set aside. */
export interface RejectedRecords {
  count: number;
  /** `<file>.rejected-<timestamp>.json`, holding each record with its list, index and reason. */
  file: string;
  /** The first few, as "list[index] field: problem". */
  reasons: string[];
}

/** The lowdb store: the Store contract plus what the operator and the scheduler need to see. */
export interface LowdbStore extends Store {
  readonly file: string;
  /** Set when the file was corrupt, unreadable or missing: restored from the last good copy, or started empty. */
  readonly recovered?: RecoveredFile;
  /** Set when some records failed validation and were set aside (the others were kept). */
  readonly rejected?: RejectedRecords;
  /** Set when the file had an older layout and was migrated (a copy is kept as `<file>.bak-v<n>`). */
  readonly migratedFrom?: number;
  /** The digest log, optionally of one subscription. */
  digestLog(subscriptionId?: string): Promise<DigestLogEntry[]>;
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

/** Writes the database, then the same text to the last-good copy (both atomically, by rename). */
class MirroredJsonFile {
  private readonly main: TextFile;
  private readonly copy: TextFile;
  private copying: Promise<void> = Promise.resolve();
  constructor(file: string, copyPath: string) {
    this.main = new TextFile(file);
    this.copy = new TextFile(copyPath);
  }
  async read(): Promise<Database | null> {
    return null; // read by openLocked, which validates record by record
  }
  async write(data: Database): Promise<void> {
    const text = JSON.stringify(data, null, 2);
    await this.main.write(text);
    // The copy only guards against damage done to the file from outside: it follows the file
    // without holding up the caller, and losing it is not an error.
    this.copying = this.copying.then(() => this.copy.write(text)).catch(() => undefined);
  }
  /** Resolves once the copy has caught up. */
  settled(): Promise<void> {
    return this.copying;
  }
}

/** Where the last successfully written content of `file` is kept. */
export const lastGoodCopyOf = (file: string) => `${file}.last-good`;

async function openLocked(config: StoreConfig, lock: FileLock, now: () => Date): Promise<LowdbStore> {
  const { file, logger } = config;
  const copyPath = lastGoodCopyOf(file);
  const mirrored = new MirroredJsonFile(file, copyPath);
  const db = new Low<Database>(mirrored, emptyDatabase());
  let recovered: RecoveredFile | undefined;
  let migratedFrom: number | undefined;
  let rejected: RejectedRecords | undefined;
  const stampName = () => now().toISOString().replace(/[:.]/g, "-");

  const moveAside = async (reason: string) => {
    const movedTo = `${file}.corrupt-${stampName()}`;
    await rename(file, movedTo);
    return movedTo;
  };

  /** The file's content, or failing that the last good copy's; undefined for a fresh database. */
  const readWithFallback = async (): Promise<Record<string, unknown> | undefined> => {
    const read = await readDatabaseFile(file);
    if (read.kind === "ok") return read.raw;
    const copy = await readDatabaseFile(copyPath);
    if (read.kind === "missing") {
      if (copy.kind !== "ok") return undefined;
      recovered = { reason: "the database file is missing", movedTo: "", restoredFrom: copyPath };
      logger.warn("database file missing; restored from the last good copy", { file, copy: copyPath });
      return copy.raw;
    }
    const movedTo = await moveAside(read.reason);
    recovered = { reason: read.reason, movedTo, ...(copy.kind === "ok" ? { restoredFrom: copyPath } : {}) };
    if (copy.kind === "ok") {
      logger.warn("database file unusable; moved aside and restored from the last good copy", { file, movedTo, reason: read.reason, copy: copyPath });
      return copy.raw;
    }
    logger.error("database file unusable and no good copy; moved aside and started empty", { file, movedTo, reason: read.reason });
    return undefined;
  };

  const raw = await readWithFallback();
  if (raw) {
    let migrated: { data: Record<string, unknown>; from: number };
    try {
      migrated = migrate(raw);
    } catch (err) {
      if (err instanceof UnsupportedVersionError) throw err;
      // An unreadable version number is one bad field: the records may still be good.
      migrated = { data: { ...raw, version: CURRENT_VERSION }, from: CURRENT_VERSION };
      logger.warn("database version unreadable; reading its records as the current version", { file, error: (err as Error).message });
    }
    const salvaged = salvageRecords(migrated.data);
    db.data = salvaged.data;
    if (salvaged.rejected.length) {
      const setAside = `${file}.rejected-${stampName()}.json`;
      await writeFile(setAside, JSON.stringify(salvaged.rejected, null, 2));
      rejected = { count: salvaged.rejected.length, file: setAside, reasons: salvaged.rejected.slice(0, 5).map((r) => `${r.list}[${r.index}] ${r.reason}`) };
      logger.warn("database records failed validation; set aside, the others kept", { file, count: rejected.count, setAside: rejected.file, reasons: rejected.reasons });
    }
    if (migrated.from < CURRENT_VERSION && existsSync(file)) {
      migratedFrom = migrated.from;
      await copyFile(file, `${file}.bak-v${migrated.from}`);
      logger.info("database migrated", { file, from: migrated.from, to: CURRENT_VERSION, backup: `${file}.bak-v${migrated.from}` });
    }
  }

  const keepDays = config.keepLogDays ?? 120;
  const cutoff = new Date(now().getTime() - keepDays * 86_400_000).toISOString().slice(0, 10);
  db.data.digestLog = db.data.digestLog.filter((e) => e.localDate >= cutoff);
  db.data.seenEvents = db.data.seenEvents.filter((e) => e.expiresAt > now().toISOString());
  // Requests claimed by a process that died before its file was written come back from the journal.
  const journaled = await readRequestJournal(file);
  db.data.requests = mergeJournaled(db.data.requests, journaled.entries);
  if (journaled.skipped) logger.warn("request journal lines unreadable; skipped", { file, skipped: journaled.skipped });
  db.data.requests = db.data.requests.filter((r) => r.expiresAt > now().toISOString());
  // A thread quiet for as long is not followed up any more; forget it so the file stays small.
  db.data.threads = db.data.threads.filter((t) => t.updatedAt.slice(0, 10) >= cutoff);
  db.data.questions = db.data.questions.filter((q) => q.at.slice(0, 10) >= cutoff);
  await db.write();
  // The file now holds what the journal held.
  const journal = await openRequestJournal(file);
  // Claims of events carry this open's token: one left by an earlier, dead process is not ours
  // and may be taken over (the file lock guarantees that process is gone).
  const instance = randomUUID();

  let closed = false;
  const pending = new Set<Promise<void>>();
  const data = () => {
    if (closed) throw new StoreClosedError(file);
    return db.data;
  };
  // The delivery claims by id: every delivery claims, marks and completes one, and a lookup must
  // not read through every claim of the last hour. Built from the list when first needed, and
  // again after a change that replaced the list.
  type SeenEvent = Database["seenEvents"][number];
  let eventIndex: Map<string, SeenEvent> | undefined;
  const seenEvent = (id: string): SeenEvent | undefined => {
    eventIndex ??= new Map(data().seenEvents.map((e) => [e.id, e]));
    return eventIndex.get(id);
  };
  // The same for the request memory, which every incoming request reads and adds to.
  type RequestEntry = Database["requests"][number];
  let requestIndex: Map<string, RequestEntry> | undefined;
  const requestEntry = (key: string): RequestEntry | undefined => {
    requestIndex ??= new Map(data().requests.map((r) => [r.key, r]));
    return requestIndex.get(key);
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
      eventIndex = undefined;
      requestIndex = undefined;
      throw err;
    } finally {
      pending.delete(write);
    }
    return result;
  };
  // Group commit for the request memory, written on every incoming request: changes made while a
  // write is under way share the next one, so a burst of requests costs a few writes, not one each.
  let writing: Promise<void> | undefined;
  let nextWrite: Promise<void> | undefined;
  const writeSoon = (): Promise<void> => {
    if (nextWrite) return nextWrite;
    const run = async () => {
      await writing?.catch(() => undefined);
      nextWrite = undefined;
      // The write below copies everything journaled so far (the copy is taken synchronously).
      const covered = journal.rotate();
      const w = db.write();
      writing = w;
      pending.add(w);
      try {
        await w;
        await covered.written();
      } finally {
        pending.delete(w);
        if (writing === w) writing = undefined;
      }
    };
    nextWrite = run();
    return nextWrite;
  };
  /** A change written with the following batched commit; undone alone if that write fails. */
  const change = async (apply: (d: Database) => void, undo: (d: Database) => void): Promise<void> => {
    apply(data());
    try {
      await writeSoon();
    } catch (err) {
      undo(db.data);
      throw err;
    }
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
    rejected,
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
      // never both win; the lock keeps other processes out of the file, so a claim of another
      // instance is one of a process that is gone.
      const current = findEntry(data(), subscriptionId, localDate);
      const abandoned = current !== undefined && (current.status === "claimed" || current.status === "posting") && current.owner !== undefined && current.owner !== instance;
      if (current && current.status !== "failed" && !abandoned) return "taken" satisfies DigestClaim;
      const unconfirmed = abandoned && current.status === "posting";
      await mutate((d) => {
        const entry = findEntry(d, subscriptionId, localDate);
        const status = unconfirmed ? "posting" : "claimed";
        if (entry) Object.assign(entry, { status, owner: instance, attempts: entry.attempts + 1, claimedAt: stamp(), completedAt: undefined });
        else d.digestLog.push({ subscriptionId, localDate, status, owner: instance, attempts: 1, claimedAt: stamp() });
      });
      return (unconfirmed ? "unconfirmed" : "claimed") satisfies DigestClaim;
    },
    async markDigestPosting(subscriptionId, localDate) {
      const entry = findEntry(data(), subscriptionId, localDate);
      if (!entry || entry.owner !== instance || entry.status !== "claimed") return;
      await change(
        () => void (entry.status = "posting"),
        () => void (entry.status = "claimed"),
      );
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
      return data()
        .digestLog.filter((e) => subscriptionId === undefined || e.subscriptionId === subscriptionId)
        .map(publicEntry);
    },
    async digestEntry(subscriptionId, localDate) {
      const entry = findEntry(data(), subscriptionId, localDate);
      return entry ? publicEntry(entry) : undefined;
    },
    async claimEvent(eventId, ttlMs) {
      const at = stamp();
      const events = data().seenEvents;
      // Expired claims go when they reach the front (the list is in claim order, expiry nearly so).
      while (events.length > 0 && events[0].expiresAt <= at) {
        const gone = events.shift()!;
        if (seenEvent(gone.id) === gone) eventIndex!.delete(gone.id);
      }
      const known = seenEvent(eventId);
      const current = known && known.expiresAt > at ? known : undefined;
      if (current?.status === "done") return "done" satisfies EventClaim;
      if (current && current.owner === instance) return "busy" satisfies EventClaim;
      // Another instance's claim is one of a process that is gone (the file lock): taken over.
      const unconfirmed = current?.status === "posting";
      const entry = { id: eventId, owner: instance, status: unconfirmed ? ("posting" as const) : ("claimed" as const), expiresAt: new Date(now().getTime() + ttlMs).toISOString() };
      // Written with the group commit, like the request memory: every delivery claims and
      // completes an event, and a burst must not copy the whole database per claim.
      await change(
        (d) => {
          if (known) d.seenEvents = d.seenEvents.filter((e) => e !== known);
          d.seenEvents.push(entry);
          if (eventIndex) eventIndex.set(eventId, entry);
        },
        (d) => {
          d.seenEvents = [...d.seenEvents.filter((e) => e !== entry), ...(known ? [known] : [])];
          eventIndex = undefined;
        },
      );
      return (unconfirmed ? "unconfirmed" : "claimed") satisfies EventClaim;
    },
    async markEventPosting(eventId) {
      const entry = seenEvent(eventId);
      if (!entry || entry.owner !== instance || entry.status !== "claimed") return;
      await change(
        () => void (entry.status = "posting"),
        () => void (entry.status = "claimed"),
      );
    },
    async completeEvent(eventId) {
      const entry = seenEvent(eventId);
      if (!entry || entry.owner !== instance || entry.status === "done") return;
      const before = entry.status;
      await change(
        () => void (entry.status = "done"),
        () => void (entry.status = before),
      );
    },
    async health() {
      return closed ? { kind: "lowdb" as const, ok: false, error: "closed" } : { kind: "lowdb" as const, ok: true };
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
    // Every answer records its question and saves its thread: written with the group commit, so
    // a burst of answers costs a few writes of the file, not two copies and two writes each.
    async recordQuestion(question) {
      const recorded = structuredClone(question);
      await change(
        (d) => void d.questions.push(recorded),
        (d) => void (d.questions = d.questions.filter((q) => q !== recorded)),
      );
    },
    async listQuestions(since) {
      return structuredClone(data().questions.filter((q) => since === undefined || q.at >= since));
    },
    async thread(platform, conversationId, thread) {
      const entry = findThread(data(), platform, conversationId, thread);
      return entry ? structuredClone(entry) : undefined;
    },
    async saveThread(platform, conversationId, thread, context) {
      const entry = findThread(data(), platform, conversationId, thread);
      if (entry) {
        const before = { context: entry.context, updatedAt: entry.updatedAt };
        await change(
          () => void Object.assign(entry, { context: { ...entry.context, ...context }, updatedAt: stamp() }),
          () => void Object.assign(entry, before),
        );
        return;
      }
      const created = { platform, conversationId, thread, context: { ...context }, updatedAt: stamp() };
      await change(
        (d) => void d.threads.push(created),
        (d) => void (d.threads = d.threads.filter((t) => t !== created)),
      );
    },
    async claimRequest(key, expiresAt, payload) {
      const at = stamp();
      // Checked and taken in one synchronous step, like claimDigest: of two simultaneous claims one wins.
      const requests = data().requests;
      const known = requestEntry(key);
      if (known && known.expiresAt > at) return false;
      // Expired ids go when they reach the front (the list is in claim order, expiry nearly so).
      while (requests.length > 0 && requests[0].expiresAt <= at && requests[0].payload === undefined) {
        const gone = requests.shift()!;
        if (requestEntry(gone.key) === gone) requestIndex!.delete(gone.key);
      }
      const entry = { key, claimedAt: at, expiresAt: expiresAt.toISOString(), ...(payload !== undefined ? { payload: structuredClone(payload) } : {}) };
      // Stored once in the journal (one small append, no wait for the whole file): a process
      // restarted after a crash reads it back. The file follows when the group commit next writes it.
      journal.append(entry);
      const d = data();
      if (known) d.requests = d.requests.filter((r) => r !== known);
      d.requests.push(entry);
      requestIndex!.set(key, entry);
      writeSoon().catch((err: Error) => logger.warn("database not written; the request journal keeps the claimed requests", { file, error: err.message }));
      return true;
    },
    async settleRequest(key) {
      const entry = requestEntry(key);
      if (!entry || entry.payload === undefined) return;
      const payload = entry.payload;
      await change(
        () => delete entry.payload,
        () => void (entry.payload = payload),
      );
    },
    async pendingRequests() {
      const at = stamp();
      return data()
        .requests.filter((r) => r.payload !== undefined && r.expiresAt > at)
        .map((r) => ({ key: r.key, claimedAt: r.claimedAt, payload: structuredClone(r.payload) }));
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...pending, nextWrite]);
      journal.close();
      await mirrored.settled();
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

/** A digest log entry as the Store contract shows it: a copy, without the claiming instance. */
function publicEntry(entry: Database["digestLog"][number]): DigestLogEntry {
  const { owner: _owner, ...rest } = structuredClone(entry);
  return rest;
}
