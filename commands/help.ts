/**
 * /help [command]: what the assistant does and how to use each command; generated from the registry.
 */
import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import type { CommandRegistry } from "./registry.js";

/** The help command reads the registry it belongs to. */
export function createHelpCommand(registry: () => CommandRegistry) {
  return defineCommand({
    id: "help",
    description: { en: "What I can do and how to use each command", zh: "功能说明和命令用法" },
    aliases: ["帮助", "?"],
    usage: "[command]",
    args: z.string().transform((s) => s.trim().replace(/^\//, "")),
    examples: ["/help", "/help agenda"],
    handler(id, ctx) {
      return { kind: "help", answered: true, text: registry().help(ctx.lang, id || undefined), citations: [], lang: ctx.lang, ephemeral: true };
    },
  });
}
