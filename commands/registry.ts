/**
 * The command registry: rejects duplicate ids and aliases, finds commands by name, and
 * generates help from the specs.
 */
import type { CommandSpec } from "../src/core/command.js";
import type { Lang } from "../src/core/types.js";

export interface CommandRegistry {
  list(): readonly CommandSpec[];
  /** Finds a command by id or alias (case-insensitive, without the slash). */
  find(name: string): CommandSpec | undefined;
  /** Help for all commands, or for one. */
  help(lang: Lang, id?: string): string;
}

/** Raised when two commands claim the same name. */
export class DuplicateCommandError extends Error {
  readonly code = "duplicate_command";
  constructor(readonly commandName: string, readonly first: string, readonly second: string) {
    super(`Command name "${commandName}" is used by both /${first} and /${second}`);
    this.name = "DuplicateCommandError";
  }
}

/** Creates a registry. @throws DuplicateCommandError on a repeated id or alias. */
export function createRegistry(specs: CommandSpec[]): CommandRegistry {
  const byName = new Map<string, CommandSpec>();
  for (const spec of specs) {
    for (const name of [spec.id, ...spec.aliases]) {
      const key = name.toLowerCase();
      const taken = byName.get(key);
      if (taken) throw new DuplicateCommandError(name, taken.id, spec.id);
      byName.set(key, spec);
    }
  }
  const line = (s: CommandSpec, lang: Lang) => `• /${s.id} ${s.usage} — ${s.description[lang]}`;
  return {
    list: () => specs,
    find: (name) => byName.get(name.toLowerCase().replace(/^\//, "")),
    help(lang, id) {
      if (id) {
        const s = byName.get(id.toLowerCase().replace(/^\//, ""));
        if (!s) return lang === "zh" ? `没有命令 /${id}。` : `There is no command /${id}.`;
        const aliases = s.aliases.length ? `\n${lang === "zh" ? "别名" : "Also"}: ${s.aliases.join(", ")}` : "";
        return `**/${s.id} ${s.usage}**\n${s.description[lang]}${aliases}\n${lang === "zh" ? "示例" : "Examples"}:\n${s.examples.map((e) => `• ${e}`).join("\n")}`;
      }
      const head = lang === "zh"
        ? "我根据联合国反腐败公约各机构的正式会议文件回答问题，并注明出处（文件、段落和原文）。可以直接提问，也可以使用以下命令："
        : "I answer from the official meeting documents of the UNCAC bodies, citing document, paragraph and passage for every fact. Ask a question, or use a command:";
      return `${head}\n${specs.map((s) => line(s, lang)).join("\n")}`;
    },
  };
}
