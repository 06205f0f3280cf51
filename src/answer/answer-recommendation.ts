/**
 * Recommendations of the working group and the actions taken on them, ranked by how well they
 * match the question.
 */
import { distinctCiting, distinctRecommendations, type Distinct } from "./recommendations-distinct.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, meetingName, paragraphText } from "./compose.js";
import { conceptsOf, coverage } from "./answer-search.js";

/** Answers "what did the group recommend about …" and "what was done about …". */
export function answerRecommendation(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  // A meeting the question places by date or number ("the August 2011 meeting", "第十次会议"):
  // only its recommendations; none of it, and passage search answers.
  const placed = placedMeetings(ctx);
  // Each recommendation once, however many reports restate it.
  const ofPlaced = (r: Distinct) => !placed || (!!r.meetingId && placed.has(r.meetingId));
  if (!distinctRecommendations(index).some(ofPlaced)) return undefined;
  const score = new Map(index.search(q.text, { limit: 60 }).map((h) => [h.passage.id, h.score]));
  const wantsActions = q.asks.has("action") || /UNODC|毒品和犯罪问题办公室|采取/i.test(q.text);
  // A recommendation counts with its best-matching action: "what was recommended on whistle-blowers
  // and how did the Office follow up" is answered by the pair.
  const best = (ids: string[]) => ids.reduce((m, a) => Math.max(m, score.get(a) ?? 0), 0);
  // Only those whose passage (or, with the actions asked, an action's) search found can score:
  // the others (most of thousands) are left out before anything is made for them, found by
  // the passages search found rather than by going through them all.
  const found = distinctCiting(index, score.keys(), wantsActions).filter(ofPlaced);
  const weighed = found
    .map((r) => ({ r, s: best([r.source, ...r.also]) + (wantsActions ? best(r.actions) : 0) }))
    // With the actions asked, the subject may stand in an action taken ("in Kenya").
    .map((x) => ({ ...x, on: subjectShare(ctx, [x.r.source, ...(wantsActions ? x.r.actions : [])].map((id) => index.passage(id)?.text ?? "").join("\n") || x.r.text) }))
    .filter((x) => x.s > 0 && x.on >= SUBJECT_SHARE);
  // The share of the subject it speaks to first; the search's score, which also counts the words
  // that place the meeting (already chosen by), weighs less.
  const highest = Math.max(0, ...weighed.map((x) => x.s));
  const ranked = weighed.map((x) => ({ ...x, s: x.on + SEARCH_WEIGHT * (x.s / highest) })).sort((a, b) => b.s - a.s);
  if (!ranked.length) return undefined;
  const src = new Sources(index);
  const lines: string[] = [];
  const same = (a: string, b: string) => paragraphText(a) === paragraphText(b);
  const top = ranked.filter((x) => x.s >= ranked[0].s * 0.8 && !same(x.r.text, ranked[0].r.text)).slice(0, 1);
  for (const { r } of [ranked[0], ...top]) {
    const m = r.meetingId ? index.meeting(r.meetingId) : undefined;
    // Which meeting made it: cited from the passage or heading that says so.
    // Cited from the passage itself when it names the meeting, else from the heading it sits under.
    const own = index.passage(r.source)!;
    const said = m
      ? m.sources.includes(r.source)
        ? r.source
        : m.sources.find((id) => index.passage(id)?.kind === "heading" && own.headingPath.includes(index.passage(id)!.text))
      : undefined;
    const at = m && said ? (lang === "zh" ? `（${meetingName(ctx.glossary, m, "zh")}${src.cite(said)}）` : ` (${meetingName(ctx.glossary, m, "en")}${src.cite(said)})`) : "";
    // With the report that restates it nearly word for word: both places say it.
    lines.push(`• ${paragraphText(r.text)}${at}${src.citeAll([r.source, ...r.also.slice(0, RESTATEMENTS_CITED)])}`);
    if (wantsActions && r.actions.length) {
      const acts = r.actions.map((a) => ({ a, s: score.get(a) ?? 0 })).filter((x) => x.s > 0).sort((x, y) => y.s - x.s).slice(0, 2);
      for (const { a } of acts) lines.push(`  ${lang === "zh" ? "采取的行动" : "Action taken"}: ${paragraphText(index.passage(a)!.text)}${src.cite(a)}`);
    }
  }
  if (wantsActions) {
    // Other actions that match the question as well ("in Kenya": two paragraphs in two sections).
    // An action that speaks to as much of the subject as the best counts however its wording scores.
    const all = [...new Set(found.flatMap((r) => r.actions))].map((a) => ({ a, s: score.get(a) ?? 0 })).filter((x) => x.s > 0).sort((x, y) => y.s - x.s);
    const on = (a: string) => subjectShare(ctx, index.passage(a)?.text ?? "");
    const most = all.length ? on(all[0].a) : 0;
    for (const { a } of all.filter((x) => (x.s >= all[0].s * 0.8 || on(x.a) >= most) && !src.has(x.a)).slice(0, 2)) {
      lines.push(`${lang === "zh" ? "采取的行动" : "Action taken"}: ${paragraphText(index.passage(a)!.text)}${src.cite(a)}`);
    }
  }
  const head = lang === "zh" ? "工作组的建议：" : "The working group's recommendation:";
  return { answer: answered(`${head}\n${lines.join("\n")}`, src, lang) };
}

/** The meetings of the date range and ordinal the question names, as the index finds them; undefined when it names neither. */
function placedMeetings(ctx: AnswerContext): Set<string> | undefined {
  const { dates, ordinal } = ctx.q;
  if (!dates && ordinal === undefined) return undefined;
  return new Set(ctx.index.meetings({ ordinal, from: dates?.from, to: dates?.to }).map((m) => m.id));
}

/**
 * How much of the subject the question names ("on codes of conduct") a recommendation speaks to:
 * the share, by weight, of the question's distinctive words it holds, other than those that ask
 * for a recommendation; 1 for a question that names no subject. It must hold `SUBJECT_SHARE`.
 */
function subjectShare(ctx: AnswerContext, text: string): number {
  const subject = conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && c.weight >= 0.6 && !/recommend|建议/i.test(c.label));
  if (!subject.length) return 1;
  const { hit, total } = coverage(subject, { text, headingPath: [] }, "", ctx);
  return hit > 0 ? hit / total : 0;
}
/** How many of the places restating a recommendation are cited with it. */
const RESTATEMENTS_CITED = 1;
/** How much the search's score adds at most to the share of the subject a recommendation holds. */
const SEARCH_WEIGHT = 0.25;
/** The share of the subject's weight a recommendation must hold. */
const SUBJECT_SHARE = 0.3;
