/**
 * Recommendations of a working group and the actions taken on them. Two layouts: a section with
 * a "建议" (Recommendations) heading followed by a "采取的行动" (Action taken) heading, and
 * running text where the group "建议" (recommends) something at a named meeting.
 */
import type { Meeting, ParsedDocument, Recommendation } from "../model.js";
import { parseChineseNumber } from "../text.js";

const REC_HEADING = /^(?:建议|Recommendations?)$/i;
const ACTION_HEADING = /^(?:采取的行动|Actions? taken)$/i;

/** Extracts recommendations; `meetingOf(ordinal)` finds the body's meeting by ordinal. */
export function extractRecommendations(doc: ParsedDocument, meetingOf: (ordinal: number) => Meeting | undefined): Recommendation[] {
  const out: Recommendation[] = [];
  let mode: "rec" | "action" | undefined;
  let section: Recommendation[] = [];
  let topic: string | undefined;
  let chapterMeeting: Meeting | undefined;
  let textMeeting: Meeting | undefined;

  for (const p of doc.passages) {
    if (p.kind === "heading") {
      const t = p.text.trim();
      if (REC_HEADING.test(t)) {
        mode = "rec";
        section = [];
        topic = p.headingPath[p.headingPath.length - 1];
      } else if (ACTION_HEADING.test(t)) mode = "action";
      else {
        mode = undefined;
        // "三. 工作组第十次会议所提建议的最新执行情况": recommendations of that meeting follow.
        const o = t.match(/第\s*([\d一二三四五六七八九十]+)\s*次会议/);
        if (/^[一二三四五六七八九十IVX]+\./.test(t)) chapterMeeting = o ? meetingOf(parseChineseNumber(o[1])!) : undefined;
      }
      continue;
    }
    if (p.kind !== "paragraph" && p.kind !== "list-item" && p.kind !== "text") continue;
    if (mode === "rec") {
      const r: Recommendation = { id: `${p.id}`, meetingId: chapterMeeting?.id, text: p.text, topic, source: p.id, actions: [] };
      out.push(r);
      section.push(r);
      continue;
    }
    if (mode === "action") {
      for (const r of section) r.actions.push(p.id);
      continue;
    }
    // Running text: "在 2019 年第 10 次会议上，工作组建议…", "工作组还建议…".
    const o = p.text.match(/第\s*([\d一二三四五六七八九十]+)\s*次会议上/);
    if (o) textMeeting = meetingOf(parseChineseNumber(o[1])!);
    if (/^[\d.\s]*(?:在[^，。]{0,30}上，)?工作组(?:还)?建议|working group (?:also )?recommended/i.test(p.text.replace(/^\d+\.\s*/, ""))) {
      out.push({ id: p.id, meetingId: textMeeting?.id ?? chapterMeeting?.id, text: p.text, topic: p.headingPath[p.headingPath.length - 1], source: p.id, actions: [] });
    }
  }
  return out;
}
