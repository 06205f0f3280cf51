/** The few words the Teams cards add around an answer, in each answer language. */
import type { Lang } from "../../core/types.js";

export interface CardLabels {
  sources: string;
  sourcesContinued: string;
  showPassages: string;
  helpful: string;
  notHelpful: string;
  errorTitle: string;
  errorHint: string;
  passageShortened: string;
  feedbackThanks: string;
  reasonPrompt: string;
  reasonPlaceholder: string;
  reasonSend: string;
  reasonThanks: string;
  internalError: string;
}

const en: CardLabels = {
  sources: "Sources",
  sourcesContinued: "Sources (continued)",
  showPassages: "Show passages",
  helpful: "👍 Helpful",
  notHelpful: "👎 Not helpful",
  errorTitle: "That did not work",
  errorHint: "Type **help** to see the commands with examples.",
  passageShortened: "(Passage shortened to fit in Teams; see the document for the full text.)",
  feedbackThanks: "Thank you for the feedback.",
  reasonPrompt: "Thank you. What was missing or wrong? (optional)",
  reasonPlaceholder: "e.g. the dates are of the wrong session",
  reasonSend: "Send",
  reasonThanks: "Thank you, the reason was recorded.",
  internalError: "Something went wrong on our side while answering. Please try again in a moment.",
};

const zh: CardLabels = {
  sources: "出处",
  sourcesContinued: "出处（续）",
  showPassages: "查看原文",
  helpful: "👍 有帮助",
  notHelpful: "👎 没有帮助",
  errorTitle: "未能完成",
  errorHint: "输入 **help** 查看命令及示例。",
  passageShortened: "（原文过长，已截短；全文请查阅文件。）",
  feedbackThanks: "感谢您的反馈。",
  reasonPrompt: "谢谢。缺少或错误之处是什么？（可不填）",
  reasonPlaceholder: "例如：日期属于另一届会议",
  reasonSend: "发送",
  reasonThanks: "谢谢，已记录原因。",
  internalError: "回答时系统出错，请稍后再试。",
};

/** Labels for the reply's language. */
export function labelsFor(lang: Lang): CardLabels {
  return lang === "zh" ? zh : en;
}
