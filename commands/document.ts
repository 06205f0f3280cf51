/**
 * /document <symbol | description>: what a document symbol is, or the symbol of a document
 * described in words.
 */
import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.js";
import type { AnswerContext } from "../src/answer/context.js";
import { answerDocument } from "../src/answer/answer-document.js";
import { answerSearch } from "../src/answer/answer-search.js";
import { commandContext, toReply } from "./answer-context.js";

export const documentArgs = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, {
    message: "expected a document symbol such as CAC/COSP/WG.4/2024/3, or words describing the document",
    params: { zh: "应为文件的文号，例如 CAC/COSP/WG.4/2024/3，或对文件的描述" },
  });

/** The question /document asks: what a symbol typed is, or the symbol of a document described in words. */
export function documentContext(ctx: CommandContext, words: string): AnswerContext {
  const actx = commandContext(ctx, words, {}, { kind: "documentSymbol", slots: ["symbol"] });
  if (actx.q.symbols.length) actx.q.intent = { kind: "whatIsDocument", slots: ["description"] };
  return actx;
}

export const documentCommand = defineCommand({
  id: "document",
  description: { en: "What a document symbol is, or the symbol of a document you describe", zh: "查询文号的含义，或按描述查找文件的文号" },
  aliases: ["doc", "symbol", "文件", "文号"],
  usage: "<symbol | description>",
  args: documentArgs,
  examples: ["/document CAC/COSP/WG.4/2024/3", "/document note on asset recovery"],
  handler(args, ctx) {
    const actx = documentContext(ctx, args);
    return toReply(ctx, answerDocument(actx) ?? answerSearch(actx)!);
  },
});
