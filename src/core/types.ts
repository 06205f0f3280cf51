/**
 * Neutral message types shared by commands, knowledge, answers and every adapter.
 * Nothing here knows about Slack, Teams or any model provider.
 */

/** The languages the assistant answers in. */
export type Lang = "en" | "zh";

/**
 * One piece of evidence. `quote` is the whole cited passage exactly as it stands in the source
 * (line breaks from PDF extraction joined), never text written by the assistant.
 */
export interface Citation {
  /** Document symbol, or failing that its title and date. */
  document: string;
  /** File name of the source under data/documents/. */
  file: string;
  /** Paragraph number ("27") or locator ("2(a)(一)", "annex, row 2024-09-05 10:00"); null when neither applies. */
  paragraph: string | null;
  quote: string;
  /** Stable id of the cited passage in the index (for the "show passages" menu). */
  passageId?: string;
  /** The document's title in the asker's language where the corpus knows it, else as printed. */
  title?: string;
  /** The document's symbol ("CAC/COSP/WG.4/2024/1"), when known. */
  symbol?: string;
  /** The document's issue date, ISO yyyy-mm-dd. */
  date?: string;
  /** The official document (Official Document System) by symbol, in the asker's language; only with a symbol. */
  url?: string;
}

/** What the assistant says in answer to a question or command. */
export interface Answer {
  /** False when the documents do not answer the question (a refusal or a clarification). */
  answered: boolean;
  /**
   * The answer for a person: plain text with light markup that every adapter can render:
   * `**bold**`, lines starting with "• " as bullets, and `[n]` markers pointing at `citations[n-1]`.
   */
  text: string;
  citations: Citation[];
  lang: Lang;
}

/** How a reply should be shown. */
export type ReplyKind = "answer" | "refusal" | "clarification" | "help" | "error" | "confirmation" | "digest";

/** What a command or the router returns; adapters render it, they never decide its content. */
export interface Reply extends Answer {
  kind: ReplyKind;
  /** Shown only to the person who asked (Slack ephemeral); errors and help are. */
  ephemeral?: boolean;
  /** Stable code for errors and refusals, e.g. "bad_argument", "not_covered". */
  code?: string;
  /**
   * The request text that shows the next page of a long list ("/recommendations page 2"); the
   * router sends it when the asker says "more" in the same thread.
   */
  more?: string;
}

/** Where a request came from: enough to answer in the same place and to keep a thread's context. */
export interface ConversationRef {
  platform: "slack" | "teams" | "console" | "cli";
  /** Channel / conversation id on the platform. */
  id: string;
  /** Thread (Slack thread_ts, Teams reply chain); follow-up questions in it share context. */
  thread?: string;
  /** The person asking (platform user id). */
  user?: string;
  /** Team / tenant id where the platform has one. */
  team?: string;
}

/** A message or command addressed to the assistant, already stripped of platform syntax (mentions). */
export interface Request {
  /** "/agenda 15", "agenda 15", or a free question. */
  text: string;
  conversation: ConversationRef;
  /** Preferred language when the text alone does not tell (user locale). */
  locale?: string;
  /**
   * Earlier messages of the request's thread, oldest first, as plain text, when the adapter read
   * them (a mention in a thread the bot has no record of, a reply quoting one of its messages).
   * Read only while the thread has no subject yet: the latest one naming a meeting, resolution or
   * body gives the thread its subject, so that "when does it open?" knows what "it" is.
   */
  earlier?: string[];
  /**
   * Called when answering takes long (an optional model rewording the answer), so the adapter
   * can tell the asker it is still working. Never required.
   */
  progress?: (note: string) => void;
  /**
   * Asks the platform about the asker and the place, for commands that change a conversation's
   * settings (digest subscriptions); called only by them, since it may cost platform calls.
   * Absent where there is nobody to check (the console, the CLI): then everything is allowed.
   */
  checkAccess?: () => Promise<RequestAccess>;
}

/** See Request.checkAccess. */
export interface RequestAccess {
  /** Whether the asker may change this conversation's digest (a channel manager or a configured admin). */
  canManage: boolean;
  /** Whether the bot can post in this conversation (false: a private channel it was not invited to). */
  botIsMember: boolean;
}
