/**
 * /resolution <number> [paragraph]: title and operative statements of a Conference resolution
 * or decision, each cited.
 */
import { z } from "zod";
import { defineCommand, type CommandContext } from "../src/core/command.js";
import type { AnswerContext } from "../src/answer/context.js";
import { answerResolution } from "../src/answer/answer-resolution.js";
import { toHalfWidth } from "../src/knowledge/index.js";
import { commandContext, toReply } from "./answer-context.js";

export const resolutionArgs = z
  .string()
  .transform((s) => {
    const t = toHalfWidth(s).trim();
    const m = t.match(/(\d{1,2})\s*\/\s*(\d{1,2})/);
    const p = t.match(/(?:para(?:graph)?\.?|¶|第)\s*(\d{1,2})\s*段?$/i);
    return { number: m ? `${m[1]}/${m[2]}` : undefined, paragraph: p ? Number(p[1]) : undefined, rest: t };
  })
  .refine((a) => a.number !== undefined, {
    message: "expected a resolution or decision number such as 10/3 (session/number), optionally with a paragraph: 9/2 para 5",
    params: { zh: "应为决议或决定编号，例如 10/3（届会/编号），可加段落，例如 9/2 第5段" },
  });

/**
 * The question /resolution asks: the title of the resolution its arguments number and what it
 * asks of whom (in one paragraph, when one is given); the words typed besides the number may
 * name whom ("9/2 secretariat").
 */
export function resolutionContext(ctx: CommandContext, args: z.output<typeof resolutionArgs>): AnswerContext {
  const resolutions = [{ number: args.number!, paragraph: args.paragraph }];
  return commandContext(ctx, args.rest, { resolutions }, { kind: "resolutionRequests", slots: ["title", "statements"] });
}

export const resolutionCommand = defineCommand({
  id: "resolution",
  description: { en: "What a Conference resolution or decision says: title, decisions and requests", zh: "缔约国会议某项决议或决定的标题、决定和请求" },
  aliases: ["决议", "decision", "决定"],
  usage: "<number> [paragraph]",
  args: resolutionArgs,
  examples: ["/resolution 10/3", "/resolution 9/2 para 5", "/resolution 7/5"],
  handler(args, ctx) {
    return toReply(ctx, answerResolution(resolutionContext(ctx, args))!);
  },
});
