/**
 * Recommendations of the working group and the actions taken on them, ranked by how well they
 * match the question.
 */
import type { Recommendation } from "../knowledge/model.js";
import { plainText } from "../knowledge/text.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, meetingName } from "./compose.js";

/** Answers "what did the group recommend about …" and "what was done about …". */
export function answerRecommendation(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  if (!q.asks.has("recommend")) return undefined;
  let recs: Recommendation[] = index.recommendations();
  if (!recs.length) return undefined;
  const score = new Map(index.search(q.text, { limit: 60 }).map((h) => [h.passage.id, h.score]));
  // "What did UNODC do (in Kenya) to follow up": the actions themselves, best first.
  if (q.asks.has("action")) {
    const actions = [...new Set(recs.flatMap((r) => r.actions))].map((a) => ({ a, s: score.get(a) ?? 0 })).filter((x) => x.s > 0).sort((x, y) => y.s - x.s);
    if (actions.length) {
      const top = actions.filter((x) => x.s >= actions[0].s * 0.6).slice(0, 3);
      const src = new Sources(index);
      const lines = top.map(({ a }) => `• ${plainText(index.passage(a)!.text).replace(/^\d+\.\s*/, "")}${src.cite(a)}`);
      return { answer: answered(`${lang === "zh" ? "为落实建议而采取的行动：" : "Action taken on the recommendations:"}\n${lines.join("\n")}`, src, lang) };
    }
  }
  if (q.ordinal !== undefined) {
    const byMeeting = recs.filter((r) => r.meetingId && index.meeting(r.meetingId)?.ordinal === q.ordinal);
    if (byMeeting.length) recs = byMeeting;
  }
  const ranked = recs.map((r) => ({ r, s: score.get(r.source) ?? 0 })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s);
  if (!ranked.length) return undefined;
  const top = ranked.filter((x) => x.s >= ranked[0].s * 0.8).slice(0, 2);
  const src = new Sources(index);
  const lines: string[] = [];
  for (const { r } of top) {
    const m = r.meetingId ? index.meeting(r.meetingId) : undefined;
    const at = m ? (lang === "zh" ? `（${meetingName(ctx.glossary, m, "zh")}）` : ` (${meetingName(ctx.glossary, m, "en")})`) : "";
    lines.push(`• ${plainText(r.text).replace(/^\d+\.\s*/, "")}${at}${src.cite(r.source)}`);
    const wantsActions = q.asks.has("action") || /UNODC|毒品和犯罪问题办公室|do with|采取/i.test(q.text);
    if (wantsActions && r.actions.length) {
      const acts = r.actions.map((a) => ({ a, s: score.get(a) ?? 0 })).filter((x) => x.s > 0).sort((x, y) => y.s - x.s).slice(0, 2);
      for (const { a } of acts) lines.push(`  ${lang === "zh" ? "采取的行动" : "Action taken"}: ${plainText(index.passage(a)!.text).replace(/^\d+\.\s*/, "")}${src.cite(a)}`);
    }
  }
  const head = lang === "zh" ? "工作组的建议：" : "The working group's recommendation:";
  return { answer: answered(`${head}\n${lines.join("\n")}`, src, lang) };
}
