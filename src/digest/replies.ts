/** Small Reply builders shared by the digest and meetings commands. */
import type { Lang, Reply } from "../core/types.js";
import type { Sources } from "../answer/compose.js";
import type { Bilingual } from "./args.js";
import type { BodyCatalog } from "./bodies.js";

/** An error shown only to the asker, with a stable code. */
export function errorReply(lang: Lang, message: Bilingual, code = "bad_argument"): Reply {
  return { kind: "error", ephemeral: true, code, answered: false, text: message[lang], citations: [], lang };
}

/** "• wg-prevention: Working Group on Prevention (WG.4)" lines for "which body?" errors. */
export function bodyList(bodies: BodyCatalog, lang: Lang): string {
  return bodies
    .list()
    .map((b) => `• ${b.id}: ${bodies.name(b.id, lang)}${b.abbreviations.length ? ` (${b.abbreviations[0]})` : ""}`)
    .join("\n");
}

/** A passage's marker set off from the line it ends (" [2]"), or "" for an unknown passage. */
export function lineMark(sources: Sources, passageId: string | undefined): string {
  const marker = sources.cite(passageId);
  return marker && ` ${marker}`;
}

/** Joins replies into one, renumbering each one's [n] markers after the citations before it. */
export function mergeReplies(replies: Reply[], lang: Lang): Reply {
  if (replies.length === 1) return replies[0];
  let offset = 0;
  const texts: string[] = [];
  const citations: Reply["citations"] = [];
  for (const r of replies) {
    const shift = offset;
    texts.push(r.text.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + shift}]`));
    citations.push(...r.citations);
    offset += r.citations.length;
  }
  const first = replies[0];
  return { ...first, answered: replies.some((r) => r.answered), text: texts.join("\n\n"), citations, lang };
}
