/**
 * What the Slack app listens to: one slash command per registry command, @mentions, DMs and
 * the buttons it renders. Each listener acknowledges first, then asks the assistant, then
 * delivers; it decides nothing about the content of an answer.
 */
import type { App, RespondFn, webApi } from "@slack/bolt";
import type { Assistant } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import type { ConversationRef, Lang, Reply } from "../../core/types.js";
import { deliverByRespond, respondWith, type ChannelTarget } from "./deliver.js";
import { t } from "./messages.js";
import type { RecentIds } from "./recent-ids.js";
import type { Store } from "../../store/types.js";
import { ackOnce, answerOnce } from "./once.js";
import { deliveryOf, type DeliveryPostOptions } from "./delivery.js";
import type { ThreadLedger } from "../thread-ledger.js";
import { earlierMessages } from "./thread-history.js";
import { createReplier, errorText } from "./replier.js";
import { slackReplyMode, type AccessConfig, type PresentationConfig } from "../../core/config.js";
import { reasonModal } from "./feedback-reason.js";
import { ACTION_IDS, parseFeedbackValue, renderPassage, SHOW_PASSAGE_ACTION, type RenderOptions, type SlackMessage } from "./render.js";
import { fromSlackText } from "./slack-text.js";
import type { RateLimitRetryOptions } from "./web-api.js";

export interface ListenerDeps {
  assistant: Assistant;
  logger: Logger;
  /** Event ids already received (Slack redelivers when an ack is late). */
  recentEvents: RecentIds;
  /** Claims deliveries across replicas; without it, ids are remembered in this process only. */
  store?: Pick<Store, "claimEvent" | "completeEvent" | "markEventPosting">;
  render?: RenderOptions;
  retry?: RateLimitRetryOptions;
  /** Timeout and read-back of claimed deliveries' posts. */
  once?: DeliveryPostOptions;
  /** The command prefix, who may change digests. */
  access: AccessConfig;
  /** The threads the bot took part in (a mention makes it a participant). */
  threads: ThreadLedger;
  /** Whether slash-command answers are private (with "Share in channel") or posted to the channel, per workspace; private by default. */
  commandReplies?: PresentationConfig["slackCommandReplies"];
}

/** Replies that answer a question about the documents: the ones worth sharing. */
const SHAREABLE = new Set<Reply["kind"]>(["answer", "refusal", "clarification"]);

/** Registers every listener on `app`. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { assistant, logger, recentEvents } = deps;
  const hasHelp = assistant.commands().some((c) => c.id === "help");

  const { ask, post, langOf } = createReplier(deps);
  /** A mention or DM with nothing but the mention gets help rather than a question about nothing. */
  const questionOrHelp = (text: string) => (text ? text : hasHelp ? "/help" : "");

  // Answer every delivery at most once, across replicas when the store is shared (see once.ts).
  app.use(answerOnce({ logger, recent: recentEvents, store: deps.store }));

  for (const spec of assistant.commands()) {
    app.command(`/${deps.access.commandPrefix}${spec.id}`, async ({ command, ack, respond, context, client }) => {
      // Ack first and empty: the answer follows through response_url, well within Slack's 3 s.
      await ackOnce(ack, context);
      const args = fromSlackText(command.text ?? "");
      const conversation: ConversationRef = { platform: "slack", id: command.channel_id, user: command.user_id, team: command.team_id };
      // A slow answer (a model rewording it) tells the asker it is still working, to them only.
      const progress = (note: string) =>
        void respond({ response_type: "ephemeral", replace_original: false, text: note }).catch((err) => logger.warn("slack progress note failed", { error: errorText(err) }));
      const text = args ? `/${spec.id} ${args}` : `/${spec.id}`;
      const reply = await ask({ text, conversation, progress }, client);
      // One delegate's look-ups stay theirs until they choose to share them (mentions and DMs answer in place).
      const commandReplies = deps.commandReplies ?? { mode: "private", byTeam: {} };
      const isPrivate = slackReplyMode(commandReplies, command.team_id) === "private" && SHAREABLE.has(reply.kind);
      const shown = isPrivate ? { ...reply, ephemeral: true } : reply;
      const extras = isPrivate ? { share: text } : undefined;
      await deliverByRespond(respond, shown, { render: deps.render, delivery: deliveryOf(context), logger, extras }).catch((err) =>
        logger.error("slack respond failed", { command: spec.id, channel: command.channel_id, error: errorText(err) }),
      );
    });
  }

  app.event("app_mention", async ({ event, context, client, body }) => {
    if (event.bot_id || !event.user) return; // never converse with bots (loops)
    const thread = event.thread_ts ?? event.ts;
    const text = questionOrHelp(fromSlackText(event.text, context.botUserId));
    const conversation: ConversationRef = { platform: "slack", id: event.channel, thread, user: event.user, team: event.team ?? (body as { team_id?: string }).team_id };
    // Called into a thread it was never in: what the thread said so far is the question's context.
    const known = await deps.threads.has(event.channel, thread).catch(() => true);
    const earlier = !known && event.thread_ts && event.thread_ts !== event.ts ? await earlierMessages(client, event.channel, thread, event.ts, context.botUserId, logger) : [];
    // Being mentioned makes the bot a participant of the thread it answers in.
    if (!known) await deps.threads.mark(event.channel, thread).catch((err) => logger.error("slack thread not remembered", { channel: event.channel, error: errorText(err) }));
    if (!text) return post(client, { channel: event.channel, threadTs: thread, user: event.user }, hint(langOf(event.text)), deliveryOf(context));
    const progress = (note: string) =>
      void client.chat
        .postEphemeral({ channel: event.channel, user: event.user!, thread_ts: thread, text: note })
        .catch((err) => logger.warn("slack progress note failed", { error: errorText(err) }));
    const reply = await ask({ text, conversation, progress, ...(earlier.length ? { earlier } : {}) }, client);
    await post(client, { channel: event.channel, threadTs: thread, user: event.user }, reply, deliveryOf(context));
  });

  app.event("message", async ({ event, context, client, body }) => {
    // Only plain new messages in DMs: edits, deletions, joins and bot posts carry a subtype or bot_id.
    if (event.channel_type !== "im" || event.subtype !== undefined) return;
    if (event.bot_id || !event.user || event.user === context.botUserId) return;
    const thread = event.thread_ts;
    const text = questionOrHelp(fromSlackText(event.text ?? "", context.botUserId));
    const target: ChannelTarget = { channel: event.channel, threadTs: thread, user: event.user, isDirect: true };
    if (!text) return post(client, target, hint(langOf(event.text ?? "")), deliveryOf(context));
    const conversation: ConversationRef = { platform: "slack", id: event.channel, thread, user: event.user, team: (body as { team_id?: string }).team_id };
    const reply = await ask({ text, conversation }, client);
    await post(client, target, reply, deliveryOf(context));
  });

  app.action<BlockButtonAction | BlockSelectAction>(SHOW_PASSAGE_ACTION, async ({ ack, action, body, respond, client, context }) => {
    await ackOnce(ack, context);
    const lang = langFromBlockId(action.block_id);
    // The "Show passages" menu carries the chosen passage; buttons of older messages their own.
    const passageId = action.type === "static_select" ? action.selected_option?.value : action.value;
    const citation = passageId ? assistant.passage(passageId) : undefined;
    const message: SlackMessage = citation ? renderPassage(citation, lang, deps.render) : { text: t("passageGone", lang), blocks: [] };
    await tell(respond, client, body, message).catch((err) => logger.error("slack respond failed", { action: action.action_id, error: errorText(err) }));
  });

  app.action<BlockButtonAction>(ACTION_IDS.share, async ({ ack, action, body, respond, client, context }) => {
    await ackOnce(ack, context);
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel || !action.value) return;
    const conversation: ConversationRef = { platform: "slack", id: channel, user: body.user.id, team: body.team?.id };
    // The answer is given again for the channel (answers are deterministic), with who shared it.
    const reply = await ask({ text: action.value, conversation }, client);
    await post(client, { channel, user: body.user.id }, { ...reply, ephemeral: false }, deliveryOf(context), { sharedBy: body.user.id });
    if (respond) await respond({ delete_original: true }).catch((err) => logger.warn("slack private answer not removed", { error: errorText(err) }));
  });

  /** Records a vote, asks for a reason on 👎 and thanks the voter privately. */
  async function vote(args: { body: BlockButtonAction; blockId?: string; ref: string; vote: "up" | "down"; respond?: RespondFn; client: webApi.WebClient; actionId: string }): Promise<void> {
    const { body, client } = args;
    const lang = langFromBlockId(args.blockId);
    const conversation: ConversationRef = {
      platform: "slack",
      id: body.channel?.id ?? body.container?.channel_id ?? "",
      thread: body.message?.thread_ts ?? body.container?.thread_ts,
      user: body.user.id,
      team: body.team?.id,
    };
    let text = t("feedbackThanks", lang);
    try {
      const voteId = await assistant.feedback(conversation, body.user.id, args.ref, args.vote);
      if (args.vote === "down" && voteId) {
        await client.views.open({ trigger_id: body.trigger_id, view: reasonModal(voteId, lang) }).catch((err) => logger.warn("slack feedback form not opened", { error: errorText(err) }));
      }
    } catch (err) {
      logger.error("feedback not stored", { error: errorText(err) });
      text = t("feedbackFailed", lang);
    }
    await tell(args.respond, client, body, { text, blocks: [] }).catch((err) => logger.error("slack respond failed", { action: args.actionId, error: errorText(err) }));
  }

  // Slack's native feedback buttons: one element, the value says which button was pressed.
  app.action<BlockButtonAction>(ACTION_IDS.feedback, async ({ ack, action, body, respond, client, context }) => {
    await ackOnce(ack, context);
    const parsed = parseFeedbackValue(action.value);
    if (!parsed) return logger.warn("slack feedback value not understood", { value: action.value?.slice(0, 40) });
    await vote({ body, blockId: action.block_id, ref: parsed.ref, vote: parsed.vote, respond, client, actionId: action.action_id });
  });

  // Plain 👍/👎 buttons (where Slack refuses the native ones, and on messages of earlier releases).
  app.action<BlockButtonAction>(new RegExp(`^(${ACTION_IDS.feedbackUp}|${ACTION_IDS.feedbackDown})$`), async ({ ack, action, body, respond, client, context }) => {
    await ackOnce(ack, context);
    const up = action.action_id === ACTION_IDS.feedbackUp;
    await vote({ body, blockId: action.block_id, ref: action.value ?? "", vote: up ? "up" : "down", respond, client, actionId: action.action_id });
  });

  app.error(async (error) => {
    logger.error("slack listener failed", { code: (error as { code?: string }).code, error: errorText(error) });
  });

  function hint(lang: Lang): Reply {
    return { kind: "help", ephemeral: true, answered: false, citations: [], text: t("emptyQuestion", lang), lang };
  }
}

type BlockButtonAction = import("@slack/bolt").BlockAction<import("@slack/bolt").ButtonAction>;
type BlockSelectAction = import("@slack/bolt").BlockAction<import("@slack/bolt").StaticSelectAction>;

/** Ephemeral answer to a button click: through response_url, or chat.postEphemeral where there is none. */
async function tell(respond: import("@slack/bolt").RespondFn | undefined, client: webApi.WebClient, body: BlockButtonAction | BlockSelectAction, message: SlackMessage): Promise<void> {
  const m = message.blocks.length ? message : { ...message, blocks: [{ type: "section" as const, text: { type: "mrkdwn" as const, text: message.text } }] };
  if (respond) return respondWith(respond, m, true);
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (channel) await client.chat.postEphemeral({ channel, user: body.user.id, text: m.text, blocks: m.blocks });
}

/** The language an adapter-written acknowledgement should use, carried in the block id ("feedback:zh"). */
function langFromBlockId(blockId: string | undefined): Lang {
  return blockId?.split(":")[1] === "zh" ? "zh" : "en";
}

