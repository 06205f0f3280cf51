/**
 * What the bot does with each incoming activity: messages go to the assistant and come back as
 * cards; feedback buttons record votes; being added says hello, being removed stops digests.
 * Every conversation that talks to the bot has its reference stored for proactive posts.
 */
import { Activity } from "@microsoft/agents-activity";
import type { TurnContext } from "@microsoft/agents-hosting";
import { PostError, type Assistant } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import type { Reply, RequestAccess } from "../../core/types.js";
import type { AccessConfig } from "../../core/config.js";
import type { Store } from "../../store/types.js";
import { labelsFor } from "./labels.js";
import { renderNote, renderReasonCard, renderReply, type OutgoingActivity, type RenderOptions } from "./render.js";
import { withTeamsRetry, type RetryPolicy } from "./retry.js";
import { conversationOf, feedbackOf, mentionsBot, quotesBot, reasonOf, referenceOf, toRequest } from "./translate.js";
import { createThreadLedger } from "../thread-ledger.js";

export interface TurnConfig {
  assistant: Assistant;
  /** Command prefix and who may change digests (`loadConfig().access`). */
  access?: AccessConfig;
  store?: Store;
  logger: Logger;
  retry: RetryPolicy;
  render?: RenderOptions;
}

/**
 * Who may change a conversation's digest in Teams. Teams tells a bot nobody's role in a team, so
 * "channel-managers" means the configured admins when there are any, and anyone otherwise; a
 * personal chat is always its person's own. The bot is in every conversation it hears from.
 */
export function teamsAccess(access: AccessConfig, user: string | undefined, conversationType: string | undefined): RequestAccess {
  const listed = user !== undefined && access.adminUsers.includes(user);
  const canManage =
    conversationType === "personal" || access.digestManagers === "anyone" || listed || (access.digestManagers === "channel-managers" && access.adminUsers.length === 0);
  return { canManage, botIsMember: true };
}

/** Sends activities in order, each with the bounded retry policy. @throws PostError */
export async function sendAll(ctx: TurnContext, activities: OutgoingActivity[], what: string, retry: RetryPolicy, logger: Logger): Promise<void> {
  for (const activity of activities) {
    await withTeamsRetry(() => ctx.sendActivity(Activity.fromObject(activity)), what, retry, logger);
  }
}

/** Creates the turn handler passed to the SDK's CloudAdapter.process. It never throws: failures are logged. */
export function createTurnLogic(config: TurnConfig): (ctx: TurnContext) => Promise<void> {
  const { assistant, store, logger, retry } = config;
  const threads = createThreadLedger("teams", store);

  /**
   * Whether to answer a message. In a channel, the app's resource-specific consent lets Teams
   * send every message: only those that @mention the bot, quote one of its messages, or reply in
   * a thread it answered in, are for it.
   */
  async function isForTheBot(activity: Activity): Promise<boolean> {
    if (activity.conversation?.conversationType !== "channel" || mentionsBot(activity) || quotesBot(activity)) return true;
    const { id, thread } = conversationOf(activity);
    return thread !== undefined && (await threads.has(id, thread));
  }

  async function remember(activity: Activity): Promise<void> {
    if (!store) return;
    const conversation = conversationOf(activity);
    try {
      await store.saveConversationReference("teams", conversation.id, referenceOf(activity));
    } catch (err) {
      // Answering matters more than remembering; the next message will try again.
      logger.error("teams conversation reference not saved", { conversation: conversation.id, error: errorText(err) });
    }
  }

  async function reply(ctx: TurnContext, r: Reply): Promise<void> {
    await sendAll(ctx, renderReply(r, config.render), "reply", retry, logger);
  }

  async function onMessage(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    const lang = activity.locale?.toLowerCase().startsWith("zh") ? "zh" : "en";
    const vote = feedbackOf(activity);
    if (vote) {
      const conversation = conversationOf(activity);
      const voteId = await assistant.feedback(conversation, conversation.user, vote.ref, vote.vote);
      // A 👎 asks what was wrong; the answer to that card is attached to the vote.
      const ack = vote.vote === "down" && voteId ? renderReasonCard(voteId, lang) : renderNote(labelsFor(lang).feedbackThanks);
      await sendAll(ctx, [ack], "feedback acknowledgement", retry, logger);
      return;
    }
    const reason = reasonOf(activity);
    if (reason) {
      if (reason.reason?.trim()) await assistant.feedbackReason(reason.voteId, reason.reason);
      await sendAll(ctx, [renderNote(labelsFor(lang).reasonThanks)], "feedback acknowledgement", retry, logger);
      return;
    }
    if (!(await isForTheBot(activity))) {
      logger.debug("teams channel message not for the bot", { conversation: activity.conversation?.id });
      return;
    }
    const request = toRequest(activity, config.access?.commandPrefix);
    const access = config.access;
    if (access) request.checkAccess = async () => teamsAccess(access, request.conversation.user, activity.conversation?.conversationType);
    // A bare @mention (or an empty card submit) is a request for help.
    if (!request.text) request.text = "help";
    // A slow answer (a model rewording it) shows the typing indicator meanwhile.
    request.progress = () =>
      void ctx.sendActivity(Activity.fromObject({ type: "typing" })).catch((err: unknown) => logger.warn("teams typing indicator failed", { error: errorText(err) }));
    await reply(ctx, await assistant.handle(request));
    const { id, thread } = request.conversation;
    if (activity.conversation?.conversationType === "channel" && thread) {
      await threads.mark(id, thread).catch((err: unknown) => logger.error("teams thread not remembered", { conversation: id, error: errorText(err) }));
    }
  }

  async function onConversationUpdate(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    const botId = activity.recipient?.id;
    const conversation = conversationOf(activity);
    if (activity.membersRemoved?.some((m) => m.id === botId)) {
      await store?.markUnreachable("teams", conversation.id, "bot removed from the conversation");
      logger.info("teams bot removed", { conversation: conversation.id });
      return;
    }
    if (activity.membersAdded?.some((m) => m.id === botId)) {
      logger.info("teams bot added", { conversation: conversation.id, type: activity.conversation?.conversationType });
      await reply(ctx, await assistant.handle({ text: "help", conversation, ...(activity.locale ? { locale: activity.locale } : {}) }));
    }
  }

  return async (ctx) => {
    const activity = ctx.activity;
    try {
      switch (activity.type) {
        case "message":
          await remember(activity);
          await onMessage(ctx);
          break;
        case "conversationUpdate":
          if (activity.membersAdded?.some((m) => m.id === activity.recipient?.id)) await remember(activity);
          await onConversationUpdate(ctx);
          break;
        case "installationUpdate":
          if (/^remove/.test(String(activity.action ?? ""))) {
            await store?.markUnreachable("teams", conversationOf(activity).id, "app uninstalled");
          }
          break;
        default:
          logger.debug("teams activity ignored", { type: activity.type });
      }
    } catch (err) {
      logger.error("teams turn failed", { type: activity.type, conversation: activity.conversation?.id, error: errorText(err) });
      // The person asked something: tell them it failed, unless it was the sending that failed.
      if (activity.type === "message" && !(err instanceof PostError)) {
        const lang = activity.locale?.toLowerCase().startsWith("zh") ? "zh" : "en";
        const failure: Reply = { kind: "error", code: "internal", answered: false, text: labelsFor(lang).internalError, citations: [], lang };
        await reply(ctx, failure).catch((sendErr: unknown) => logger.error("teams error reply not sent", { error: errorText(sendErr) }));
      }
    }
  };
}

function errorText(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
