/**
 * /recommendations [meeting] [topic]: recommendations of the working group and the actions taken.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { answerRecommendation } from "../src/answer/answer-recommendation.js";
import { plainText } from "../src/knowledge/text.js";
import { Sources, answered, refused, meetingName } from "../src/answer/compose.js";
import { contextFor, toReply } from "./answer-context.js";
import { readMeetingArgs } from "./meeting-args.js";

export const recommendationsArgs = z.string().transform((s) => readMeetingArgs(s));

export const recommendationsCommand = defineCommand({
  id: "recommendations",
  description: { en: "Recommendations of the working group and the action taken on them", zh: "工作组的建议及为落实建议采取的行动" },
  aliases: ["recs", "建议"],
  usage: "[meeting] [topic]",
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
      const made = [...new Set(index.recommendations().map((r) => r.meetingId).filter((id): id is string => !!id))].map((id) => meetingName(glossary, index.meeting(id)!, lang));
      const cover = made.length ? (lang === "zh" ? `文件记载了以下会议的建议：${made.join("、")}。` : ` The documents record recommendations of the ${made.join(" and the ")}.`) : "";
      return toReply(ctx, { answer: refused(lang === "zh" ? `文件中没有符合的建议。${cover}` : `The documents record no recommendation matching that.${cover}`, lang) });
    }
    const src = new Sources(index);
    const byMeeting = new Map<string, string[]>();
    for (const r of recs) {
      const m = r.meetingId ? index.meeting(r.meetingId) : undefined;
      const key = m ? meetingName(glossary, m, lang) : lang === "zh" ? "其他" : "Other";
      const line = `• ${plainText(r.text).replace(/^\d+\.\s*/, "").slice(0, 160)}${r.text.length > 170 ? "…" : ""}${src.cite(r.source)}${r.actions.length ? (lang === "zh" ? `（采取的行动：${r.actions.length}段）` : ` (action taken: ${r.actions.length} paragraphs)`) : ""}`;
      byMeeting.set(key, [...(byMeeting.get(key) ?? []), line]);
    }
    const text = [...byMeeting].map(([k, lines]) => `**${k}**\n${lines.join("\n")}`).join("\n\n");
    return toReply(ctx, { answer: answered(text, src, lang) });
  },
});
