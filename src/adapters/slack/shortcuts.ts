/**
 * Shortcuts: "Ask about this message" (on a message's menu) opens a question form starting
 * from the message's text and answers in the message's thread; the global shortcut (lightning
 * menu, search bar) opens an empty form and answers in a direct message.
 */
import type { App, GlobalShortcut, MessageShortcut, types } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import type { ConversationRef } from "../../core/types.js";
import type { ThreadLedger } from "../thread-ledger.js";
import type { Replier } from "./replier.js";
import { errorText } from "./replier.js";
import { fromSlackText } from "./slack-text.js";
import { deliveryOf } from "./delivery.js";

export const SHORTCUT_IDS = { askAboutMessage: "ask_about_message", askQuestion: "ask_question" } as const;
const MODAL_ID = "ask_modal";
const BLOCK = "question";
const INPUT = "text";
/** plain_text_input holds at most 3000 characters. */
const MAX_INPUT = 3000;

/** Where the answer goes: a channel thread, or a DM when `channel` is absent. */
interface ModalTarget {
  channel?: string;
  thread?: string;
}

function questionModal(initial: string | undefined, target: ModalTarget): types.ModalView {
  return {
    type: "modal",
    callback_id: MODAL_ID,
    private_metadata: JSON.stringify(target),
    title: { type: "plain_text", text: "Ask the assistant" },
    submit: { type: "plain_text", text: "Ask" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: BLOCK,
        label: { type: "plain_text", text: "Your question (English or Chinese)" },
        element: {
          type: "plain_text_input",
          action_id: INPUT,
          multiline: true,
          max_length: MAX_INPUT,
          ...(initial ? { initial_value: initial.slice(0, MAX_INPUT) } : {}),
          placeholder: { type: "plain_text", text: "e.g. Where was the 10th session of the Conference of the States Parties held?" },
        },
      },
    ],
  };
}

export interface ShortcutDeps {
  replier: Replier;
  threads: ThreadLedger;
  logger: Logger;
}

/** Registers both shortcuts and the form's submission. */
export function registerShortcuts(app: App, deps: ShortcutDeps): void {
  const { replier, threads, logger } = deps;

  app.shortcut<MessageShortcut>(SHORTCUT_IDS.askAboutMessage, async ({ shortcut, ack, client, context }) => {
    await ack();
    const message = shortcut.message as { text?: string; ts: string; thread_ts?: string };
    const target: ModalTarget = { channel: shortcut.channel.id, thread: message.thread_ts ?? message.ts };
    await client.views
      .open({ trigger_id: shortcut.trigger_id, view: questionModal(fromSlackText(message.text ?? "", context.botUserId), target) })
      .catch((err) => logger.error("slack question form not opened", { shortcut: shortcut.callback_id, error: errorText(err) }));
  });

  app.shortcut<GlobalShortcut>(SHORTCUT_IDS.askQuestion, async ({ shortcut, ack, client }) => {
    await ack();
    await client.views.open({ trigger_id: shortcut.trigger_id, view: questionModal(undefined, {}) }).catch((err) => logger.error("slack question form not opened", { shortcut: shortcut.callback_id, error: errorText(err) }));
  });

  app.view(MODAL_ID, async ({ ack, view, body, client, context }) => {
    const text = (view.state.values[BLOCK]?.[INPUT]?.value ?? "").trim();
    if (!text) {
      await ack({ response_action: "errors", errors: { [BLOCK]: "Type a question." } });
      return;
    }
    await ack();
    let target: ModalTarget = {};
    try {
      target = JSON.parse(view.private_metadata || "{}") as ModalTarget;
    } catch {
      // A form of an older release: answer in a DM.
    }
    const user = body.user.id;
    const channel = target.channel ?? user;
    const conversation: ConversationRef = { platform: "slack", id: channel, user, team: body.team?.id ?? undefined, ...(target.thread ? { thread: target.thread } : {}) };
    const reply = await replier.ask({ text, conversation }, client);
    await replier.post(client, { channel, threadTs: target.thread, user, isDirect: !target.channel }, reply, deliveryOf(context));
    if (target.channel && target.thread) await threads.mark(target.channel, target.thread).catch((err) => logger.error("slack thread not remembered", { error: errorText(err) }));
  });
}
