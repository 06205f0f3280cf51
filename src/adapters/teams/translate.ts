/**
 * Teams activity -> neutral Request. Only translation: what the text means is the
 * router's business, so "agenda 15" and "/agenda 15" pass through unchanged.
 */
import type { Activity, ConversationReference } from "@microsoft/agents-activity";
import { DomUtils, parseDocument } from "htmlparser2";
import { z } from "zod";
import type { ConversationRef, Request } from "../../core/types.js";

/** Teams puts the root message of a channel thread into the conversation id: "19:…@thread.tacv2;messageid=1712345". */
const THREAD_MARKER = ";messageid=";

/** The conversation without its thread suffix, and the thread, if any. */
export function splitConversationId(id: string): { base: string; thread?: string } {
  const at = id.indexOf(THREAD_MARKER);
  if (at < 0) return { base: id };
  return { base: id.slice(0, at), thread: id.slice(at + THREAD_MARKER.length) || undefined };
}

interface TeamsChannelData {
  tenant?: { id?: string };
}

/**
 * Where an activity came from. `id` is the chat or the channel itself (never a thread), so that
 * subscriptions and stored references name the channel; `thread` keeps a channel thread's context.
 */
export function conversationOf(activity: Partial<Activity>): ConversationRef {
  const raw = activity.conversation?.id ?? "";
  const { base, thread } = splitConversationId(raw);
  const isChannel = activity.conversation?.conversationType === "channel";
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const ref: ConversationRef = { platform: "teams", id: base };
  const t = thread ?? (isChannel ? activity.replyToId : undefined);
  if (t) ref.thread = t;
  const user = activity.from?.aadObjectId ?? activity.from?.id;
  if (user) ref.user = user;
  const team = channelData.tenant?.id ?? activity.conversation?.tenantId;
  if (team) ref.team = team;
  return ref;
}

/** The bot's @mentions among the activity's entities. */
function botMentions(activity: Partial<Activity>): { text?: string }[] {
  const botId = activity.recipient?.id;
  if (!botId) return [];
  return (activity.entities ?? [])
    .map((entity) => entity as { type?: string; text?: string; mentioned?: { id?: string } })
    .filter((m) => m.type?.toLowerCase() === "mention" && m.mentioned?.id === botId);
}

/** True when the message @mentions the bot. */
export function mentionsBot(activity: Partial<Activity>): boolean {
  return botMentions(activity).length > 0;
}

/**
 * The message text without @mentions of the bot. Teams writes them as `<at>Name</at>` and lists
 * them in `entities`; the SDK's removeRecipientMention removes only the first one.
 */
export function textWithoutBotMentions(activity: Partial<Activity>): string {
  let text = activity.text ?? "";
  for (const mention of botMentions(activity)) {
    if (mention.text) text = text.split(mention.text).join(" ");
  }
  const botName = activity.recipient?.name;
  if (botName) text = text.split(`<at>${botName}</at>`).join(" ");
  return text
    // A quoted reply's placeholder: the quoted message reaches the request as context instead.
    .replace(/<quoted\b[^>]*\/?>(?:<\/quoted>)?/gi, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** "uncac-agenda 15" -> "agenda 15" (and "/uncac-agenda" -> "/agenda") for COMMAND_PREFIX "uncac-". */
export function withoutCommandPrefix(text: string, prefix: string): string {
  if (!prefix) return text;
  const slash = text.startsWith("/") ? "/" : "";
  return text.slice(slash.length).startsWith(prefix) ? slash + text.slice(slash.length + prefix.length) : text;
}

/** A message the activity quotes (Teams "Reply" on a message): who wrote it and its text as Teams previews it. */
export interface QuotedMessage {
  senderId?: string;
  preview: string;
}

const quotedReplyEntity = z.looseObject({
  type: z.literal("quotedReply"),
  quotedReply: z.looseObject({ messageId: z.string().optional(), senderId: z.string().optional(), preview: z.string().optional(), isReplyDeleted: z.boolean().optional() }),
});

/**
 * The messages an activity quotes: from `quotedReply` entities, or, as older clients send them,
 * from the `<blockquote itemtype="http://schema.skype.com/Reply">` of its text/html attachment.
 */
export function quotedMessages(activity: Partial<Activity>): QuotedMessage[] {
  const fromEntities = (activity.entities ?? []).flatMap((e) => {
    const parsed = quotedReplyEntity.safeParse(e);
    if (!parsed.success || parsed.data.quotedReply.isReplyDeleted || !parsed.data.quotedReply.preview?.trim()) return [];
    const { senderId, preview } = parsed.data.quotedReply;
    return [{ ...(senderId ? { senderId } : {}), preview: preview!.trim() }];
  });
  if (fromEntities.length) return fromEntities;
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === "text/html" && typeof a.content === "string" && a.content.includes("schema.skype.com/Reply"))
    .flatMap((a) => {
      const doc = parseDocument(a.content as string);
      return DomUtils.findAll((el) => el.name === "blockquote" && /schema\.skype\.com\/Reply/.test(el.attribs.itemtype ?? ""), doc.children).flatMap((quote) => {
        const sender = DomUtils.findOne((el) => el.attribs.itemprop === "mri", quote.children);
        const body = DomUtils.findOne((el) => el.attribs.itemprop === "copy", quote.children) ?? DomUtils.findOne((el) => el.attribs.itemprop === "preview", quote.children);
        const preview = body ? DomUtils.textContent(body).replace(/\s+/g, " ").trim() : "";
        return preview ? [{ ...(sender?.attribs.itemid ? { senderId: sender.attribs.itemid } : {}), preview }] : [];
      });
    });
}

/** True when the activity quotes a message of the bot. */
export function quotesBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return botId !== undefined && quotedMessages(activity).some((q) => q.senderId === botId);
}

/** The neutral request for a message activity; quoted messages are its context. */
export function toRequest(activity: Partial<Activity>, commandPrefix = ""): Request {
  const request: Request = { text: withoutCommandPrefix(textWithoutBotMentions(activity), commandPrefix), conversation: conversationOf(activity) };
  if (activity.locale) request.locale = activity.locale;
  const earlier = quotedMessages(activity).map((q) => q.preview);
  if (earlier.length) request.earlier = earlier;
  return request;
}

/** The data an Action.Submit feedback button sends back (see render.ts). */
export const feedbackValueSchema = z.object({
  action: z.literal("feedback"),
  vote: z.enum(["up", "down"]),
  ref: z.string().min(1).max(500),
});
export type FeedbackValue = z.infer<typeof feedbackValueSchema>;

/** The data the reason card's Action.Submit sends back (see render.ts renderReasonCard). */
export const reasonValueSchema = z.object({
  action: z.literal("feedbackReason"),
  voteId: z.string().min(1).max(200),
  reason: z.string().max(2000).optional(),
});
export type ReasonValue = z.infer<typeof reasonValueSchema>;

/** The reason for a 👎 carried by a message activity's `value`, if that is what it is. */
export function reasonOf(activity: Partial<Activity>): ReasonValue | undefined {
  const parsed = reasonValueSchema.safeParse(activity.value);
  return parsed.success ? parsed.data : undefined;
}

/** The feedback vote carried by a message activity's `value`, if that is what it is. */
export function feedbackOf(activity: Partial<Activity>): FeedbackValue | undefined {
  const parsed = feedbackValueSchema.safeParse(activity.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The reference used for proactive posts: that of the activity, addressed to the chat or the
 * channel itself so that digests start a new post instead of landing in an old thread.
 */
export function referenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const ref: Partial<ConversationReference> = {
    user: activity.from,
    agent: activity.recipient,
    channelId: activity.channelId,
    locale: activity.locale,
    serviceUrl: activity.serviceUrl,
  };
  if (activity.conversation) ref.conversation = { ...activity.conversation, id: splitConversationId(activity.conversation.id).base };
  return ref;
}

/**
 * A stored reference as the SDK expects it. References stored before the move to the Agents SDK
 * name the bot `bot`; the SDK calls it `agent`.
 */
export function upgradeReference(stored: Partial<ConversationReference> & { bot?: ConversationReference["agent"] }): Partial<ConversationReference> {
  const { bot, ...rest } = stored;
  return rest.agent || !bot ? rest : { ...rest, agent: bot };
}
