/**
 * The one body matcher: finds the bodies a text names (documents, questions, command arguments)
 * by their names, short names, abbreviations and aliases in English and Chinese.
 */
import { escapeRegExp } from "../text.js";

/** What the matcher needs of a body. */
export interface NamedBody {
  id: string;
  en: string;
  zh: string;
  short?: { en: string; zh: string };
  abbreviations: string[];
  aliases: { en: string[]; zh: string[] };
  /** Words that, just before one of its Chinese names, make another name ("审议大会" is no General Assembly). */
  notAfter?: string[];
  /** The body it belongs to, whose abbreviations its names may be written with. */
  parent?: string;
}

/** A body named in a text, with the position of its name. */
export interface BodyMention {
  id: string;
  index: number;
  length: number;
}

/** Finds and resolves body names. */
export interface BodyMatcher {
  /** Body mentions in running text, longest names first, without overlaps, in text order. */
  find(text: string): BodyMention[];
  /** The body a printed name stands for (exact names first, then the first mention). */
  resolve(name: string): string | undefined;
  /**
   * Bodies a short typed argument could mean ("prev", "wg 4", "《预防》工作组"), ignoring case,
   * spaces and punctuation: exact names first, then partial ones.
   */
  candidates(text: string): string[];
}

/** Every name of a body, in both languages. */
export function bodyNames(b: NamedBody): string[] {
  return [b.id, b.en, b.zh, b.short?.en, b.short?.zh, ...b.abbreviations, ...b.aliases.en, ...b.aliases.zh].filter((n): n is string => !!n);
}

/**
 * A body's English names with its parent's name written as the parent's abbreviation ("special
 * session of the COSP on asset recovery" for "… of the Conference of the States Parties on …").
 */
function namesWithParentAbbreviated(b: NamedBody, byId: ReadonlyMap<string, NamedBody>): string[] {
  const parent = b.parent ? byId.get(b.parent) : undefined;
  if (!parent?.abbreviations.length) return [];
  const parentNames = [parent.en, parent.short?.en, ...parent.aliases.en].filter((n): n is string => !!n && n.length > 8).map((n) => n.toLowerCase()).sort((x, y) => y.length - x.length);
  const out: string[] = [];
  for (const name of [b.en, b.short?.en, ...b.aliases.en]) {
    const lower = name?.toLowerCase();
    const within = lower && parentNames.find((n) => lower.includes(n) && lower !== n);
    if (within) for (const a of parent.abbreviations) out.push(lower.replace(within, a.toLowerCase()));
  }
  return out;
}

/**
 * An English name as written with and without "the" after "to", "of" and "on" ("Conference of
 * the Parties to the UNTOC" for "… to UNTOC", "meeting of States Parties" for "… of the States Parties").
 */
function withOrWithoutThe(name: string): string[] {
  if (!/^[\x00-\x7f]+$/.test(name)) return [name];
  // Each place written either way (names have one to three such places).
  const parts = name.split(/\b(?:to|of|on) (?:the )?/i);
  const links = [...name.matchAll(/\b(to|of|on) (?:the )?/gi)].map((m) => m[1]);
  if (!links.length || links.length > 3) return [name];
  let out = [parts[0]];
  links.forEach((link, i) => (out = out.flatMap((head) => [`${head}${link} ${parts[i + 1]}`, `${head}${link} the ${parts[i + 1]}`])));
  return out;
}

const QUESTION_OF = "问题";
/**
 * A Chinese name of the form "<topic>问题<body>" ("资产追回问题缔约国会议特别会议") is also written
 * "<topic>问题的<body>", "关于<topic>的<body>", "<topic>的<body>" or "<topic><body>": the topic and
 * the body's own name, as written, in that order, with nothing else between them.
 */
function topicNamePattern(text: string): { topic: string; body: string; re: RegExp } | undefined {
  const at = text.indexOf(QUESTION_OF);
  if (at < 2 || at + QUESTION_OF.length >= text.length - 1 || /\d/.test(text)) return undefined;
  const topic = text.slice(0, at);
  const body = text.slice(at + QUESTION_OF.length);
  return { topic, body, re: new RegExp(`(?:关于)?${escapeRegExp(topic)}(?:${QUESTION_OF})?的?${escapeRegExp(body)}`, "g") };
}

// Typed arguments compare by their letters: "wg 4", "WG.4" and "《预防》工作组".
const loose = (s: string) => s.toLowerCase().replace(/[\s.\-_,;:'"“”‘’《》（）()·、，。]/g, "");

/**
 * A Chinese body's name as formal Chinese also writes it, its convention in title marks:
 * "联合国打击跨国有组织犯罪公约缔约方会议" is "《联合国打击跨国有组织犯罪公约》缔约方会议" too.
 */
function withTitleMarks(name: string): string[] {
  const m = name.match(CONVENTION_BODY_ZH);
  return m ? [name, `《${m[1]}》${m[2]}`] : [name];
}
const CONVENTION_BODY_ZH = /^([\u4e00-\u9fff]{2,30}?(?:公约|条约|议定书))((?:缔约方|缔约国)[\u4e00-\u9fff]{1,10})$/;

/** Builds the matcher over a list of bodies. */
export function createBodyMatcher(bodies: readonly NamedBody[]): BodyMatcher {
  // Name patterns, longest first so "资产追回问题工作组" wins over "工作组".
  const patterns: { id: string; text: string; latin: boolean; spaced?: RegExp; topical?: ReturnType<typeof topicNamePattern>; notAfter?: string[] }[] = [];
  const byId = new Map(bodies.map((b) => [b.id, b]));
  for (const b of bodies) {
    for (const n of new Set([...bodyNames(b).filter((x) => x !== b.id), ...namesWithParentAbbreviated(b, byId)].flatMap(withOrWithoutThe).flatMap(withTitleMarks))) {
      const text = n.trim();
      if (text.length < 2) continue;
      const latin = /^[\x00-\x7f]+$/.test(text);
      // Chinese documents set numbers off with spaces ("20 国集团反腐败工作组"); glossary names do not.
      const parts = latin ? [] : text.split(/(?<=\d)(?=\D)|(?<=\D)(?=\d)/);
      const spaced = parts.length > 1 ? new RegExp(parts.map(escapeRegExp).join("\\s*"), "g") : undefined;
      patterns.push({ id: b.id, text, latin, spaced, topical: latin ? undefined : topicNamePattern(text), notAfter: latin ? undefined : b.notAfter });
      // A symbol-like abbreviation ("CTOC/COP") is also written with a space.
      if (latin && /[A-Z]\/[A-Z]/.test(text)) patterns.push({ id: b.id, text: text.replace(/\//g, " "), latin });
    }
  }
  patterns.sort((a, b) => b.text.length - a.text.length);
  const looseNames = bodies.map((b) => ({ id: b.id, names: bodyNames(b).map(loose) }));
  // The patterns by the first character of what they match (Latin names lower-cased): a text is
  // searched only for the names whose first character it holds, in the patterns' order.
  const byFirst = new Map<number, number[]>();
  patterns.forEach((p, k) => {
    const first = (p.latin ? p.text[0].toLowerCase() : p.text).charCodeAt(0);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(k);
  });
  // Which of a text's characters were seen, by code: `seen[c] === call` (no set made per text).
  const seen = new Uint32Array(0x10000);
  let call = 0;
  const candidates = (text: string, lower: string): number[] => {
    call++;
    const out: number[] = [];
    for (const t of [text, lower]) {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (seen[c] === call) continue;
        seen[c] = call;
        const ks = byFirst.get(c);
        if (ks) for (const k of ks) out.push(k);
      }
    }
    return out.sort((a, b) => a - b);
  };

  const find = (text: string): BodyMention[] => {
    const out: BodyMention[] = [];
    const taken: boolean[] = [];
    const lower = text.toLowerCase();
    for (const k of candidates(text, lower)) {
      const p = patterns[k];
      const needle = p.latin ? p.text.toLowerCase() : p.text;
      const hay = p.latin ? lower : text;
      const found: [number, number][] = [];
      if (p.spaced) for (const m of hay.matchAll(p.spaced)) found.push([m.index!, m[0].length]);
      else for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) found.push([i, needle.length]);
      // The name written about its topic (a pattern is slower than a lookup: read only in a text
      // that holds both parts of the name and not the name itself).
      const t = p.topical;
      if (t && !found.length && hay.includes(t.body) && hay.includes(t.topic)) for (const m of hay.matchAll(t.re)) found.push([m.index!, m[0].length]);
      for (const [i, length] of found) {
        // A number may follow a Latin name directly: "COSP10", "CTOC COP4".
        if (p.latin && (/[a-z0-9]/i.test(hay[i - 1] ?? "") || /[a-z]/i.test(hay[i + length] ?? "") || (/[0-9]/.test(hay[i + length] ?? "") && /[0-9]/.test(needle.at(-1)!)))) continue;
        if (p.notAfter?.some((w) => hay.slice(Math.max(0, i - w.length), i) === w)) continue;
        let free = true;
        for (let k = i; k < i + length; k++) if (taken[k]) free = false;
        if (!free) continue;
        for (let k = i; k < i + length; k++) taken[k] = true;
        out.push({ id: p.id, index: i, length });
      }
    }
    return out.sort((a, b) => a.index - b.index);
  };

  return {
    find,
    resolve(name) {
      const t = name.trim();
      const exact = bodies.find((b) => b.zh === t || b.en.toLowerCase() === t.toLowerCase() || b.short?.zh === t);
      return exact?.id ?? find(t)[0]?.id;
    },
    candidates(text) {
      const q = loose(text);
      if (!q) return [];
      const exact = looseNames.filter((b) => b.names.includes(q));
      if (exact.length) return exact.map((b) => b.id);
      // Partial matches only for queries long enough to mean something ("prev", "预防").
      const longEnough = /[\u4e00-\u9fff]/.test(q) ? q.length >= 2 : q.length >= 4;
      if (!longEnough) return [];
      return looseNames.filter((b) => b.names.some((n) => n.includes(q) || (n.length >= 4 && q.includes(n)))).map((b) => b.id);
    },
  };
}
