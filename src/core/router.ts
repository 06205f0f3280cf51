/**
 * One router for every platform: slash-command text ("/agenda 15"), a command typed in chat
 * ("agenda 15", "议程 15") and free questions all end here; commands get validated arguments,
 * anything else is a question for /ask. Never throws for bad input: errors become Replies.
 */
import type { CommandContext, CommandSpec, Services } from "./command.js";
import type { Lang, Reply, Request } from "./types.js";
import { createThreadMemory, hasSubject, type ThreadMemory } from "./memory.js";
import type { KnowledgeIndex } from "../knowledge/model.js";
import type { Logger } from "./log.js";
import { detectLanguage } from "./language.js";

export interface RouterRegistry {
  list(): readonly CommandSpec[];
  find(name: string): CommandSpec | undefined;
  help(lang: Lang, id?: string): string;
}

export interface RouterConfig {
  registry: RouterRegistry;
  index: KnowledgeIndex;
  services: Services;
  memory: ThreadMemory;
  timeZone: string;
  now?: () => Date;
  logger?: Logger;
}

export interface Router {
  handle(request: Request): Promise<Reply>;
}

/** Splits "/agenda 15" or "agenda 15" into command and argument text, when it is a command. */
export function parseCommand(text: string, registry: RouterRegistry): { spec?: CommandSpec; name: string; args: string; slash: boolean } | undefined {
  const t = text.trim();
  const slash = t.startsWith("/");
  // The command word: no digits or slashes when typed as text ("15 2(a)" is not a command);
  // after a slash anything up to the first space ("/agenda15" is an unknown command).
  const m = slash ? t.slice(1).match(/^(\S*)(?:\s+([\s\S]*))?$/) : t.match(/^([^\s\d/]+|[?？])(?:\s+([\s\S]*))?$/);
  if (!m) return undefined;
  const name = m[1];
  const args = (m[2] ?? "").trim();
  const spec = registry.find(name);
  if (slash) return { spec, name, args, slash };
  // Typed without a slash, a command word counts only when what follows looks like arguments,
  // not like a sentence ("agenda 15" yes; "agenda of the 15th meeting?" is a question).
  if (!spec) return undefined;
  if (/[?？]$/.test(t) || args.split(/\s+/).length > 4 || SENTENCE_GOES_ON.test(args)) return undefined;
  return { spec, name, args, slash };
}

/**
 * Words by which a command word typed without a slash goes on as a sentence ("agenda of the next
 * meeting", "agenda for the Vienna meeting", "议程是什么"), where arguments ("agenda 15",
 * "agenda IRG 14 2(a)") would stand.
 */
const SENTENCE_GOES_ON = /^(?:(?:of|for|at|on|in|from|about|the|this|that|next|these|those|is|are|was|were)\b|[的是有呢吗])/i;

/** What the asker wrote, shortened for quoting back: a reply never repeats a long input whole. */
function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end).trimEnd()}…`;
}

function errorReply(lang: Lang, code: string, text: string): Reply {
  return { kind: "error", code, answered: false, text, citations: [], lang, ephemeral: true };
}

/** The reply while the store's database is unreachable (it reconnects by itself). */
function storeUnavailable(lang: Lang): Reply {
  return errorReply(lang, "store_unavailable", lang === "zh" ? "暂时无法访问数据库，请稍后再试。" : "I can't reach my database right now, so nothing was changed. Please try again shortly.");
}

/** "more", "next", "更多", "下一页": the next page of the list the thread was shown last. */
const MORE = /^(?:more|next|next page|show more|更多|下一页|继续)[.!。！]?$/i;

/** Creates the router. */
export function createRouter(config: RouterConfig): Router {
  const now = config.now ?? (() => new Date());
  /**
   * Gives a thread without a subject the subject of its latest earlier message that names one:
   * each is read as a question (newest first, at most five) into a scratch memory, with no
   * rewording and nothing recorded, and only what the thread is about is kept.
   */
  async function subjectFromEarlier(request: Request): Promise<void> {
    const ask = config.registry.find("ask");
    if (!ask) return;
    for (const text of (request.earlier ?? []).slice(-5).reverse()) {
      const args = ask.args.safeParse(text);
      if (!args.success) continue;
      const scratch = createThreadMemory({ maxThreads: 1 });
      const lang = detectLanguage(text, "en");
      try {
        await ask.handler(args.data, { request: { text, conversation: request.conversation }, lang, now: now(), timeZone: config.timeZone, index: config.index, services: { ...config.services, wording: undefined }, memory: scratch });
      } catch (err) {
        config.logger?.warn("an earlier message of the thread could not be read for context", { error: err instanceof Error ? err.message : String(err) });
        continue;
      }
      const { meetingId, resolution, body } = scratch.get(request.conversation);
      if (!hasSubject({ meetingId, resolution, body })) continue;
      config.memory.update(request.conversation, { ...(meetingId ? { meetingId } : {}), ...(resolution ? { resolution } : {}), ...(body ? { body } : {}) });
      return;
    }
  }

  const router: Router = {
    async handle(asked) {
      const more = MORE.test(asked.text.trim()) ? config.memory.get(asked.conversation).more : undefined;
      const request = more ? { ...asked, text: more } : asked;
      const lang: Lang = detectLanguage(request.text, request.locale?.toLowerCase().startsWith("zh") ? "zh" : "en");
      if (/^[?？]$/.test(request.text.trim())) {
        return { kind: "help", answered: true, text: config.registry.help(lang), citations: [], lang, ephemeral: true };
      }
      const parsed = parseCommand(request.text, config.registry);
      let spec = parsed?.spec;
      let args = parsed?.args ?? request.text.trim();
      if (parsed?.slash && !spec) {
        return errorReply(lang, "unknown_command", lang === "zh"
          ? `没有 /${shorten(parsed.name)} 这个命令。\n${config.registry.help("zh")}`
          : `There is no /${shorten(parsed.name)} command.\n${config.registry.help("en")}`);
      }
      if (!spec) {
        spec = config.registry.find("ask")!;
        args = request.text.trim();
      }
      if (!args && spec.id === "ask") {
        return { kind: "help", answered: true, text: config.registry.help(lang), citations: [], lang, ephemeral: true };
      }
      // A Chinese command word ("/文件 CAC/…", "/帮助 agenda") asks for a Chinese answer.
      const argLang = parsed?.name && /[\u4e00-\u9fff]/.test(parsed.name) && !/[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(args) ? "zh" : detectLanguage(args, lang);
      const parsedArgs = spec.args.safeParse(args);
      if (!parsedArgs.success) {
        const expected = parsedArgs.error.issues
          .map((i) => {
            // A command may give its reason in Chinese too, as the issue's params.zh.
            const zh = "params" in i ? (i.params as { zh?: unknown } | undefined)?.zh : undefined;
            return argLang === "zh" && typeof zh === "string" ? zh : i.message;
          })
          .join("; ");
        return errorReply(argLang, "bad_argument", argLang === "zh"
          ? `/${spec.id} 的参数有误：${expected}。\n用法：/${spec.id} ${spec.usage}\n示例：${spec.examples.slice(0, 2).join("，")}`
          : `I couldn't read "/${spec.id} ${shorten(args)}": ${expected}.\nUsage: /${spec.id} ${spec.usage}\nExample: ${spec.examples.slice(0, 2).join(", ")}`);
      }
      await config.memory.load(request.conversation);
      if (request.earlier?.length && !hasSubject(config.memory.get(request.conversation))) await subjectFromEarlier(request);
      const ctx: CommandContext = { request, lang: argLang, now: now(), timeZone: config.timeZone, index: config.index, services: config.services, memory: config.memory };
      try {
        const reply = await spec.handler(parsedArgs.data, ctx);
        config.memory.update(request.conversation, { lastQuestion: request.text, more: reply.more });
        return reply;
      } catch (err) {
        // The store raises this code while its database is unreachable; it reconnects by itself.
        if ((err as { code?: unknown })?.code === "store_unavailable") {
          config.logger?.warn("command needs the store, which is unavailable", { command: spec.id, error: err instanceof Error ? err.message : String(err) });
          return storeUnavailable(argLang);
        }
        config.logger?.error("command failed", { command: spec.id, error: err instanceof Error ? err.message : String(err) });
        return errorReply(argLang, "internal_error", argLang === "zh"
          ? "处理这个请求时出错了。请稍后再试；如果问题仍然存在，请联系管理员。"
          : "Something went wrong while answering. Please try again; if it keeps happening, tell the app's administrator.");
      }
    },
  };
  return {
    // A thread's memory lives in the store too: its database being away is the same try-again reply.
    async handle(asked) {
      try {
        return await router.handle(asked);
      } catch (err) {
        if ((err as { code?: unknown })?.code !== "store_unavailable") throw err;
        config.logger?.warn("request needs the store, which is unavailable", { error: err instanceof Error ? err.message : String(err) });
        return storeUnavailable(detectLanguage(asked.text, asked.locale?.toLowerCase().startsWith("zh") ? "zh" : "en"));
      }
    },
  };
}
