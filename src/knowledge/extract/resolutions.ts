/**
 * Resolutions and decisions of the Conference ("第 10/3 号决议", "第 7/1 号决定",
 * "resolution 10/3"): titles ("题为“…”的第 N 号决议"), operative statements with their verb
 * and addressee, and references to a paragraph of a resolution ("第 9/2 号决议第 5 段").
 */
import type { BodyId, ParsedDocument, Passage, Resolution, Statement } from "../model.js";
import type { Glossary } from "../glossary.js";
import { findDates, toHalfWidth } from "../text.js";
import { holds, holdsKey } from "./grown.js";

/** A resolution number mention in text. */
export interface ResolutionMention {
  number: string;
  kind: "resolution" | "decision";
  index: number;
  length: number;
  /** "第 9/2 号决议第 5 段": the operative paragraph referred to. */
  paragraph?: number;
}

// (A special session's resolution bears its number after "S-": "大会第 S-32/1 号决议".)
// (A part of a resolution adopted in parts, "第67/234 B号决议", is of that resolution's number.)
const MENTION_ZH = /第\s*((?:S-\s*)?\d{1,2})\s*\/\s*(\d{1,3})(?:\s*[A-Z]{1,2}(?![A-Za-z]))?\s*号\s*(决议|决定)(?:\s*第\s*(\d{1,2})\s*段)?/g;
/** "第 7/5 号和第 7/6 号决议": the first number shares the noun of the last. */
const MENTION_ZH_ELIDED = /第\s*(\d{1,2})\s*\/\s*(\d{1,3})\s*号(?=(?:\s*(?:、|和|及|以及)\s*第\s*\d{1,2}\s*\/\s*\d{1,3}\s*号)+\s*(决议|决定))/g;
const MENTION_EN = /\b(resolution|decision)s?\s+((?:S-)?\d{1,2})\/(\d{1,3})(?![\d/])(?:,?\s+paragraph\s+(\d{1,2}))?/gi;

/** Finds resolution and decision numbers in a text (Chinese and English forms). */
export function findResolutionMentions(text: string): ResolutionMention[] {
  const t = toHalfWidth(text);
  const out: ResolutionMention[] = [];
  for (const m of [...t.matchAll(MENTION_ZH), ...t.matchAll(MENTION_ZH_ELIDED)]) {
    out.push({ number: `${m[1].replace(/\s+/g, "")}/${m[2]}`, kind: m[3] === "决定" ? "decision" : "resolution", index: m.index!, length: m[0].length, paragraph: m[4] ? Number(m[4]) : undefined });
  }
  for (const m of t.matchAll(MENTION_EN)) {
    out.push({ number: `${m[2]}/${m[3]}`, kind: m[1].toLowerCase().startsWith("dec") ? "decision" : "resolution", index: m.index!, length: m[0].length, paragraph: m[4] ? Number(m[4]) : undefined });
  }
  return out.sort((a, b) => a.index - b.index);
}

const ADDRESSEES: [RegExp, string][] = [
  [/^(?:联合国)?毒品和犯罪问题办公室|^UNODC/i, "UNODC"],
  [/^秘书处|^(?:the )?secretariat/i, "secretariat"],
  [/^(?:公约)?实施情况审议组|^(?:the )?Implementation Review Group/i, "Implementation Review Group"],
  [/^(?:其)?附属机构|^subsidiary bodies/i, "subsidiary bodies"],
  [/^工作组|^(?:the )?working group/i, "working group"],
  // Before "States parties": "缔约国会议第九届会议主席团" starts with "缔约国".
  [/^(?:缔约国会议第.{1,3}届会议)?主席团|^(?:the )?Bureau/i, "Bureau"],
  [/^(?:作为[^，,。]{0,20}的)?缔约国|^States parties/i, "States parties"],
  [/^会员国|^Member States/i, "Member States"],
  [/^联合国系统|^(?:the )?United Nations system/i, "United Nations system"],
];

/** The addressee at the start of a clause ("秘书处继续…" -> secretariat). */
export function addresseeOf(text: string): string | undefined {
  const t = text.trim();
  return ADDRESSEES.find(([re]) => re.test(t))?.[1];
}

/** Clauses of a sentence: split on "，并" / "，还" / "；" so each operative verb gets its own clause. */
function clauses(sentence: string): string[] {
  return sentence
    .split(/(?<=[；;])|(?=[，,]\s*(?:并|还|同时)?(?:请|决定|鼓励|欢迎|邀请|吁请|促请|强调|重申|指示|承诺))/)
    .map((c) => c.replace(/^[，,]\s*/, ""))
    .filter((c) => c.trim());
}

/** Abbreviations whose full stop ends no sentence: "para. 5", "No. 3", "Rev. 1", "Mr. Serge Brammertz". */
export const ABBREVIATION = "paras?|No|no|art|Art|Add|Rev|Corr|vol|pp?|Mr|Ms|Mrs|Dr|e\\.g|i\\.e";

/** Splits text into sentences (Chinese 。 and English ". "), keeping the punctuation. */
export function sentences(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s.trim());
}
const SENTENCE_BREAK = new RegExp(`(?<=[。！？])|(?<=[.!?])(?<!\\b(?:${ABBREVIATION})\\.)\\s+(?=[A-Z])`);

/** Organs that adopt numbered resolutions or decisions of their own. */
const ADOPTING = new Set(["cosp", "ga", "ecosoc", "ctoc-cop", "ccpcj", "cnd", "hrc"]);

/**
 * The body whose resolution a mention is: an organ named just before it ("General Assembly
 * resolution 58/4", "大会第55/61号决议"), else the document's own organ ("its resolution"), else
 * by number: the Conference's sessions are few, so a session number above 20 is the Assembly's.
 */
export function mentionBody(text: string, m: { index: number; number: string }, docBody: BodyId | undefined, glossary: Glossary): BodyId {
  const window = text.slice(Math.max(0, m.index - 60), m.index + 2);
  const named = glossary.findBodies(window).filter((b) => ADOPTING.has(b.id) && b.index + b.length >= window.length - 25);
  if (named.length) return named[named.length - 1].id;
  // A special session's resolution ("S-32/1") is the Assembly's.
  if (m.number.startsWith("S-")) return "ga";
  const session = Number(m.number.split("/")[0]);
  if (docBody && ADOPTING.has(docBody) && (docBody !== "cosp" || session <= 20)) return docBody;
  return session > 20 ? "ga" : "cosp";
}

const keyOf = (body: BodyId, kind: string, number: string) => `${body}:${kind}:${number}`;

/** What makes two statements of a resolution the same: source, verb, addressee and clause. */
const statementKey = (s: Statement) => JSON.stringify([s.source, s.verb, s.addressee ?? null, s.clause ?? null]);

function nodeFor(into: Map<string, Resolution>, body: BodyId, kind: Resolution["kind"], number: string): Resolution {
  const key = keyOf(body, kind, number);
  let r = into.get(key);
  if (!r) {
    r = { key, number, kind, body, session: Number(number.split("/")[0].replace(/^[A-Z]-/, "")) || 0, statements: [], sources: [] };
    into.set(key, r);
  }
  return r;
}

/** English operative verbs ("takes note of", "calls upon"), longest first, with the name each is recorded by. */
const EN_VERB_FORMS: [string, string][] = [
  ["takes note with appreciation of|takes note of|takes note", "takes note"],
  ["calls (?:once again |again |also |further )?(?:upon|on)", "calls upon"],
  ["calls for", "calls for"],
  ["requests", "requests"], ["decides", "decides"], ["invites", "invites"], ["encourages", "encourages"], ["urges", "urges"],
  ["welcomes", "welcomes"], ["recommends", "recommends"], ["notes", "notes"], ["emphasizes|emphasises", "emphasizes"],
  ["reaffirms", "reaffirms"], ["recognizes|recognises", "recognizes"], ["stresses", "stresses"], ["affirms", "affirms"],
  ["acknowledges", "acknowledges"], ["expresses", "expresses"], ["appeals to|appeals", "appeals to"], ["commends", "commends"],
  ["approves", "approves"], ["appreciates", "appreciates"], ["adopts", "adopts"], ["endorses", "endorses"], ["underlines|underscores", "underlines"],
  ["reiterates", "reiterates"], ["agrees", "agrees"], ["authorizes|authorises", "authorizes"], ["condemns", "condemns"],
  ["deplores", "deplores"], ["demands", "demands"], ["supports", "supports"], ["recalls", "recalls"], ["instructs", "instructs"],
  ["declares", "declares"], ["considers", "considers"], ["renews", "renews"], ["launches", "launches"], ["commits", "commits"],
  ["confirms", "confirms"], ["regrets", "regrets"],
];
/** Adverbs and phrases that may stand before a verb ("Also requests", "and in this regard recalls"). */
const LEAD_IN = "(?:(?:also|further|again|once again|[a-z]+ly|in this regard|in that regard|in this context|in that respect|to this end|to that end)[, ]+)*";
/** "requests for assistance", "notes verbales": the verb's spelling used as a noun. */
const NOT_A_VERB = "(?!\\s+(?:for|from|of|made|submitted|received|verbales)\\b)";
const EN_VERBS: [RegExp, string][] = EN_VERB_FORMS.map(([re, verb]) => [new RegExp(`^${LEAD_IN}(?:${re})\\b${verb === "calls for" ? "" : NOT_A_VERB}`, "i"), verb]);
const ANY_VERB = EN_VERB_FORMS.map(([re]) => re).join("|");
/**
 * Where a further operative verb of the same paragraph begins: after a comma or semicolon (and a
 * footnote number left in the text), "and" or "as well as", then the verb ("…, and requests the
 * Secretary-General to …", "…; and calls upon …", "Calls upon all States Parties to submit and
 * encourages them to …").
 */
const NEXT_VERB = new RegExp(`(?:[,;]\\s*(?:\\d{1,3}\\s*)?(?:and\\b\\s*)?|\\s(?:\\d{1,3})?and\\s+|,?\\s+as well as\\s+)(?:,\\s*)?(?=${LEAD_IN}(?:${ANY_VERB})\\b${NOT_A_VERB})`, "gi");

/** Verbs whose object is whom they address ("Requests the Secretary-General to …"). */
const ADDRESSING = new Set(["requests", "calls upon", "invites", "encourages", "urges", "appeals to", "authorizes", "instructs", "recommends"]);
/** "Reiterates its call upon all States to …", "Reaffirms its request to the Secretariat …": a request made again. */
const RENEWED_REQUEST = /^(?:its|the) (?:calls?|invitation(?: and encouragement)?|requests?|appeals?) (?:upon|on|to) /i;
/** "Expresses its appreciation to the nuclear-weapon States …": a party named, not addressed. */
const THANKED = /^(?:its|the) (?:deep |sincere )?(?:appreciation|gratitude|thanks) to /i;

/** Words that open an aside or a modifier after an addressee, never a further party of a list. */
const ASIDE = /^(?:especially|in particular|particularly|including|inter alia|as|in|with|within|without|pending|by|through|upon|on|at|for|under|where|when|while|whose|which|who|that|to which|according|consistent|thereby|taking|bearing|[a-z]+ing|[a-z]+ly)\b/;
/**
 * Where the party's name ends: a relative clause, a restriction, a purpose, an infinitive; a
 * preposition before a capital goes on with a name ("Organisation for the Prohibition of …").
 */
const PARTY_END = /\s+(?:that|which|who|whose|in a position|with the capacity|pending|including|especially|in particular|particularly|so as|in order|in accordance)\b|\s+(?:for|with|within|by|through|as|among|at|from)\b(?!\s+(?:the\s+)?[A-Z])|\s+to\s+(?!(?:the|a|an|all|its|their|this|these|those|any|each|other)\b|[A-Z])|[;:(]/;
/** Nouns that name parties even without a capital ("those organizations and national committees"). */
const PARTY_NOUN = /\b(?:organi[sz]ations?|committees?|society|industry|stakeholders|movements?|bodies|entities|nations|governments?|institutions?|agencies|members|parties|participants|countries|experts)\b/i;

/** Cleans a phrase of the text: footnote marks, non-breaking hyphens, words broken at a line end. */
function plainPhrase(text: string): string {
  return text
    .replace(/\[\^\d+\]/g, "")
    .replace(/\u2011/g, "-")
    .replace(/(\w)- (?!(?:and|or)\b)(?=\w)/g, "$1-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The party a phrase opens with: its name up to the first restriction or infinitive, with further
 * parties of a list ("States, relevant international and regional organizations and civil
 * society"), without asides between commas ("all States, especially the nuclear-weapon States,")
 * or a leading "the". Undefined when the phrase opens with a thing ("the promotion of …").
 */
function partyOf(phrase: string): string | undefined {
  const items: string[] = [];
  for (const segment of phrase.split(/,\s*/)) {
    if (items.length && ASIDE.test(segment)) break;
    const end = segment.match(PARTY_END);
    items.push(end ? segment.slice(0, end.index) : segment);
    if (end) break;
  }
  const name = plainPhrase(items.join(", ")).replace(/^the\s+/i, "");
  // The head before "of" / "to" / "on" / "in" decides: "the participation of all interested States" is a thing.
  const head = name.split(/\s+(?:of|to|on|in)\s+/)[0];
  return name && (/[A-Z]/.test(head) || PARTY_NOUN.test(head)) ? name : undefined;
}

/**
 * Whom an English operative verb addresses, from the words after it: "the Secretary-General to …",
 * "its call upon all States to …", "the guidelines … to all Member States", "that the Conference on
 * Disarmament continue …"; a pronoun ("him", "it", "them", "those that …") stands for `previous`.
 */
function englishAddressee(verb: string, rest: string, previous: string | undefined): string | undefined {
  const renewed = rest.match(RENEWED_REQUEST);
  if (!ADDRESSING.has(verb) && !(renewed && ["reiterates", "reaffirms", "renews"].includes(verb))) return undefined;
  let t = renewed ? rest.slice(renewed[0].length) : rest;
  if (/^(?:him|her|it|them|those\s+(?:that|which|who))\b/i.test(t)) return previous;
  // "Recommends that the Conference on Disarmament actively continue …": the named subject of the wish.
  const wish = t.match(/^that\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|the|and|for))*)/);
  if (wish) return plainPhrase(wish[1].replace(/\s+(?:of|on|the|and|for)$/, ""));
  if (/^that\b/.test(t)) return undefined;
  // "Recommends the guidelines … to all Member States for implementation".
  const recipient = verb === "recommends" ? t.match(/^[^,;]*?\sto\s+((?:the|all|other)\s[^,;]*)/) : null;
  return partyOf(recipient ? recipient[1] : t);
}

/** The operative statements of an English paragraph, one per verb ("2. Requests the Secretary-General to …, and invites …"). */
export function englishStatements(text: string): Pick<Statement, "verb" | "addressee" | "clause">[] {
  // Clauses are cut from the text as it stands, so that each can be quoted; names are cleaned.
  let t = text.replace(/^\s*\d{1,3}\.\s*/, "").trim();
  // "The Conference of the Parties to … adopts its rules": the organ's name, then the verb.
  const organ = t.match(/^The [A-Z][^,:;]{0,200}?\s(?=(?:also |further )?[a-z]+s\b)/);
  if (organ) t = t.slice(organ[0].length);
  const lead = EN_VERBS.find(([re]) => re.test(t));
  if (!lead) {
    // An operative paragraph opens with its verb: one the list does not know is still the verb.
    const other = t.match(/^(?:(?:also|further|again)\s+)?([A-Z]?[a-z]{3,}s)\b/);
    return other && /^\d{1,3}\./.test(text.trim()) ? [{ verb: other[1].toLowerCase(), clause: t }] : [];
  }
  const leadEnd = t.match(lead[0])![0].length;
  const starts = [0, ...[...t.matchAll(NEXT_VERB)].filter((m) => m.index! > leadEnd).map((m) => m.index! + m[0].length)];
  const out: Pick<Statement, "verb" | "addressee" | "clause">[] = [];
  let previous: string | undefined;
  const cut = (from: number, to: number) => t.slice(from, to).replace(/[\s,;]*(?:\d{1,3}\s*)?(?:and|as well as)?\s*$/, "").trim();
  starts.forEach((start, k) => {
    let clause = cut(start, starts[k + 1] ?? t.length);
    // "Calls upon States to submit and encourages them to make available … their reports": a verb
    // left without its object shares the next clause's.
    if (/\bto\s+[a-z]+$/.test(clause) && k + 1 < starts.length) clause = cut(start, starts[k + 2] ?? t.length);
    const found = EN_VERBS.map(([re, verb]) => ({ m: clause.match(re), verb })).find((x) => x.m);
    if (!found) return;
    const rest = clause.slice(found.m![0].length).trim();
    // "Welcomes and encourages the efforts …", "Invites and encourages all interested States …": two verbs, one object.
    const joined = rest.match(new RegExp(`^and\\s+(?:${ANY_VERB})\\b\\s*`, "i"));
    const object = joined ? rest.slice(joined[0].length) : rest;
    const thanked = object.match(THANKED);
    if (thanked) previous = partyOf(object.slice(thanked[0].length)) ?? previous;
    const addressee = englishAddressee(found.verb, object, previous);
    if (addressee) previous = addressee;
    out.push({ verb: found.verb, addressee, clause });
    if (joined) {
      const second = EN_VERBS.find(([re]) => re.test(joined[0].replace(/^and\s+/i, "")))![1];
      const again = englishAddressee(second, object, previous);
      out.push({ verb: second, addressee: again, clause });
    }
  });
  return out;
}

/** The plenary line that closes a resolution: "46th plenary meeting 19 November 2025". */
const PLENARY = /(\d{1,3})(?:st|nd|rd|th) plenary meeting\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})/;

/** "; and stresses …" closing the list of subparagraphs of an operative paragraph ("Also recalls the adoption of: (a) …; (b) …; and stresses …"). */
const CLOSING_VERB = new RegExp(`;\\s*and\\s+(?=${LEAD_IN}(?:${ANY_VERB})\\b${NOT_A_VERB})`, "i");

/** Operative verbs after the last subparagraph of paragraph N (locators "5(f)", "12, para 4") belong to paragraph N. */
function closingStatements(p: Passage, operative: { r: Resolution; paragraph: number }): void {
  if (!new RegExp(`^${operative.paragraph}(?!\\d)`).test(p.locator)) return;
  const closing = p.text.match(CLOSING_VERB);
  if (!closing) return;
  for (const st of englishStatements(p.text.slice(closing.index! + closing[0].length))) {
    operative.r.statements.push({ ...st, text: p.text, paragraph: operative.paragraph, source: p.id });
  }
}

/** A resolution's or decision's own text (a General Assembly resolution, a decisions page). */
function extractOwnText(doc: ParsedDocument, glossary: Glossary, into: Map<string, Resolution>): void {
  const docBody = doc.meta.body;
  const kindOf = new Map<string, Resolution["kind"]>();
  /** The numbered operative paragraph whose subparagraphs may follow. */
  let operative: { r: Resolution; paragraph: number } | undefined;
  for (const p of doc.passages) {
    if (p.listedResolution) {
      const { number, title } = p.listedResolution;
      const body = docBody && ADOPTING.has(docBody) ? docBody : mentionBody(p.text, { index: 0, number }, docBody, glossary);
      const r = nodeFor(into, body, /^decision/i.test(p.text) ? "decision" : "resolution", number);
      r.title ??= title;
      if (!holds(r.sources, p.id)) r.sources.push(p.id);
      continue;
    }
    if (!p.resolution) {
      if (operative) closingStatements(p, operative);
      continue;
    }
    if (p.kind === "heading" && !kindOf.has(p.resolution)) kindOf.set(p.resolution, doc.meta.kind === "decision" || /^decision\b/.test(p.locator) ? "decision" : "resolution");
    const kind = kindOf.get(p.resolution) ?? "resolution";
    const body = docBody && ADOPTING.has(docBody) ? docBody : mentionBody(p.text, { index: 0, number: p.resolution }, docBody, glossary);
    const r = nodeFor(into, body, kind, p.resolution);
    if (!holds(r.sources, p.id)) r.sources.push(p.id);
    if (p.kind === "heading") {
      const title = p.locator.endsWith(", title") ? p.text : p.text.replace(/^(?:[A-Z]-)?\d{1,3}\/\d{1,3}(?:\s?[A-Z])?\.\s*/, "");
      if (title && !/^(?:Decision|Resolution)\s+\d/.test(title)) r.title = title;
      if (p.locator === "title") {
        // The document's title is the printed one made whole where a line break cut it.
        if (r.title && doc.meta.title?.toLowerCase().startsWith(r.title.toLowerCase())) r.title = doc.meta.title;
        r.docId = doc.meta.id;
        if (doc.meta.adopted?.date) {
          r.adopted = doc.meta.adopted.date;
          r.adoptedSource = undefined;
        }
        r.agendaItem = doc.meta.agendaItem?.number;
      }
      continue;
    }
    const plenary = p.text.match(PLENARY);
    if (plenary) r.plenary = { ordinal: Number(plenary[1]), date: findDates(plenary[2])[0]?.start, source: p.id };
    if (p.role === "preambular" && !/^The [A-Z]/.test(p.text)) continue;
    const text = p.text.replace(PLENARY, "").trim();
    const paragraph = p.number ? Number(p.number) : undefined;
    for (const st of englishStatements(text)) r.statements.push({ ...st, text, paragraph, source: p.id });
    operative = paragraph !== undefined ? { r, paragraph } : undefined;
  }
}

/** Extracts resolutions from one document, merging into `into` by body, kind and number. */
export function extractResolutions(doc: ParsedDocument, glossary: Glossary, into: Map<string, Resolution>): void {
  const verbs = glossary.data.verbs
    .flatMap((v) => v.zh.map((zh) => ({ verb: v.verb, zh })))
    .sort((a, b) => b.zh.length - a.zh.length);
  extractOwnText(doc, glossary, into);
  const bodyOf = new Map<string, BodyId>();
  const node = (p: { text: string }, m: ResolutionMention) => {
    const k = `${m.index}:${m.number}`;
    const body = bodyOf.get(k) ?? mentionBody(p.text, m, doc.meta.body, glossary);
    bodyOf.set(k, body);
    return nodeFor(into, body, m.kind, m.number);
  };

  for (const p of doc.passages) {
    if (p.resolution || p.listedResolution) continue;
    // Every form of a mention has a slash, half- or full-width: a passage without one has none
    // (most passages; making each half-width and searching it was a tenth of a build's extraction).
    if (!p.text.includes("/") && !p.text.includes("／")) continue;
    // The passage made half-width once (finding mentions makes its text half-width anyway).
    const half = toHalfWidth(p.text);
    const mentions = findResolutionMentions(half);
    if (!mentions.length) continue;
    bodyOf.clear();
    for (const m of mentions) {
      const r = node(p, m);
      if (!holds(r.sources, p.id)) r.sources.push(p.id);
      const adopted = r.docId ? undefined : adoptionDateAt(half, m);
      if (adopted && !r.adopted) {
        r.adopted = adopted;
        r.adoptedSource = p.id;
      }
      addTitle(r, titleBefore(p.text, m.index) ?? titleAfter(half, m));
    }
    // Statements: sentences that name exactly one resolution, and the sentences that continue
    // them ("在该决议中，缔约国会议决定…").
    let current: ResolutionMention | undefined;
    for (const s of sentences(half)) {
      const here = findResolutionMentions(s);
      // "在第 7/1 号决定中回顾其第 6/1 号决议": the one followed by "中" is the one speaking.
      const speakingSet = new Set(here.length > 1 ? here.filter((h) => /^\s*中/.test(s.slice(h.index + h.length))) : here);
      // "在第4/3号决议和题为“…”的第5/4号决议中重申": mentions joined by 和 speak together.
      const joined = (k: number) => k + 1 < here.length && /^\s*(?:和|及|以及|、)[^,，。;；]*$/.test(s.slice(here[k].index + here[k].length, here[k + 1].index));
      for (let k = here.length - 2; k >= 0; k--) if (speakingSet.has(here[k + 1]) && joined(k)) speakingSet.add(here[k]);
      const speaking = here.filter((h) => speakingSet.has(h));
      // Each speaking resolution owns the text after its phrase, up to the next one ("在…第5/4号决议中重申…，在第4/3号决议中，缔约国会议决定…").
      let segments: { mention: ResolutionMention; text: string }[] = speaking.map((m, k) => {
        let last = here.indexOf(m);
        while (joined(last) && speakingSet.has(here[last + 1])) last++;
        const end = here[last];
        const next = speaking.find((x) => x.index > end.index);
        return {
          mention: m,
          // "…，鼓励…（第 9/2 号决议第 7 段）。": a reference in closing brackets speaks for the text before it.
          text: /\(\s*$/.test(s.slice(0, m.index)) && k === speaking.length - 1 ? s.slice(0, m.index) : s.slice(end.index + end.length, next?.index ?? s.length),
        };
      });
      if (speaking.length) current = speaking[speaking.length - 1];
      else if (here.length > 1) current = undefined;
      else if (!continuesResolution(s.trim(), verbs)) current = undefined;
      if (!current) continue;
      if (!segments.length) segments = [{ mention: current, text: s }];
      for (const seg of segments) {
        const r = nodeFor(into, mentionBody(half, { index: half.indexOf(s) + seg.mention.index, number: seg.mention.number }, doc.meta.body, glossary), seg.mention.kind, seg.mention.number);
        let last: Statement | undefined;
        for (const clause of clauses(seg.text)) {
          const st = statementOf(clause, verbs);
          const own = clause.replace(/^[\s，,。；;]*/, "").trim();
          // A clause with no operative verb of its own goes on with the statement before it: "决定，第九次
          // 会议的议题将包括利益冲突；以及资产申报制度…；2019 年第十次会议的议题将是…".
          if (!st) {
            if (last && own) last.clause = `${last.clause}${/^[\u4e00-\u9fff]/.test(own) ? "" : " "}${own}`;
            continue;
          }
          const statement: Statement = { ...st, text: s.trim(), clause: own, paragraph: seg.mention.paragraph, source: p.id };
          // Two requests to the secretariat in one sentence ("请秘书处…，并请秘书处向审议组报告") are two statements.
          if (holdsKey(r.statements, statementKey(statement), statementKey)) last = undefined;
          else r.statements.push((last = statement));
        }
      }
    }
  }
}

/**
 * The adoption date a mention gives: "resolution 55/61 of 4 December 2000",
 * "2000年12月4日第55/61号决议".
 */
export function adoptionDateAt(text: string, m: ResolutionMention): string | undefined {
  const after = text.slice(m.index + m.length).match(/^\s*(?:\(\s*)?of\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})/);
  const before = text.slice(0, m.index).match(/(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:的)?\s*$/);
  const written = after?.[1] ?? before?.[1];
  const date = written ? findDates(written)[0] : undefined;
  return date && !date.end && !date.month ? date.start : undefined;
}

/**
 * A sentence without a resolution number that goes on with the one before: "在该决议中，…",
 * "缔约国会议还…", or the Conference as subject of an operative verb ("缔约国会议请缔约国…",
 * "在这方面，缔约国会议请秘书处…").
 */
function continuesResolution(s: string, verbs: { zh: string }[]): boolean {
  if (/^(?:在)?(?:该|这项|此)决议中|^in (?:that|the same) resolution/i.test(s) || /^(?:缔约国会议)?还/.test(s)) return true;
  const subject = s.match(/^(?:在这方面[，,]\s*)?缔约国会议\s*(?:并|再次|也)?\s*/);
  return !!subject && verbs.some((v) => s.startsWith(v.zh, subject[0].length));
}

function statementOf(clause: string, verbs: { verb: string; zh: string }[]): Pick<Statement, "verb" | "addressee"> | undefined {
  const t = clause
    .replace(/^[\s，,。¹²³⁴⁵⁶⁷⁸⁹⁰]*(?:中|上)?[，,]?\s*/, "")
    .replace(/^(?:(?:在)?(?:该|这项|此)决议中|在这方面)[，,]?\s*/, "")
    .replace(/^(?:缔约国会议|会员国|大会|工作组)?\s*(?:还|并|再次|也)?\s*/, "");
  for (const v of verbs) {
    const i = t.indexOf(v.zh);
    if (i < 0 || i > 6) continue;
    // "工作组的建议": a noun, not an operative verb.
    if (t[i - 1] === "的") continue;
    return { verb: v.verb as Statement["verb"], addressee: addresseeOf(t.slice(i + v.zh.length)) };
  }
  return undefined;
}

/** A title a mention gives: the resolution's title if it has none, else its title in the other language if that is new. */
function addTitle(r: Resolution, title: string | undefined): void {
  if (!title) return;
  if (!r.title) r.title = title;
  else if (!r.otherTitle && HAN.test(title) !== HAN.test(r.title)) r.otherTitle = title;
}
const HAN = /\p{Script=Han}/u;

/** 'resolution 4/3, entitled "Marrakech declaration on the prevention of corruption"' -> the title after the mention. */
function titleAfter(text: string, m: ResolutionMention): string | undefined {
  const titled = text.slice(m.index + m.length, m.index + m.length + 260).match(/^\s*,?\s*(?:entitled|titled)\s+[“"]([^”"]{4,240})[”"]/);
  return titled?.[1].trim();
}

/** "题为“X”的第 N 号决议" / "关于X的第N号决议" right before a mention -> X. */
function titleBefore(text: string, index: number): string | undefined {
  const before = toHalfWidth(text.slice(Math.max(0, index - 120), index));
  const titled = before.match(/题为\s*[“"]([^”"]+)[”"]\s*的\s*$/);
  if (titled) return titled[1].replace(/^《(.*)》$/, "$1").trim();
  const about = before.match(/(?:通过了|的)?关于([^，。“”]{4,60})的\s*$/);
  if (about) return about[1].trim();
  return undefined;
}
