/**
 * /meetings: the past and upcoming meetings of a body, relative to now, each with its dates,
 * venue and a citation. The same meetings feed the iCalendar feed (src/digest/calendar.ts).
 */
import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.js";
import type { Lang, Reply } from "../src/core/types.js";
import type { Meeting } from "../src/knowledge/index.js";
import { localDate } from "../src/core/time.js";
import { meetingName, meetingWhen, pageNote, pageOf, Sources, venueName } from "../src/answer/compose.js";
import { bodyCatalogOf, type BodyCatalog } from "../src/digest/bodies.js";
import { bodyList, errorReply, lineMark } from "../src/digest/replies.js";

export type MeetingsWhen = "past" | "upcoming" | "all";

export interface MeetingsArgs {
  bodyText: string;
  when: MeetingsWhen;
  /** Page of the upcoming meetings ("page 2"), when asked. */
  page?: number;
}

const PAST = /(?:^|\s)(past|previous|earlier|former)(?=\s|$)|(过去的?|以往的?|历次|之前的?)/i;
const UPCOMING = /(?:^|\s)(upcoming|next|future|coming)(?=\s|$)|(即将举行的?|今后的?|未来的?|下一次|接下来的?)/i;
const ALL = /(?:^|\s)(all)(?=\s|$)|(全部|所有)/i;
/** "page 2", "p. 2", "第2页": which page of the upcoming meetings. */
const PAGE = /(?:^|\s)(?:page|p\.)\s*(\d{1,5})(?=\s|$)|第\s*(\d{1,5})\s*页/i;

/** Splits "/meetings" arguments into body text and which meetings to list. */
export function parseMeetingsArgs(text: string): MeetingsArgs {
  let rest = ` ${text.trim()} `;
  const paged = rest.match(PAGE);
  if (paged) rest = `${rest.slice(0, paged.index!)} ${rest.slice(paged.index! + paged[0].length)}`;
  let when: MeetingsWhen = "all";
  for (const [re, w] of [[PAST, "past"], [UPCOMING, "upcoming"], [ALL, "all"]] as const) {
    const m = rest.match(re);
    if (m) {
      when = w;
      rest = `${rest.slice(0, m.index!)} ${rest.slice(m.index! + m[0].length)}`;
      break;
    }
  }
  const bodyText = rest
    .replace(/(?:^|\s)(?:meetings?|sessions?|of|the)(?=\s|$)/gi, " ")
    .replace(/会议|的/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return paged ? { bodyText, when, page: Number(paged[1] ?? paged[2]) } : { bodyText, when };
}

/** Options of createMeetingsCommand. */
export interface MeetingsCommandConfig {
  bodies?: BodyCatalog;
  /** Most past meetings listed (most recent first); default 10. */
  maxPast?: number;
}

/** First and last day of a meeting, from its dates or failing that its month. */
function span(m: Meeting): { from: string; to: string } | undefined {
  if (m.start) return { from: m.start, to: m.end ?? m.start };
  if (m.month) return { from: `${m.month}-01`, to: `${m.month}-31` };
  return undefined;
}

/** Creates the /meetings command over a body catalog. */
export function createMeetingsCommand(config: MeetingsCommandConfig = {}) {
  const maxPast = config.maxPast ?? 10;

  function line(bodies: BodyCatalog, m: Meeting, lang: Lang, today: string, mark: string): string {
    // Listed meetings all have dates or a month (see span), so there is always a "when".
    const when = meetingWhen(m, lang)!;
    const venue = m.venue ? (lang === "zh" ? `，${venueName(bodies.glossary, m.venue, "zh")}` : `, ${venueName(bodies.glossary, m.venue, "en")}`) : "";
    const now = m.start && m.start <= today && today <= (m.end ?? m.start) ? (lang === "zh" ? "（正在举行）" : " (in progress)") : "";
    const name = meetingName(bodies.glossary, m, lang);
    return lang === "zh" ? `• ${name}：${when}${venue}${now}${mark}` : `• ${name.charAt(0).toUpperCase()}${name.slice(1)}: ${when}${venue}${now}${mark}`;
  }

  function list(bodies: BodyCatalog, ctx: CommandContext, body: string, when: MeetingsWhen, pageAsked = 1): Reply {
    const { lang } = ctx;
    const today = localDate(ctx.timeZone, ctx.now);
    const dated = ctx.index
      .meetings({ body })
      .map((m) => ({ m, s: span(m) }))
      .filter((x): x is { m: Meeting; s: { from: string; to: string } } => x.s !== undefined);
    const allUpcoming = dated.filter((x) => x.s.to >= today).sort((a, b) => a.s.from.localeCompare(b.s.from));
    // The upcoming meetings grow with the corpus: a page at a time, "more" for the next; the past
    // ones are the most recent few and come with the first page.
    const page = pageOf(allUpcoming, pageAsked);
    const upcoming = page.items;
    const later = page.from > 0;
    const past = later ? [] : dated
      .filter((x) => x.s.to < today)
      .sort((a, b) => b.s.from.localeCompare(a.s.from))
      .slice(0, maxPast);
    const cites = new Sources(ctx.index);
    const name = bodies.name(body, lang);
    const lines: string[] = [];
    const section = (heading: string, items: typeof dated, empty: string) => {
      lines.push(heading);
      if (!items.length) lines.push(empty);
      for (const { m } of items) lines.push(line(bodies, m, lang, today, lineMark(cites, m.sources[0])));
    };
    if (when !== "past") {
      section(
        lang === "zh" ? `**${name}：即将举行的会议**` : `**${name}: upcoming meetings**`,
        upcoming,
        lang === "zh" ? "文件中没有今后会议的日期。" : "The documents give no dates of upcoming meetings.",
      );
    }
    if (when !== "past" && page.total > upcoming.length) lines.push(pageNote(page, lang));
    if (when !== "upcoming" && !later) {
      if (lines.length) lines.push("");
      section(
        lang === "zh" ? `**${name}：以往的会议**` : `**${name}: past meetings**`,
        past,
        lang === "zh" ? "文件中没有以往会议的日期。" : "The documents give no dates of past meetings.",
      );
    }
    const found = (when !== "past" ? upcoming.length : 0) + (when !== "upcoming" ? past.length : 0);
    if (!found) return { kind: "refusal", code: "not_covered", answered: false, text: lines.join("\n"), citations: [], lang };
    const reply: Reply = { kind: "answer", answered: true, text: lines.join("\n"), citations: cites.citations(), lang };
    return when !== "past" && page.next ? { ...reply, more: ["/meetings", body, when === "all" ? "" : when, `page ${page.next}`].filter(Boolean).join(" ") } : reply;
  }

  return defineCommand({
    id: "meetings",
    description: { en: "Past and upcoming meetings of a body, with dates and venues", zh: "机构以往和即将举行的会议及其日期和地点" },
    aliases: ["会议", "sessions"],
    usage: "[body] [past|upcoming] [page N]",
    args: z.string().transform(parseMeetingsArgs),
    examples: ["/meetings wg-prevention", "/meetings irg upcoming", "/meetings 预防腐败问题工作组 以往"],
    async handler(args, ctx) {
      const bodies = config.bodies ?? bodyCatalogOf(ctx.index);
      const { lang } = ctx;
      let body: string | undefined;
      if (args.bodyText) {
        const found = bodies.resolve(args.bodyText);
        if (!found) {
          const candidates = bodies.candidates(args.bodyText);
          const options = candidates.length > 1 ? candidates.map((b) => `• ${b.id}: ${bodies.name(b.id, lang)}`).join("\n") : bodyList(bodies, lang);
          return errorReply(lang, {
            en: `${candidates.length > 1 ? `"${args.bodyText}" could mean several bodies` : `Unknown body "${args.bodyText}"`}. Name one of:\n${options}\nFor example: /meetings wg-prevention upcoming`,
            zh: `${candidates.length > 1 ? `“${args.bodyText}”可能指多个机构` : `未知的机构“${args.bodyText}”`}。请从以下机构中选择：\n${options}\n例如：/meetings wg-prevention 即将举行`,
          });
        }
        body = found.id;
      } else {
        // The thread's body, else the channel's only digest subscription.
        body = ctx.memory.get(ctx.request.conversation).body;
        if (!body && ctx.services.store) {
          const subs = await ctx.services.store.subscriptionsFor(ctx.request.conversation);
          if (subs.length === 1) body = subs[0].body;
        }
        if (!body) {
          return errorReply(lang, {
            en: `Which body? Name one:\n${bodyList(bodies, "en")}\nFor example: /meetings wg-prevention upcoming`,
            zh: `要查哪一机构？请指明：\n${bodyList(bodies, "zh")}\n例如：/meetings wg-prevention 即将举行`,
          });
        }
      }
      ctx.memory.update(ctx.request.conversation, { body });
      return list(bodies, ctx, body, args.when, args.page);
    },
  });
}

/** The /meetings command, naming bodies as the index's glossary does. */
export const meetingsCommand = createMeetingsCommand();
