/**
 * /recommendations [meeting] [topic]: recommendations of the working group and the actions taken.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { answerRecommendation } from "../src/answer/answer-recommendation.js";
import { plainText } from "../src/knowledge/index.js";
import type { KnowledgeIndex, Glossary } from "../src/knowledge/index.js";
import type { Lang } from "../src/core/types.js";
import { Sources, answered, refused, meetingName, pageNote, pageOf } from "../src/answer/compose.js";
import { contextFor, toReply } from "./answer-context.js";
import { distinctRecommendations } from "../src/answer/recommendations-distinct.js";
import { readMeetingArgs } from "./meeting-args.js";

export { distinct } from "../src/answer/recommendations-distinct.js";

/** "page 2", "p. 2", "第2页": which page of the list; the rest names the meeting and topic. */
const PAGE = /(?:^|\s)(?:page|p\.)\s*(\d{1,5})(?=\s|$)|第\s*(\d{1,5})\s*页/i;

export const recommendationsArgs = z.string().transform((s) => {
  const m = s.match(PAGE);
  const rest = m ? `${s.slice(0, m.index)} ${s.slice(m.index! + m[0].length)}` : s;
  return { ...readMeetingArgs(rest), page: m ? Number(m[1] ?? m[2]) : 1 };
});

export const recommendationsCommand = defineCommand({
  id: "recommendations",
  description: { en: "Recommendations of the working group and the action taken on them", zh: "工作组的建议及为落实建议采取的行动" },
  aliases: ["recs", "建议"],
  usage: "[meeting] [topic] [page N]",
  args: recommendationsArgs,
  examples: ["/recommendations 10", "/recommendations open data", "/recommendations 10 private sector"],
  handler(args, ctx) {
    const actx = contextFor(ctx, `${args.text} recommend 建议`);
    actx.q.ordinal = args.ordinal;
    const { index, glossary } = actx;
    const lang = ctx.lang;
    if (args.text) {
      // A topic no recommendation or action speaks of is said to be missing, not answered with unrelated ones.
      if (!mentionsTopic(index, args.text)) return toReply(ctx, { answer: refused(noTopic(index, glossary, args.text, lang), lang) });
      const r = answerRecommendation(actx);
      if (r) return toReply(ctx, r);
    }
    // Repeats are always of the same meeting, so the whole list's distinct ones can be filtered by meeting.
    const recs = distinctRecommendations(index).filter((r) => args.ordinal === undefined || (r.meetingId && index.meeting(r.meetingId)?.ordinal === args.ordinal));
    if (!recs.length) {
      const made = [...new Set(index.recommendations().map((r) => r.meetingId).filter((id): id is string => !!id))];
      const names = made.slice(0, 10).map((id) => meetingName(glossary, index.meeting(id)!, lang));
      const others = made.length - names.length;
      const list = lang === "zh" ? `${names.join("、")}${others ? `等${made.length}次会议` : ""}` : `${names.join(" and the ")}${others ? ` (and ${others} other meetings)` : ""}`;
      const cover = made.length ? (lang === "zh" ? `文件记载了以下会议的建议：${list}。` : ` The documents record recommendations of the ${list}.`) : "";
      return toReply(ctx, { answer: refused(lang === "zh" ? `文件中没有符合的建议。${cover}` : `The documents record no recommendation matching that.${cover}`, lang) });
    }
    // The list grows with the corpus: a page at a time, "more" for the next.
    const page = pageOf(recs, args.page);
    const src = new Sources(index);
    const byMeeting = new Map<string, string[]>();
    for (const r of page.items) {
      const m = r.meetingId ? index.meeting(r.meetingId) : undefined;
      const key = m ? meetingName(glossary, m, lang) : lang === "zh" ? "其他" : "Other";
      const line = `• ${plainText(r.text).replace(/^\d+\.\s*/, "").slice(0, 160)}${r.text.length > 170 ? "…" : ""}${src.citeAll([r.source, ...r.also])}${actionTaken(index, r.actions, src, lang)}`;
      const lines = byMeeting.get(key);
      if (lines) lines.push(line);
      else byMeeting.set(key, [line]);
    }
    const text = [...byMeeting].map(([k, lines]) => `**${k}**\n${lines.join("\n")}`).join("\n\n");
    const paged = page.total > page.items.length;
    // How many the documents hold and how many are shown, so a partial list never reads as complete.
    const note = paged ? pageNote(page, lang) : lang === "zh" ? `文件载有${page.total}条建议，已全部列出。` : `The documents hold ${page.total} recommendation${page.total === 1 ? "" : "s"}; all are shown.`;
    const reply = toReply(ctx, { answer: answered(`${text}\n\n${note}`, src, lang) });
    if (!page.next) return reply;
    const more = ["/recommendations", args.ordinal, args.text, `page ${page.next}`].filter((x) => x !== undefined && x !== "").join(" ");
    return { ...reply, more };
  },
});

/** Whether any recommendation or action on one speaks of the topic. */
function mentionsTopic(index: KnowledgeIndex, topic: string): boolean {
  const ids = new Set(index.recommendations().flatMap((r) => [r.source, ...r.actions]));
  return index.search(topic, { limit: 200 }).some((h) => ids.has(h.passage.id));
}

function noTopic(index: KnowledgeIndex, glossary: Glossary, topic: string, lang: Lang): string {
  const made = [...new Set(index.recommendations().map((r) => r.meetingId).filter((id): id is string => !!id))].map((id) => meetingName(glossary, index.meeting(id)!, lang));
  if (lang === "zh") return `文件中没有关于“${topic}”的建议。${made.length ? `文件记载了${made.join("、")}的建议；输入 /recommendations 查看全部。` : ""}`;
  return `The documents record no recommendation on “${topic}”.${made.length ? ` They record recommendations of the ${made.join(" and the ")}; /recommendations lists them all.` : ""}`;
}

/** " (action taken: “first sentence…”[n] and 3 more paragraphs)": what was done, cited, rather than a count. */
function actionTaken(index: KnowledgeIndex, actions: string[], src: Sources, lang: Lang): string {
  const first = actions.map((a) => index.passage(a)).find(Boolean);
  if (!first) return "";
  const sentence = plainText(first.text).replace(/^\d+\.\s*/, "").split(/(?<=[。；])/)[0];
  const shown = sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence;
  const more = actions.length - 1;
  if (lang === "zh") return `（采取的行动：“${shown}”${src.cite(first.id)}${more ? `，另有${more}段` : ""}）`;
  return ` (action taken: “${shown}”${src.cite(first.id)}${more ? ` and ${more} more paragraph${more === 1 ? "" : "s"}` : ""})`;
}
