/**
 * Persistence contract used by commands, digests and adapters. Implemented on lowdb (one process,
 * the default) and on PostgreSQL (several replicas; ./postgres/).
 */
import type { ConversationRef, Lang } from "../core/types.js";

/** A channel's subscription to a body's daily digest. */
export interface Subscription {
  id: string;
  conversation: ConversationRef;
  body: string;
  /** Local time "HH:MM". */
  time: string;
  /** IANA time zone. */
  timeZone: string;
  /** Start posting this many days before a session opens. */
  daysBefore: number;
  createdAt: string;
  createdBy?: string;
  /** Language the digest is posted in (the subscriber's); English when absent. */
  lang?: Lang;
}

/**
 * One digest of one subscription for one local date. "claimed" means a process took it and is
 * composing it; "posting" that it started sending it (see Store.markDigestPosting). A "failed"
 * entry may be claimed again, and so may one whose process died (see Store.claimDigest); a sent
 * or skipped one never.
 */
export interface DigestLogEntry {
  subscriptionId: string;
  localDate: string;
  status: "claimed" | "posting" | "sent" | "skipped" | "failed";
  /** Claims so far (1 on the first). */
  attempts: number;
  claimedAt: string;
  completedAt?: string;
  /** Why the last attempt ended as it did; kept when a failed digest is claimed again. */
  detail?: string;
}

/** A vote on an answer. */
export interface Feedback {
  conversation: ConversationRef;
  user?: string;
  /** Passage ids or an answer id the vote is about. */
  answerRef: string;
  vote: "up" | "down";
  at: string;
  /** Set when the vote is recorded, so that a reason given afterwards can be attached to it. */
  id?: string;
  /** Why the answer did not help, when the person said so (asked on 👎). */
  reason?: string;
}

/** A question the assistant was asked, and whether the documents answered it (for the report). */
export interface QuestionRecord {
  conversation: ConversationRef;
  text: string;
  answered: boolean;
  /** The reply's kind: "answer", "refusal", "clarification", … */
  kind: string;
  at: string;
}

/**
 * A thread the bot answered in, with what it remembers for follow-ups there (the meeting,
 * resolution or body the thread is about, the last question). The bot answers follow-ups
 * without a mention only in threads it has a record of.
 */
export interface ThreadRecord {
  platform: ConversationRef["platform"];
  conversationId: string;
  /** Slack thread_ts, Teams reply-chain id; "" for a conversation without threads (a DM). */
  thread: string;
  context: Record<string, string>;
  updatedAt: string;
}

/**
 * The outcome of claiming a platform event (a Slack event id, a slash command's trigger id):
 * "claimed" means this process now answers it; "unconfirmed" that it does too, taking it over
 * from a process that died after it had started posting the answer (see Store.markEventPosting),
 * so the answer may have reached the platform and must be looked for before posting it again;
 * "busy" that a live process is answering it; "done" that it was answered.
 */
export type EventClaim = "claimed" | "unconfirmed" | "busy" | "done";

/**
 * The outcome of claiming one subscription's digest for one local date: "claimed" means this
 * process now sends it; "unconfirmed" that it does too, taking it over from a process that died
 * while posting it, so the digest may have reached the channel and must be looked for before it
 * is posted again; "taken" that it was sent or skipped, or a live process is sending it.
 */
export type DigestClaim = "claimed" | "unconfirmed" | "taken";

/** Whether the store answers, for /healthz. */
export interface StoreHealth {
  kind: "lowdb" | "postgres";
  ok: boolean;
  /** Why it does not answer. */
  error?: string;
}

/** Work acknowledged to a platform but not yet answered (see Store.claimRequest). */
export interface PendingRequest {
  key: string;
  claimedAt: string;
  payload: unknown;
}

export interface Store {
  listSubscriptions(): Promise<Subscription[]>;
  subscribe(sub: Omit<Subscription, "id" | "createdAt">): Promise<Subscription>;
  unsubscribe(conversation: ConversationRef, body?: string): Promise<number>;
  subscriptionsFor(conversation: ConversationRef): Promise<Subscription[]>;
  /**
   * Conversation references for proactive posts (Teams), keyed by platform conversation id.
   * Saving one clears an unreachable mark: the conversation talks to the bot again.
   */
  saveConversationReference(platform: ConversationRef["platform"], conversationId: string, reference: unknown): Promise<void>;
  conversationReference(platform: ConversationRef["platform"], conversationId: string): Promise<unknown | undefined>;
  /** Marks a conversation as unreachable (bot removed); digests stop posting there. */
  markUnreachable(platform: ConversationRef["platform"], conversationId: string, reason: string): Promise<void>;
  isUnreachable(platform: ConversationRef["platform"], conversationId: string): Promise<boolean>;
  /**
   * Claims the digest of one subscription for one local date before composing it. A claim left by
   * a process that died is taken over: as "claimed" when it had not started posting, as
   * "unconfirmed" when it had.
   */
  claimDigest(subscriptionId: string, localDate: string): Promise<DigestClaim>;
  /**
   * Records that this process starts posting a digest it claimed: from now on, a process that
   * takes the claim over cannot know whether the digest arrived, and gets it as "unconfirmed".
   */
  markDigestPosting(subscriptionId: string, localDate: string): Promise<void>;
  completeDigest(subscriptionId: string, localDate: string, outcome: "sent" | "skipped" | "failed", detail?: string): Promise<void>;
  /** The log entry of one subscription's digest for one local date (attempts, outcome). */
  digestEntry(subscriptionId: string, localDate: string): Promise<DigestLogEntry | undefined>;
  recordFeedback(feedback: Feedback): Promise<void>;
  /**
   * Claims a platform event before answering it, so that one delivery of it is answered once,
   * whichever process receives it. The claim is a unique row that expires after `ttlMs`. A claim
   * whose process died before completing it is taken over by the next claim.
   */
  claimEvent(eventId: string, ttlMs: number): Promise<EventClaim>;
  /**
   * Records that this process starts posting the answer to an event it claimed: a process that
   * takes the claim over after this gets it as "unconfirmed".
   */
  markEventPosting(eventId: string): Promise<void>;
  /** Marks a claimed event as answered: later deliveries of it are "done". */
  completeEvent(eventId: string): Promise<void>;
  /** Whether the store answers right now (a round trip for a database server). */
  health(): Promise<StoreHealth>;
  /**
   * Remembers a request id (a platform's event id, a signature) until `expiresAt`, durably,
   * before the request is acknowledged. Returns false when the id is already remembered and not
   * expired: a retry or a replay, to be answered no more than once. With `payload`, the request is
   * also pending until settleRequest, so a process restarted after a crash can finish it.
   * Expired ids are forgotten.
   */
  claimRequest(key: string, expiresAt: Date, payload?: unknown): Promise<boolean>;
  /** Marks a claimed request as answered (its payload is dropped; the id stays remembered). */
  settleRequest(key: string): Promise<void>;
  /** Requests claimed with a payload and not settled, oldest first (unexpired ones only). */
  pendingRequests(): Promise<PendingRequest[]>;
  /** Attaches a reason to the vote with this id; false when there is no such vote. */
  setFeedbackReason(id: string, reason: string): Promise<boolean>;
  /** Votes, oldest first; only those at or after `since` (ISO date or time) when given. */
  listFeedback(since?: string): Promise<Feedback[]>;
  recordQuestion(question: QuestionRecord): Promise<void>;
  /** Questions asked, oldest first; only those at or after `since` (ISO date or time) when given. */
  listQuestions(since?: string): Promise<QuestionRecord[]>;
  /** The record of a thread the bot answered in, if any. */
  thread(platform: ConversationRef["platform"], conversationId: string, thread: string): Promise<ThreadRecord | undefined>;
  /** Creates the thread's record or merges `context` into it (keys in `context` replace older values). */
  saveThread(platform: ConversationRef["platform"], conversationId: string, thread: string, context: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}
