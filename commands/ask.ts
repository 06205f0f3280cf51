/**
 * /ask <question>: a free question in English or Chinese, answered from the documents with
 * citations, or refused when they do not say.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { answerQuestion } from "../src/answer/ask.js";
import { contextFor, toReply } from "./answer-context.js";

export const askArgs = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { message: "expected a question, e.g. where was the 10th session of the Conference of the States Parties held?", params: { zh: "应为一个问题，例如：缔约国会议第十届会议在何处开会？" } })
  .refine((s) => s.length <= 2000, { message: "expected a question of at most 2,000 characters", params: { zh: "问题不能超过2000个字符" } });

/** The page marker "more" puts before a question whose answer is a list shown a page at a time. */
const NEXT_PAGE = /^--page (\d{1,5}) /;

export const askCommand = defineCommand({
  id: "ask",
  description: { en: "Ask a question about the meeting documents (English or Chinese)", zh: "就会议文件提问（中文或英文）" },
  aliases: ["问", "q"],
  usage: "<question>",
  args: askArgs,
  examples: ["/ask where was the 10th session of the Conference of the States Parties held?", "/ask 第9/1号决议叫什么名称？"],
  async handler(asked, ctx) {
    // "--page 2 <question>": the next page of a list the answer gave (what "more" sends; see NEXT_PAGE).
    const paged = asked.match(NEXT_PAGE);
    const question = paged ? asked.slice(paged[0].length) : asked;
    const actx = contextFor(ctx, question);
    if (paged) actx.page = Number(paged[1]);
    const result = answerQuestion(actx);
    const more = result.next ? { more: `/ask --page ${result.next} ${question}` } : {};
    const wording = ctx.services.wording;
    if (wording && result.answer.answered) {
      const worded = await wording.word(
        {
          question,
          lang: ctx.lang,
          draft: result.answer,
          evidence: result.answer.citations.map((c, i) => ({ id: `P${i + 1}`, citation: c })),
        },
        { onProgress: ctx.request.progress },
      );
      return { ...toReply(ctx, { ...result, answer: worded.answer }), ...more };
    }
    return { ...toReply(ctx, result), ...more };
  },
});
