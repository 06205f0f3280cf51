/**
 * A command is a declarative spec; the registry generates help from it and the router calls its
 * handler. Handlers return a Reply and never post anything themselves.
 */
import type { z } from "zod";
import type { KnowledgeIndex } from "../knowledge/model.js";
import type { Store } from "../store/types.js";
import type { Lang, Reply, Request } from "./types.js";
import type { ThreadMemory } from "./memory.js";
import type { AnswerWording } from "./wording.js";

/** Optional services a command may use; each is absent when not configured. */
export interface Services {
  /** Persistence (subscriptions, digest log, feedback); see src/store/. */
  store?: Store;
  /** Rewords free answers (LLM); answers are complete without it. */
  wording?: AnswerWording;
}

/** Everything a handler may read. No platform objects reach here. */
export interface CommandContext {
  request: Request;
  lang: Lang;
  now: Date;
  /** Default IANA time zone of the deployment. */
  timeZone: string;
  index: KnowledgeIndex;
  services: Services;
  memory: ThreadMemory;
}

/** Declarative description of one command. */
export interface CommandSpec<S extends z.ZodType = z.ZodType> {
  /** Slash-command name without the slash: "agenda". */
  id: string;
  description: { en: string; zh: string };
  /** Other words that invoke it ("议程"); no slash. */
  aliases: string[];
  /** Argument synopsis for help and Slack: "<meeting> [item]". */
  usage: string;
  /** Validates the argument text (everything after the command word). */
  args: S;
  examples: string[];
  handler(args: z.infer<S>, ctx: CommandContext): Promise<Reply> | Reply;
}

/** Helper that keeps the handler's argument type tied to its schema. */
export function defineCommand<S extends z.ZodType>(spec: CommandSpec<S>): CommandSpec<S> {
  return spec;
}
