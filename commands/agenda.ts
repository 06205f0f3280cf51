/**
 * /agenda <meeting> [item]: the provisional agenda of a meeting, or one item with its sub-items,
 * slot, documents and mandates.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { answerAgenda } from "../src/answer/answer-agenda.js";
import { readMeetingArgs, type MeetingArgs } from "./meeting-args.js";
import { contextFor, toReply } from "./answer-context.js";

export const agendaArgs = z
  .string()
  .transform((s): MeetingArgs => readMeetingArgs(s))
  .refine((a) => a.ordinal !== undefined || a.text === "" || a.item !== undefined, {
    message: "expected a meeting number such as 15, fifteen or 第十五次, optionally followed by an item such as 2(a)",
    params: { zh: "应为会议序号，例如 15、十五或第十五次，后面可加议程项目，例如 2(a)" },
  });

export const agendaCommand = defineCommand({
  id: "agenda",
  description: { en: "Provisional agenda of a meeting, or one agenda item with its schedule and documents", zh: "会议的临时议程，或某一议程项目的安排和文件" },
  aliases: ["议程"],
  usage: "<meeting> [item]",
  args: agendaArgs,
  examples: ["/agenda 15", "/agenda 15 2(a)", "/agenda fifteen 2(a)(v)", "/agenda irg 12"],
  handler(args, ctx) {
    const text = [args.text, args.ordinal !== undefined ? `第${args.ordinal}次` : "", args.item ? `item ${args.item}` : "", "agenda"].filter(Boolean).join(" ");
    const actx = contextFor(ctx, text);
    // A bare number names a meeting of any body; "第N次" must not restrict it to meetings.
    actx.q.meetingWord = undefined;
    const r = answerAgenda(actx, { command: true, untitled: !args.text })!;
    return toReply(ctx, r);
  },
});
