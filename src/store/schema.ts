/**
 * The database file's shape, validated with zod on every open. `version` names the shape; older
 * shapes are brought forward by the migrations in ./migrations.ts before validation.
 */
import { z } from "zod";

/** The shape this code writes. Bump it together with a new migration. */
export const CURRENT_VERSION = 1;

const platform = z.enum(["slack", "teams", "console", "cli"]);

export const conversationRefSchema = z.object({
  platform,
  id: z.string().min(1),
  thread: z.string().optional(),
  user: z.string().optional(),
  team: z.string().optional(),
});

export const subscriptionSchema = z.object({
  id: z.string().min(1),
  conversation: conversationRefSchema,
  body: z.string().min(1),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  timeZone: z.string().min(1),
  daysBefore: z.number().int().min(0).max(30),
  createdAt: z.string(),
  createdBy: z.string().optional(),
  lang: z.enum(["en", "zh"]).optional(),
});

export const conversationReferenceEntrySchema = z.object({
  platform,
  conversationId: z.string(),
  reference: z.unknown(),
  updatedAt: z.string(),
});

export const unreachableEntrySchema = z.object({
  platform,
  conversationId: z.string(),
  reason: z.string(),
  at: z.string(),
});

/**
 * One digest of one subscription for one local date (see Store.claimDigest). `owner` is the store
 * instance that claimed it; entries written before owners were kept have none, and are never
 * taken over.
 */
export const digestLogEntrySchema = z.object({
  subscriptionId: z.string(),
  localDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: z.enum(["claimed", "posting", "sent", "skipped", "failed"]),
  owner: z.string().optional(),
  attempts: z.number().int().min(1),
  claimedAt: z.string(),
  completedAt: z.string().optional(),
  detail: z.string().optional(),
});

export const feedbackSchema = z.object({
  conversation: conversationRefSchema,
  user: z.string().optional(),
  answerRef: z.string(),
  vote: z.enum(["up", "down"]),
  at: z.string(),
  id: z.string().optional(),
  reason: z.string().optional(),
});

export const questionRecordSchema = z.object({
  conversation: conversationRefSchema,
  text: z.string(),
  answered: z.boolean(),
  kind: z.string(),
  at: z.string(),
});

export const threadRecordSchema = z.object({
  platform,
  conversationId: z.string(),
  thread: z.string(),
  context: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});

/** A claimed platform event; `owner` is the store instance that claimed it (see Store.claimEvent). */
export const seenEventSchema = z.object({
  id: z.string().min(1),
  owner: z.string(),
  status: z.enum(["claimed", "posting", "done"]),
  expiresAt: z.string(),
});

/**
 * A request the assistant has accepted, remembered until `expiresAt` so that a retry or a replay
 * is answered once. `payload`, while present, is work acknowledged but not yet answered: a
 * restarted process finishes it.
 */
export const requestEntrySchema = z.object({
  key: z.string().min(1),
  claimedAt: z.string(),
  expiresAt: z.string(),
  payload: z.unknown().optional(),
});

export const databaseSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  subscriptions: z.array(subscriptionSchema),
  conversationReferences: z.array(conversationReferenceEntrySchema),
  unreachable: z.array(unreachableEntrySchema),
  digestLog: z.array(digestLogEntrySchema),
  feedback: z.array(feedbackSchema),
  // Added without a version bump: files written before it simply have none.
  seenEvents: z.array(seenEventSchema).default([]),
  // Added within version 1: files written before it have none, which is an empty list.
  requests: z.array(requestEntrySchema).default([]),
  // Added within version 1: files written before it have no threads yet.
  threads: z.array(threadRecordSchema).default([]),
  questions: z.array(questionRecordSchema).default([]),
});

/** The whole database as held in memory and written to the file. */
export type Database = z.infer<typeof databaseSchema>;

/** Each list of the database and the schema of one of its records, for record-by-record validation. */
export const recordSchemas = {
  subscriptions: subscriptionSchema,
  conversationReferences: conversationReferenceEntrySchema,
  unreachable: unreachableEntrySchema,
  digestLog: digestLogEntrySchema,
  feedback: feedbackSchema,
  seenEvents: seenEventSchema,
  requests: requestEntrySchema,
  threads: threadRecordSchema,
  questions: questionRecordSchema,
} as const;
export type { DigestLogEntry } from "./types.js";

/** A fresh, empty database of the current version. */
export function emptyDatabase(): Database {
  return { version: CURRENT_VERSION, subscriptions: [], conversationReferences: [], unreachable: [], digestLog: [], feedback: [], seenEvents: [], requests: [], threads: [], questions: [] };
}
