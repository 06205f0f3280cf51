/**
 * /recommendations [meeting] [topic]: recommendations of the working group and the actions taken.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { answerRecommendation } from "../src/answer/answer-recommendation.js";
import { plainText } from "../src/knowledge/text.js";
import { Sources, answered, refused, meetingName, pageNote, pageOf } from "../src/answer/compose.js";
import { contextFor, toReply } from "./answer-context.js";
import { readMeetingArgs } from "./meeting-args.js";

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
    if (args.text) {
      const r = answerRecommendation(actx);
      if (r) return toReply(ctx, r);
    }
    const { index, glossary } = actx;
    const recs = index.recommendations().filter((r) => args.ordinal === undefined || (r.meetingId && index.meeting(r.meetingId)?.ordinal === args.ordinal));
    const lang = ctx.lang;
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
      const line = `• ${plainText(r.text).replace(/^\d+\.\s*/, "").slice(0, 160)}${r.text.length > 170 ? "…" : ""}${src.cite(r.source)}${r.actions.length ? (lang === "zh" ? `（采取的行动：${r.actions.length}段）` : ` (action taken: ${r.actions.length} paragraphs)`) : ""}`;
      const lines = byMeeting.get(key);
      if (lines) lines.push(line);
      else byMeeting.set(key, [line]);
    }
    const text = [...byMeeting].map(([k, lines]) => `**${k}**\n${lines.join("\n")}`).join("\n\n");
    const paged = page.total > page.items.length;
    const reply = toReply(ctx, { answer: answered(paged ? `${text}\n\n${pageNote(page, lang)}` : text, src, lang) });
    if (!page.next) return reply;
    const more = ["/recommendations", args.ordinal, args.text, `page ${page.next}`].filter((x) => x !== undefined && x !== "").join(" ");
    return { ...reply, more };
  },
});
