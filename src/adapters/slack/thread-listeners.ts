/**
 * Follow-ups in threads: once the bot has been called into a thread (an @mention there, or one
 * that started it; listeners.ts marks it), later messages in that thread are answered without a
 * new mention. Messages
 * anywhere else in a channel are never answered. Which threads the bot took part in is kept in
 * the store, so this survives a restart; the thread's context for follow-ups is the assistant's
 * (kept in the same store).
 */
import type { App } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import type { ConversationRef } from "../../core/types.js";
import type { ThreadLedger } from "../thread-ledger.js";
import type { Replier } from "./replier.js";
import { fromSlackText } from "./slack-text.js";
import { deliveryOf } from "./delivery.js";

export interface ThreadListenerDeps {
  replier: Replier;
  threads: ThreadLedger;
  logger: Logger;
}

/** A channel message event as Slack sends it for message.channels and message.groups. */
interface ChannelMessageEvent {
  type: "message";
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

/** Registers the thread listeners on `app`. */
export function registerThreadListeners(app: App, deps: ThreadListenerDeps): void {
  const { replier, threads, logger } = deps;

  app.event("message", async ({ event, context, client, body }) => {
    const e = event as unknown as ChannelMessageEvent;
    if (e.channel_type !== "channel" && e.channel_type !== "group") return;
    // New replies only ("also send to channel" replies included): no edits, deletions or joins.
    if (e.subtype !== undefined && e.subtype !== "thread_broadcast") return;
    if (!e.thread_ts || e.thread_ts === e.ts) return;
    if (e.bot_id || !e.user || e.user === context.botUserId) return;
    // A reply that mentions the bot is an app_mention too, and answered there.
    if (context.botUserId && (e.text ?? "").includes(`<@${context.botUserId}`)) return;
    if (!(await threads.has(e.channel, e.thread_ts))) return;
    const text = fromSlackText(e.text ?? "", context.botUserId);
    if (!text) return;
    const conversation: ConversationRef = { platform: "slack", id: e.channel, thread: e.thread_ts, user: e.user, team: e.team ?? (body as { team_id?: string }).team_id };
    logger.debug("slack thread follow-up", { channel: e.channel, thread: e.thread_ts });
    const reply = await replier.ask({ text, conversation }, client);
    await replier.post(client, { channel: e.channel, threadTs: e.thread_ts, user: e.user }, reply, deliveryOf(context));
  });
}
