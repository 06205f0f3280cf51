/**
 * A 👎 opens a short form asking what was wrong; the reason is attached to the vote, so the
 * feedback report says why an answer did not help.
 */
import type { App, types } from "@slack/bolt";
import type { Assistant } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import type { Lang } from "../../core/types.js";
import { errorText } from "./replier.js";

const MODAL_ID = "feedback_reason";
const BLOCK = "reason";
const INPUT = "text";

const labels = {
  en: { title: "What was wrong?", label: "Tell us what was missing or wrong (optional)", placeholder: "e.g. the dates are of the wrong session", submit: "Send" },
  zh: { title: "哪里有问题？", label: "请说明缺少或错误之处（可不填）", placeholder: "例如：日期属于另一届会议", submit: "发送" },
} satisfies Record<Lang, Record<string, string>>;

/** The form asking for the reason of vote `voteId`. */
export function reasonModal(voteId: string, lang: Lang): types.ModalView {
  const l = labels[lang];
  return {
    type: "modal",
    callback_id: MODAL_ID,
    private_metadata: voteId,
    title: { type: "plain_text", text: l.title },
    submit: { type: "plain_text", text: l.submit },
    close: { type: "plain_text", text: lang === "zh" ? "关闭" : "Close" },
    blocks: [
      {
        type: "input",
        block_id: BLOCK,
        optional: true,
        label: { type: "plain_text", text: l.label },
        element: { type: "plain_text_input", action_id: INPUT, multiline: true, max_length: 2000, placeholder: { type: "plain_text", text: l.placeholder } },
      },
    ],
  };
}

/** Registers the form's submission. */
export function registerFeedbackReason(app: App, deps: { assistant: Assistant; logger: Logger }): void {
  app.view(MODAL_ID, async ({ ack, view }) => {
    await ack();
    const reason = (view.state.values[BLOCK]?.[INPUT]?.value ?? "").trim();
    if (!reason || !view.private_metadata) return;
    await deps.assistant.feedbackReason(view.private_metadata, reason).catch((err) => deps.logger.error("feedback reason not stored", { error: errorText(err) }));
  });
}
