/**
 * /digest: subscribe a channel to a body's daily digest, unsubscribe, show the subscriptions, or
 * preview the digest of a date. The digests themselves are posted by the scheduler
 * (src/digest/scheduler.ts); this command only reads and writes subscriptions.
 */
import * as chronoEn from "chrono-node/en";
import * as chronoZh from "chrono-node/zh/hans";
import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.js";
import type { Lang, Reply } from "../src/core/types.js";
import type { Subscription } from "../src/store/types.js";
import { addDays, isIsoDate, localDate, localParts, zoneOffsetMinutes } from "../src/core/time.js";
import { meetingName, Sources, venueName } from "../src/answer/compose.js";
import { formatDate, formatDateRange } from "../src/knowledge/index.js";
import { DIGEST_USAGE, parseDigestArgs, type DigestArgs } from "../src/digest/args.js";
import { bodyCatalogOf, type BodyCatalog, type BodyInfo } from "../src/digest/bodies.js";
import { channelOf } from "../src/digest/channel.js";
import { composeDigest, DEFAULT_DAYS_BEFORE } from "../src/digest/compose.js";
import { bodyList, errorReply, lineMark, mergeReplies } from "../src/digest/replies.js";
import { venueTimeZone } from "../src/digest/venue-zone.js";

/** Local time digests go out when the subscriber names none. */
export const DEFAULT_DIGEST_TIME = "08:00";

/** Options of createDigestCommand. */
export interface DigestCommandConfig {
  /** Body names and abbreviations; by default those of the glossary the index was built with. */
  bodies?: BodyCatalog;
}

/**
 * The argument schema: the raw text after "/digest", parsed into an action. A syntax error becomes
 * a zod issue whose message is English and whose `params.zh` holds the Chinese message.
 */
export const digestArgs = z.string().transform((text, ctx): DigestArgs => {
  const r = parseDigestArgs(text);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.error.en, params: { zh: r.error.zh, code: "bad_argument" } });
    return z.NEVER;
  }
  return r.value;
});

/** The command's operations over one body catalog. */
function operations(bodies: BodyCatalog) {
  /** Resolves typed body text; an error reply says what was expected. */
  function resolveBody(text: string, lang: Lang): BodyInfo | Reply {
    const found = bodies.resolve(text);
    if (found) return found;
    const candidates = bodies.candidates(text);
    if (candidates.length > 1) {
      const list = candidates.map((b) => `• ${b.id}: ${bodies.name(b.id, lang)}`).join("\n");
      return errorReply(lang, {
        en: `"${text}" could mean several bodies:\n${list}\nSay which, for example: /digest subscribe ${candidates[0].id} at 8:30`,
        zh: `“${text}”可能指多个机构：\n${list}\n请指明，例如：/digest 订阅 ${candidates[0].id} 每天早上8点`,
      });
    }
    return errorReply(lang, {
      en: `Unknown body "${text}". The bodies are:\n${bodyList(bodies, "en")}\nFor example: /digest subscribe wg-prevention at 8:30`,
      zh: `未知的机构“${text}”。可选机构：\n${bodyList(bodies, "zh")}\n例如：/digest 订阅 wg-prevention 每天早上8点`,
    });
  }

  const whichBody = (lang: Lang, action: string): Reply =>
    errorReply(lang, {
      en: `Which body should this channel follow? Name one:\n${bodyList(bodies, "en")}\nFor example: /digest ${action} wg-prevention at 8:30`,
      zh: `本频道要关注哪一机构？请指明：\n${bodyList(bodies, "zh")}\n例如：/digest ${action} wg-prevention 每天早上8点`,
    });

  /** The zone a body meets in: its next meeting's venue, else Vienna. */
  function bodyZone(ctx: CommandContext, body: string): string {
    const today = localDate(ctx.timeZone, ctx.now);
    const next = ctx.index
      .meetings({ body })
      .filter((m) => m.start && (m.end ?? m.start) >= today)
      .sort((a, b) => a.start!.localeCompare(b.start!))[0];
    return venueTimeZone(next?.venue);
  }

  /** "Next: the 15th meeting ..., 3–6 September 2024, Vienna [1]; the first digest comes on ..." */
  function nextLine(ctx: CommandContext, sub: Pick<Subscription, "body" | "time" | "timeZone" | "daysBefore">, cites: Sources): string {
    const { lang } = ctx;
    const local = localParts(sub.timeZone, ctx.now);
    const next = ctx.index
      .meetings({ body: sub.body })
      .filter((m) => m.start && (m.end ?? m.start) >= local.date)
      .sort((a, b) => a.start!.localeCompare(b.start!))[0];
    if (!next) {
      return lang === "zh"
        ? `文件中尚无${bodies.name(sub.body, "zh")}今后会议的日期；一旦有会议公布，简报即开始发送。`
        : `The documents name no upcoming meeting of the ${bodies.name(sub.body, "en")} yet; digests start once one is announced.`;
    }
    const first = [addDays(next.start!, -sub.daysBefore), local.date].sort()[1];
    const when = first === local.date ? (local.time >= sub.time ? (lang === "zh" ? "今天（一分钟内）" : "today, within a minute") : lang === "zh" ? `今天 ${sub.time}` : `today at ${sub.time}`) : lang === "zh" ? `${formatDate(first, "zh", { weekday: true })} ${sub.time}` : `${formatDate(first, "en", { weekday: true })} at ${sub.time}`;
    const range = formatDateRange(next.start!, next.end, lang);
    const venue = next.venue ? (lang === "zh" ? `，${venueName(bodies.glossary, next.venue, "zh")}` : `, ${venueName(bodies.glossary, next.venue, "en")}`) : "";
    const mark = lineMark(cites, next.sources[0]);
    return lang === "zh"
      ? `下一次：${meetingName(bodies.glossary, next, "zh")}，${range}${venue}${mark}；第一份简报：${when}。`
      : `Next: the ${meetingName(bodies.glossary, next, "en")}, ${range}${venue}${mark}; first digest ${when}.`;
  }

  async function subscribe(args: Extract<DigestArgs, { action: "subscribe" }>, ctx: CommandContext): Promise<Reply> {
    const { lang } = ctx;
    const store = ctx.services.store!;
    const channel = channelOf(ctx.request.conversation);
    let bodyId: string;
    if (args.bodyText) {
      const r = resolveBody(args.bodyText, lang);
      if ("kind" in r) return r;
      bodyId = r.id;
    } else {
      // Changing the time of the only subscription needs no body.
      const existing = await store.subscriptionsFor(channel);
      if (existing.length !== 1) return whichBody(lang, lang === "zh" ? "订阅" : "subscribe");
      bodyId = existing[0].body;
    }
    const previous = (await store.subscriptionsFor(channel)).find((s) => s.body === bodyId);
    const sub = await store.subscribe({
      conversation: channel,
      body: bodyId,
      time: args.time ?? previous?.time ?? DEFAULT_DIGEST_TIME,
      timeZone: args.timeZone ?? previous?.timeZone ?? bodyZone(ctx, bodyId),
      daysBefore: args.daysBefore ?? previous?.daysBefore ?? DEFAULT_DAYS_BEFORE,
      ...(ctx.request.conversation.user ? { createdBy: ctx.request.conversation.user } : {}),
      lang,
    });
    const cites = new Sources(ctx.index);
    const name = bodies.name(sub.body, lang);
    const head =
      lang === "zh"
        ? `本频道${previous ? "已更新" : "已订阅"}${name}每日简报：每天 ${sub.time}（${sub.timeZone}），自会议开幕前 ${sub.daysBefore} 天起至闭幕。`
        : `This channel ${previous ? "now gets" : "is subscribed to"} the daily digest of the ${name} at ${sub.time} (${sub.timeZone}), from ${sub.daysBefore} day${sub.daysBefore === 1 ? "" : "s"} before each meeting opens until it closes.`;
    return { kind: "confirmation", answered: true, text: `${head}\n${nextLine(ctx, sub, cites)}`, citations: cites.citations(), lang };
  }

  async function unsubscribe(args: Extract<DigestArgs, { action: "unsubscribe" }>, ctx: CommandContext): Promise<Reply> {
    const { lang } = ctx;
    const channel = channelOf(ctx.request.conversation);
    const all = !args.bodyText || /^(all|everything|全部|所有)$/i.test(args.bodyText);
    let body: BodyInfo | undefined;
    if (!all) {
      const r = resolveBody(args.bodyText, lang);
      if ("kind" in r) return r;
      body = r;
    }
    const removed = await ctx.services.store!.unsubscribe(channel, body?.id);
    const name = body ? bodies.name(body.id, lang) : undefined;
    const text =
      removed === 0
        ? lang === "zh"
          ? `本频道未订阅${name ?? "任何机构"}的简报。`
          : `This channel was not subscribed to ${name ? `the ${name} digest` : "any digest"}.`
        : lang === "zh"
          ? `已取消本频道${name ? `${name}的` : `全部 ${removed} 个`}简报订阅。`
          : `Unsubscribed this channel from ${name ? `the ${name} digest` : `${removed} digest${removed === 1 ? "" : "s"}`}.`;
    return { kind: "confirmation", answered: true, text, citations: [], lang };
  }

  async function status(ctx: CommandContext): Promise<Reply> {
    const { lang } = ctx;
    const channel = channelOf(ctx.request.conversation);
    const subs = await ctx.services.store!.subscriptionsFor(channel);
    if (!subs.length) {
      return {
        kind: "answer",
        answered: true,
        ephemeral: true,
        text:
          lang === "zh"
            ? `本频道尚未订阅任何简报。订阅示例：/digest 订阅 wg-prevention 每天早上8点\n可选机构：\n${bodyList(bodies, "zh")}`
            : `This channel follows no digest yet. Subscribe with, for example: /digest subscribe wg-prevention at 8:30\nThe bodies are:\n${bodyList(bodies, "en")}`,
        citations: [],
        lang,
      };
    }
    const cites = new Sources(ctx.index);
    const lines = [lang === "zh" ? "**本频道的简报订阅**" : "**Digests this channel follows**"];
    for (const s of subs) {
      lines.push(
        lang === "zh"
          ? `• ${bodies.name(s.body, "zh")}：每天 ${s.time}（${s.timeZone}），开幕前 ${s.daysBefore} 天起`
          : `• ${bodies.name(s.body, "en")}: daily at ${s.time} (${s.timeZone}), from ${s.daysBefore} day${s.daysBefore === 1 ? "" : "s"} before`,
      );
      lines.push(`  ${nextLine(ctx, s, cites)}`);
    }
    return { kind: "answer", answered: true, ephemeral: true, text: lines.join("\n"), citations: cites.citations(), lang };
  }

  /** The preview date: ISO, relative ("tomorrow", "明天") or written out, in the given zone. */
  function previewDate(args: Extract<DigestArgs, { action: "preview" }>, ctx: CommandContext, tz: string): string | Reply {
    const today = localDate(tz, ctx.now);
    const bad = (got: string) =>
      errorReply(ctx.lang, {
        en: `"${got}" is not a date. Expected a date such as 2024-09-02, "tomorrow" or "3 September 2024", for example: /digest preview wg-prevention 2024-09-02`,
        zh: `“${got}”不是日期。请写如 2024-09-02、“明天”或“2024年9月2日”的日期，例如：/digest 预览 wg-prevention 2024-09-02`,
      });
    if (args.date) return isIsoDate(args.date) ? args.date : bad(args.date);
    if (!args.dateText) return today;
    const rel: Record<string, number> = { today: 0, tomorrow: 1, yesterday: -1, 今天: 0, 明天: 1, 后天: 2, 昨天: -1 };
    if (args.dateText in rel) return addDays(today, rel[args.dateText]);
    // chrono reads the reference instant in the given offset; components avoid any Date round trip.
    const ref = { instant: ctx.now, timezone: zoneOffsetMinutes(tz, ctx.now) };
    const r = chronoEn.parse(args.dateText, ref)[0] ?? chronoZh.parse(args.dateText, ref)[0];
    if (!r) return bad(args.dateText);
    const iso = `${r.start.get("year")}-${String(r.start.get("month")).padStart(2, "0")}-${String(r.start.get("day")).padStart(2, "0")}`;
    return isIsoDate(iso) ? iso : bad(args.dateText);
  }

  async function preview(args: Extract<DigestArgs, { action: "preview" }>, ctx: CommandContext): Promise<Reply> {
    const { lang } = ctx;
    const channel = channelOf(ctx.request.conversation);
    const subs = ctx.services.store ? await ctx.services.store.subscriptionsFor(channel) : [];
    let targets: Pick<Subscription, "body" | "timeZone" | "daysBefore">[];
    if (args.bodyText) {
      const r = resolveBody(args.bodyText, lang);
      if ("kind" in r) return r;
      const sub = subs.find((s) => s.body === r.id);
      targets = [sub ?? { body: r.id, timeZone: bodyZone(ctx, r.id), daysBefore: DEFAULT_DAYS_BEFORE }];
    } else if (subs.length) {
      targets = subs;
    } else {
      return whichBody(lang, lang === "zh" ? "预览" : "preview");
    }
    const replies: Reply[] = [];
    for (const t of targets) {
      const date = previewDate(args, ctx, t.timeZone);
      if (typeof date !== "string") return date;
      const digest = composeDigest({ index: ctx.index, bodies, body: t.body, date, daysBefore: t.daysBefore, lang, timeZone: t.timeZone });
      replies.push(digest ?? nothingToPost(ctx, t.body, date, t.daysBefore));
    }
    return { ...mergeReplies(replies, lang), ephemeral: true };
  }

  /** Says why there would be no post, and names the next meeting when one is known. */
  function nothingToPost(ctx: CommandContext, body: string, date: string, daysBefore: number): Reply {
    const { lang } = ctx;
    const cites = new Sources(ctx.index);
    const name = bodies.name(body, lang);
    const next = ctx.index
      .meetings({ body })
      .filter((m) => m.start && m.start > date)
      .sort((a, b) => a.start!.localeCompare(b.start!))[0];
    const head =
      lang === "zh"
        ? `${formatDate(date, "zh", { weekday: true })}不会发送${name}简报：${daysBefore} 天内没有会议。`
        : `No ${name} digest would be posted on ${formatDate(date, "en", { weekday: true })}: no meeting within ${daysBefore} day${daysBefore === 1 ? "" : "s"}.`;
    const tail = next
      ? lang === "zh"
        ? `下一次会议：${meetingName(bodies.glossary, next, "zh")}，${formatDateRange(next.start!, next.end, "zh")}${lineMark(cites, next.sources[0])}`
        : `The next meeting: the ${meetingName(bodies.glossary, next, "en")}, ${formatDateRange(next.start!, next.end, "en")}${lineMark(cites, next.sources[0])}`
      : "";
    return { kind: "answer", answered: true, text: tail ? `${head}\n${tail}` : head, citations: cites.citations(), lang };
  }

  return { subscribe, unsubscribe, status, preview };
}

const operationsByCatalog = new WeakMap<BodyCatalog, ReturnType<typeof operations>>();

/** Creates the /digest command; bodies are named as the index's glossary names them unless a catalog is given. */
export function createDigestCommand(config: DigestCommandConfig = {}) {
  const opsFor = (ctx: CommandContext) => {
    const bodies = config.bodies ?? bodyCatalogOf(ctx.index);
    let ops = operationsByCatalog.get(bodies);
    if (!ops) operationsByCatalog.set(bodies, (ops = operations(bodies)));
    return ops;
  };
  return defineCommand({
    id: "digest",
    description: {
      en: "Daily digest of a body's meetings for this channel: subscribe, unsubscribe, status, preview",
      zh: "本频道关注机构会议的每日简报：订阅、取消订阅、状态、预览",
    },
    aliases: ["简报", "digests"],
    usage: DIGEST_USAGE,
    args: digestArgs,
    examples: [
      "/digest subscribe wg-prevention at 8:30 Europe/Vienna 3",
      "/digest 订阅 预防腐败问题工作组 每天早上8点 Asia/Shanghai",
      "/digest status",
      "/digest preview 2024-09-02",
      "/digest unsubscribe wg-prevention",
    ],
    async handler(args, ctx) {
      const { subscribe, unsubscribe, status, preview } = opsFor(ctx);
      if (args.action === "preview") return preview(args, ctx);
      if (!ctx.services.store) {
        return errorReply(
          ctx.lang,
          { en: "Digest subscriptions are not available here: this deployment has no database (set DB_FILE and run the server).", zh: "此处无法订阅简报：本部署未配置数据库（请设置 DB_FILE 并运行服务器）。" },
          "unavailable",
        );
      }
      const refused = await accessProblem(args.action, ctx);
      if (refused) return refused;
      switch (args.action) {
        case "subscribe":
          return subscribe(args, ctx);
        case "unsubscribe":
          return unsubscribe(args, ctx);
        case "status":
          return status(ctx);
      }
    },
  });
}

/**
 * Why the asker may not change this conversation's digest, if they may not: only channel
 * managers and configured admins may, and a private channel must have the bot in it.
 */
async function accessProblem(action: DigestArgs["action"], ctx: CommandContext): Promise<Reply | undefined> {
  if (!ctx.request.checkAccess || action === "status" || action === "preview") return undefined;
  const access = await ctx.request.checkAccess();
  if (!access.canManage) {
    return errorReply(
      ctx.lang,
      {
        en: "Only a channel manager or an administrator of this app can change this channel's digest. Ask one of them, or use /digest status to see what the channel follows.",
        zh: "只有频道管理员或本应用的管理员可以更改本频道的简报。请联系他们，或输入 /digest status 查看本频道关注的内容。",
      },
      "not_allowed",
    );
  }
  if (action === "subscribe" && !access.botIsMember) {
    return errorReply(
      ctx.lang,
      {
        en: "I am not a member of this private channel, so I could not post the digest here. Add me first (type /invite and choose me, or open the channel's details › Integrations › Add apps), then subscribe again.",
        zh: "我不是这个私有频道的成员，无法在此发布简报。请先添加我（输入 /invite 并选择我，或打开频道详情 › 集成 › 添加应用），然后再订阅。",
      },
      "bot_not_in_channel",
    );
  }
  return undefined;
}

/** The /digest command, naming bodies as the index's glossary does. */
export const digestCommand = createDigestCommand();
