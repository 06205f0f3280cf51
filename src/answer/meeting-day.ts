/**
 * The day of a meeting a question names: a date ("4 Sept", "9月4日"), the meeting's first or last
 * day ("day 2", "最后一天"), or a weekday ("on Wednesday", "周三"), which is the meeting's, not
 * this week's.
 */
import type { Meeting } from "../knowledge/index.js";
import type { AnswerContext } from "./context.js";
import { slotsOf } from "./lookups.js";

/** The meeting's days: those of its organization of work, or else every day from its start to its end. */
function daysOf(ctx: AnswerContext, m: Meeting): string[] {
  const scheduled = [...new Set(slotsOf(ctx.index, m.id).map((s) => s.date))];
  if (scheduled.length || !m.start) return scheduled;
  const days: string[] = [];
  for (let d = new Date(`${m.start}T00:00:00Z`); d.toISOString().slice(0, 10) <= (m.end ?? m.start); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}

/** The ISO date of the meeting's day the question names, or undefined when it names none. */
export function dayOfMeeting(ctx: AnswerContext, m: Meeting): string | undefined {
  const { q } = ctx;
  if (q.dates?.precision === "day" && q.dates.from === q.dates.to) return q.dates.from;
  if (q.monthDay && m.start) return `${m.start.slice(0, 4)}-${q.monthDay}`;
  const days = daysOf(ctx, m);
  if (q.meetingDay) return q.meetingDay === -1 ? days.at(-1) : days[q.meetingDay - 1];
  if (q.weekday !== undefined) return days.find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === q.weekday);
  return undefined;
}
