/**
 * The feedback report: questions the documents could not answer, 👎 votes with their reasons,
 * and the questions asked most, from what the store recorded. Pure: the CLI reads the store.
 */
import type { Feedback, QuestionRecord, Store } from "./types.js";

/** What the report reads; any Store provides it. */
export type ReportSource = Pick<Store, "listQuestions" | "listFeedback">;

export interface FeedbackReport {
  since?: string;
  questions: number;
  answered: number;
  /** Unanswered questions, most asked first, each with how often and when it was last asked. */
  unanswered: { text: string; count: number; lastAsked: string }[];
  /** 👎 votes, newest first, with the question they most likely judged (the last one asked there before the vote). */
  thumbsDown: { at: string; platform: string; reason?: string; question?: string; answerRef: string }[];
  thumbsUp: number;
  /** The questions asked most, most first (ties: most recent first). */
  mostAsked: { text: string; count: number }[];
}

/** Questions counted together: case, spacing and final punctuation do not matter. */
export function normalizeQuestion(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/[?？。.!！]+$/u, "").toLowerCase();
}

function grouped(questions: QuestionRecord[]): { text: string; count: number; lastAsked: string }[] {
  const groups = new Map<string, { text: string; count: number; lastAsked: string }>();
  for (const q of questions) {
    const key = normalizeQuestion(q.text);
    const g = groups.get(key);
    if (g) {
      g.count++;
      if (q.at >= g.lastAsked) Object.assign(g, { lastAsked: q.at, text: q.text.trim() });
    } else groups.set(key, { text: q.text.trim(), count: 1, lastAsked: q.at });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (b.lastAsked > a.lastAsked ? 1 : b.lastAsked < a.lastAsked ? -1 : 0));
}

/** The last question asked in the vote's conversation (and thread) before the vote. */
function questionJudged(vote: Feedback, questions: QuestionRecord[]): string | undefined {
  let found: QuestionRecord | undefined;
  for (const q of questions) {
    const c = q.conversation;
    if (c.platform !== vote.conversation.platform || c.id !== vote.conversation.id || q.at > vote.at) continue;
    if (vote.conversation.thread !== undefined && c.thread !== vote.conversation.thread) continue;
    if (!found || q.at >= found.at) found = q;
  }
  return found?.text;
}

/** Builds the report from everything recorded at or after `since`. */
export async function buildFeedbackReport(source: ReportSource, options: { since?: string; top?: number } = {}): Promise<FeedbackReport> {
  const top = options.top ?? 10;
  const [questions, feedback] = await Promise.all([source.listQuestions(options.since), source.listFeedback(options.since)]);
  const down = feedback.filter((f) => f.vote === "down").sort((a, b) => (b.at > a.at ? 1 : b.at < a.at ? -1 : 0));
  return {
    ...(options.since ? { since: options.since } : {}),
    questions: questions.length,
    answered: questions.filter((q) => q.answered).length,
    unanswered: grouped(questions.filter((q) => !q.answered)),
    thumbsDown: down.map((f) => {
      const question = questionJudged(f, questions);
      return { at: f.at, platform: f.conversation.platform, answerRef: f.answerRef, ...(f.reason ? { reason: f.reason } : {}), ...(question ? { question } : {}) };
    }),
    thumbsUp: feedback.filter((f) => f.vote === "up").length,
    mostAsked: grouped(questions)
      .slice(0, top)
      .map(({ text, count }) => ({ text, count })),
  };
}

/** The report for a person. */
export function formatFeedbackReport(r: FeedbackReport): string {
  const lines: string[] = [];
  lines.push(`Feedback report${r.since ? ` since ${r.since}` : ""}`);
  lines.push(`${r.questions} questions, ${r.answered} answered from the documents; ${r.thumbsUp} 👍, ${r.thumbsDown.length} 👎.`);
  lines.push("", `Unanswered questions (${r.unanswered.length}):`);
  if (!r.unanswered.length) lines.push("  none");
  for (const q of r.unanswered) lines.push(`  ${q.count}× ${q.text}  (last ${q.lastAsked.slice(0, 10)})`);
  lines.push("", `👎 (${r.thumbsDown.length}):`);
  if (!r.thumbsDown.length) lines.push("  none");
  for (const d of r.thumbsDown) {
    lines.push(`  ${d.at.slice(0, 16).replace("T", " ")} ${d.platform}: ${d.question ?? `(answer ${d.answerRef})`}`);
    lines.push(`    reason: ${d.reason ?? "(none given)"}`);
  }
  lines.push("", "Most asked:");
  if (!r.mostAsked.length) lines.push("  none");
  for (const q of r.mostAsked) lines.push(`  ${q.count}× ${q.text}`);
  return lines.join("\n") + "\n";
}
