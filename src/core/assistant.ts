/**
 * What adapters talk to: one object that turns a Request into a Reply. Adapters translate
 * platform payloads to Requests and Replies to platform messages; they decide nothing else.
 */
import type { Citation, ConversationRef, Lang, Reply, Request } from "./types.js";
import type { CommandSpec } from "./command.js";

/** One indexed document, as an overview or a link preview shows it. */
export interface DocumentInfo {
  /** Document symbol, when known. */
  symbol?: string;
  /** English title where there is one, else the title as printed. */
  title: string;
  /** Issue date, ISO yyyy-mm-dd. */
  date?: string;
  /** English name of the body the document belongs to. */
  body?: string;
  /** "General", "Limited", … as printed in the header. */
  distribution?: string;
}

/** What the document index holds, for an overview (Slack's App Home). */
export interface LibrarySummary {
  documents: number;
  newest?: DocumentInfo;
  /** Documents per body, most first; documents of no known body are not counted here. */
  bodies: { id: string; name: string; documents: number }[];
}

export interface Assistant {
  /** Routes a command or question and returns the reply. Never throws for bad input. */
  handle(request: Request): Promise<Reply>;
  /** The full text of one cited passage (for "show passage" buttons). */
  passage(passageId: string): Citation | undefined;
  /** Stores a feedback vote and returns its id (for a reason given afterwards); undefined without a store. */
  feedback(conversation: ConversationRef, user: string | undefined, answerRef: string, vote: "up" | "down"): Promise<string | undefined>;
  /** Attaches the reason someone gave for a vote. */
  feedbackReason(voteId: string, reason: string): Promise<void>;
  /** The command registry, for manifests and help. */
  commands(): readonly CommandSpec[];
  /** Detects the language of a piece of text. */
  languageOf(text: string): Lang;
  /** What the document index holds. */
  library(): LibrarySummary;
  /** The indexed document with this symbol (case-insensitive), if any. */
  documentInfo(symbol: string): DocumentInfo | undefined;
}

/**
 * Why a proactive post failed; the scheduler decides what to do from the code. "uncertain": the
 * post was to be resumed and the platform could not tell what had arrived, so nothing was posted.
 */
export type PostErrorCode = "unreachable" | "rate_limited" | "auth" | "transient" | "bad_request" | "uncertain";

/** A failed post with a stable code (and the platform's error as cause). */
export class PostError extends Error {
  constructor(
    readonly code: PostErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = "PostError";
    this.retryAfterMs = options?.retryAfterMs;
  }
  readonly retryAfterMs?: number;
}

/** How a proactive post is made. */
export interface PostOptions {
  /** Marks the posted messages with this key, so that a later look at the conversation finds them. */
  deliveryKey?: string;
  /**
   * A process that died may have posted this already (or part of it): post only the messages of
   * `deliveryKey` the conversation does not show. Only for posters that confirm deliveries.
   */
  resume?: boolean;
}

/** Posts a reply into a conversation without a prior message (digests). One per platform. */
export interface Poster {
  readonly platform: ConversationRef["platform"];
  /** Whether `post` can resume a delivery (it reads the conversation back to see what arrived). */
  readonly confirmsDeliveries?: boolean;
  /** @throws PostError */
  post(conversation: ConversationRef, reply: Reply, options?: PostOptions): Promise<void>;
}
