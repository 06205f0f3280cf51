/**
 * The few words the Slack adapter writes itself (labels, acknowledgements, transport errors),
 * in both answer languages. Everything else comes from the assistant's Reply.
 */
import type { Lang } from "../../core/types.js";

const texts = {
  sources: { en: "Sources", zh: "来源" },
  showPassages: { en: "Show passages", zh: "查看原文" },
  shareInChannel: { en: "Share in channel", zh: "在频道中分享" },
  sharedBy: { en: "Shared by", zh: "分享者：" },
  passageHeading: { en: "Cited passage", zh: "引用原文" },
  passageGone: {
    en: "That passage is no longer in the document index (the documents were probably updated). Ask the question again to get fresh sources.",
    zh: "该段落已不在文件索引中（文件可能已更新）。请重新提问以获取最新出处。",
  },
  feedbackThanks: {
    en: "Thanks, your feedback was recorded. It helps improve the answers.",
    zh: "谢谢，您的反馈已记录，这有助于改进回答。",
  },
  feedbackHelpful: { en: "This answer helped", zh: "这个回答有帮助" },
  feedbackUnhelpful: { en: "This answer did not help", zh: "这个回答没有帮助" },
  feedbackFailed: {
    en: "Sorry, your feedback could not be recorded just now. Please try the button again in a minute.",
    zh: "抱歉，暂时无法记录您的反馈。请稍后再点一次。",
  },
  internalError: {
    en: "Sorry, something went wrong while answering. Please try again in a minute; if it keeps happening, tell the person who runs this app (the error has been logged).",
    zh: "抱歉，回答时出现错误。请稍后重试；如果问题持续，请告知本应用的管理员（错误已记录）。",
  },
  emptyQuestion: {
    en: "Ask me about a meeting, agenda item, resolution or document, e.g. `/agenda 15` or “What did resolution 10/3 request?”. Type `/help` for all commands.",
    zh: "请就会议、议程项目、决议或文件提问，例如 `/agenda 15` 或“第10/3号决议要求了什么？”。输入 `/help` 查看全部命令。",
  },
  noAnswer: { en: "(no answer)", zh: "（无回答）" },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof texts;

/** The adapter's own text for `key` in `lang`. */
export function t(key: MessageKey, lang: Lang): string {
  return texts[key][lang];
}
