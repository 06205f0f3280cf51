/**
 * /agenda <meeting> [item]: the provisional agenda of a meeting, or one item with its sub-items,
 * slot, documents and mandates.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { answerAgenda } from "../src/answer/answer-agenda.js";
import { readMeetingArgs, type MeetingArgs } from "./meeting-args.js";
import { itemKey } from "../src/knowledge/index.js";
import type { AnswerContext } from "../src/answer/context.js";
import type { CommandContext } from "../src/core/command.js";
import { commandContext, toReply } from "./answer-context.js";

export const agendaArgs = z
  .string()
  .transform((s): MeetingArgs => readMeetingArgs(s))
  .refine((a) => a.ordinal !== undefined || a.text === "" || a.item !== undefined, {
    message: "expected a meeting number such as 15, fifteen or 第十五次, optionally followed by an item such as 2(a)",
    params: { zh: "应为会议序号，例如 15、十五或第十五次，后面可加议程项目，例如 2(a)" },
  });

/**
 * The question /agenda asks: the agenda of the meeting its arguments number (of any body, as a
 * bare number does not say session or meeting), or one item of it; the words left name the body
 * or the item's title.
 */
export function agendaContext(ctx: CommandContext, args: MeetingArgs): AnswerContext {
  const words = commandContext(ctx, args.text, {}, { kind: "agendaOfMeeting", slots: ["items"] });
  const { q } = words;
  const items = args.item ? [...new Set([...q.items, itemKey(args.item)])] : q.items;
  Object.assign(q, { ordinal: args.ordinal ?? q.ordinal, meetingWord: undefined, items });
  q.asks.add("agenda");
  return words;
}

export const agendaCommand = defineCommand({
  id: "agenda",
  description: { en: "Provisional agenda of a meeting, or one agenda item with its schedule and documents", zh: "会议的临时议程，或某一议程项目的安排和文件" },
  aliases: ["议程"],
  usage: "<meeting> [item]",
  args: agendaArgs,
  examples: ["/agenda 15", "/agenda 15 2(a)", "/agenda fifteen 2(a)(v)", "/agenda irg 12", "/agenda WG15"],
  handler(args, ctx) {
    const r = answerAgenda(agendaContext(ctx, args), { command: true, untitled: !args.text })!;
    return toReply(ctx, r);
  },
});
