/**
 * Chinese short forms of the glossary's names, as chat writes them: "禁化武公约" for
 * 禁止化学武器公约, "联合国反腐公约" for 联合国反腐败公约. A short form keeps its name's first and last
 * characters and some of those between, in order; a question's run of Chinese characters that is
 * the short form of exactly one name, and no name itself, is spelled out as that name, so the
 * glossary's translations and the documents' wording reach it.
 */
import type { Glossary } from "../glossary.js";
import { lexicon } from "./lexicon.js";

/** The fewest characters a short form keeps, and the least share of its name's. */
const MIN_CHARS = 3;
const MIN_SHARE = 0.5;

interface Names {
  /** The names of four characters or more, by their first character, longest first. */
  byFirst: Map<string, string[]>;
  /** Every name, to leave a name that is one alone. */
  all: Set<string>;
}

const namesOf = new WeakMap<Glossary, Names>();

function names(g: Glossary): Names {
  let n = namesOf.get(g);
  if (n) return n;
  const d = g.data;
  const all = new Set<string>(
    [...d.terms.flatMap((t) => t.zh), ...d.bodies.flatMap((b) => [b.zh, b.short?.zh, ...(b.aliases?.zh ?? [])]), ...d.organizations.map((o) => o.zh)].filter((z): z is string => !!z && /^\p{Script=Han}+$/u.test(z)),
  );
  const byFirst = new Map<string, string[]>();
  for (const name of all) if (name.length > MIN_CHARS) (byFirst.get(name[0]) ?? byFirst.set(name[0], []).get(name[0])!).push(name);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  n = { byFirst, all };
  namesOf.set(g, n);
  return n;
}

/** The most characters in a row a short form leaves out: it shortens each word and drops none ("联合特别会议" is no 联合国大会特别会议). */
const MAX_DROPPED_RUN = 1;

/**
 * Whether `short` keeps `name`'s first and last characters and some between, in order, is
 * shorter, and leaves out no two characters in a row.
 */
export function isShortFormOf(short: string, name: string): boolean {
  if (short.length >= name.length || short.length < MIN_CHARS || short.length < name.length * MIN_SHARE) return false;
  if (short[0] !== name[0] || short[short.length - 1] !== name[name.length - 1]) return false;
  let at = 0;
  for (const c of short) {
    const next = name.indexOf(c, at);
    if (next < 0 || next - at > MAX_DROPPED_RUN) return false;
    at = next + 1;
  }
  return true;
}

/** The one name `short` is a short form of; undefined for none, or for several. */
function nameOf(short: string, n: Names): string | undefined {
  if (n.all.has(short)) return undefined;
  const found = new Set((n.byFirst.get(short[0]) ?? []).filter((name) => isShortFormOf(short, name)));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The length of the longest name written out in full at `i` of a run, 0 for none. */
function longestNameAt(run: string, i: number, n: Names): number {
  for (let end = run.length; end - i >= 2; end--) if (n.all.has(run.slice(i, end))) return end - i;
  return 0;
}

/** A question with the glossary's names spelled out where it writes their short forms. */
export function spellOutShortForms(text: string, g: Glossary): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const n = names(g);
  return text.replace(/\p{Script=Han}{3,}/gu, (run) => {
    let out = "";
    for (let i = 0; i < run.length; ) {
      // No name of four characters or more opens with this one: nothing to spell out here.
      if (!n.byFirst.has(run[i])) {
        out += run[i++];
        continue;
      }
      // The longest short form that starts here, longer than any name written out here in full
      // ("联合国" opens "联合国反腐公约").
      let found: { length: number; name: string } | undefined;
      const written = longestNameAt(run, i, n);
      // Nor inside a word ("落实情况" holds no short form of 实施情况).
      const inWord = i > 0 && lexicon().english(run.slice(i - 1, i + 1)).length > 0;
      for (let end = run.length; !inWord && end - i > written && end - i >= MIN_CHARS && !found; end--) {
        // Nor one that ends inside a word ("第二次会议" holds no short form of 第二次续会).
        if (end < run.length && lexicon().english(run.slice(end - 1, end + 1)).length > 0) continue;
        const name = nameOf(run.slice(i, end), n);
        if (name && !run.includes(name)) found = { length: end - i, name };
      }
      out += found ? found.name : run[i];
      i += found ? found.length : 1;
    }
    return out;
  });
}
