/**
 * Which resolution a question is about: named by number ("80/12", "resolution 10/3"), or
 * described by its subject ("the one about landmines", "关于小武器的那项决议"). A described
 * resolution is found by weighing the question's words, in both languages, against every
 * resolution's names: its title, its document's title and the agenda item it was adopted under.
 */
import type { KnowledgeIndex, Resolution } from "../knowledge/index.js";
import { questionConcepts, questionTokens } from "../knowledge/index.js";
import { namesIndex, standsOut, theOneNamingAll, type NamesIndex } from "./names-index.js";
import type { AnswerContext } from "./context.js";

const names = new WeakMap<object, NamesIndex<Resolution>>();

/** Everything a resolution is called by: its title, its document's title, its agenda item's title. */
export function namesOf(index: KnowledgeIndex, r: Resolution): string {
  const meta = r.docId ? index.document(r.docId)?.meta : undefined;
  return [r.title, meta?.title, meta?.titleEn, meta?.agendaItem?.title].filter(Boolean).join(" \n ");
}

function nameIndex(index: KnowledgeIndex): NamesIndex<Resolution> {
  return namesIndex(names, index, () => {
    const items = index.graph.resolutions.filter((r) => r.title || r.docId);
    return { items, names: items.map((r) => namesOf(index, r)) };
  });
}

/** How far the best match must lead the next for the question to name it. */
const LEAD = 1.2;
/** Weight of matched words below which a match is a coincidence of common words. */
const FLOOR = 2.5;

/**
 * The resolution whose names the question describes, when one stands out; several resolutions
 * of the same number and body (mentions and own text) count as one.
 */
export function resolutionByTopic(ctx: AnswerContext, description: string): Resolution | undefined {
  const n = nameIndex(ctx.index);
  if (!n.items.length) return undefined;
  // An adopting organ named ("联大", "the GA") narrows the search; its name is no subject. So does
  // a principal organ (a body under none) whose resolutions the index does not hold: a Security
  // Council draft is none of the General Assembly's resolutions.
  const organs = new Set(n.items.map((r) => r.body));
  const named = ctx.glossary.findBodies(description).filter((b) => organs.has(b.id) || !ctx.glossary.body(b.id)?.parent);
  let subject = description;
  for (const b of [...named].reverse()) subject = `${subject.slice(0, b.index)} ${subject.slice(b.index + b.length)}`;
  const bodies = new Set(named.map((b) => b.id));
  // A title the question quotes whole ("题为“马拉喀什预防腐败宣言”的") is that resolution's, not one
  // whose title holds it ("《马拉喀什预防腐败宣言》的后续行动").
  const quoted = titledAsQuoted(n.items.filter((r) => !bodies.size || bodies.has(r.body)), titlesQuoted(ctx.q.text));
  if (quoted) return quoted;
  // A long term ("联合国反腐败公约") counts as one concept, not as each of its words and character pairs.
  const query = questionTokens(subject, ctx.glossary, { langs: [ctx.q.lang], conceptAsOne: true });
  const ofBody = (i: number) => !bodies.size || bodies.has(n.items[i].body);
  // Names that score alike on words ("透明度" in many titles) are told apart by the concepts they
  // hold: "军费透明度" is the one title that speaks of military expenditures and transparency both.
  const concepts = questionConcepts(subject, ctx.q.lang, ctx.glossary).filter((c) => c.source !== "number");
  const tieBreak = (rs: Resolution[]) => theOneNamingAll(rs, (r) => namesOf(ctx.index, r), concepts);
  const pick = (filter: (i: number) => boolean) => standsOut(n, query, { floor: FLOOR, lead: LEAD, filter, same: (a, b) => a.key === b.key, tieBreak, wholeFirst: true });
  // A session named ("the eighth session's resolution on the follow-up to the Marrakech
  // declaration") picks, among resolutions of the same title, the one it adopted.
  const session = ctx.q.ordinal;
  return (session !== undefined ? pick((i) => ofBody(i) && n.items[i].session === session) : undefined) ?? pick(ofBody);
}

/** Titles a question quotes as a title: "题为“…”", "名为《…》", 'entitled "…"', "called “…”" (not "关于《…》后续行动", a title's part). */
const titlesQuoted = (text: string): string[] => [...text.matchAll(TITLE_QUOTED)].map((m) => m[1] ?? m[2] ?? m[3]);
const TITLE_QUOTED = /(?:题为|名为|称为|叫做?|\b(?:entitled|titled|called|named))\s*(?:“([^”]{4,})”|《([^》]{4,})》|"([^"]{4,})")/gi;

/** The one resolution (of one number and body) whose title is one of the titles quoted, marks and spaces aside. */
function titledAsQuoted(items: readonly Resolution[], quoted: readonly string[]): Resolution | undefined {
  if (!quoted.length) return undefined;
  const bare = (s: string) => s.replace(/[《》“”"'‘’「」\s]/g, "").toLowerCase();
  const titles = new Set(quoted.map(bare));
  const found = items.filter((r) => [r.title, r.otherTitle].some((t) => t && titles.has(bare(t))));
  return found.length && found.every((r) => r.key === found[0].key) ? (found.find((r) => r.docId) ?? found[0]) : undefined;
}

/**
 * The resolution a question describes: by the words that qualify "resolution" first ("according
 * to the nuclear disarmament resolution, …", the words before 决议), since the question's other
 * words ask what it says and may name another resolution's title (作用, "role": "Role of science
 * and technology …"); else by `description`, the whole question without its asking words.
 */
export function describedResolution(ctx: AnswerContext, description: string): Resolution | undefined {
  if (speaksOfDraft(ctx.q.text, ctx.q.lang)) return undefined;
  const phrase = resolutionPhrase(ctx.q.text, ctx.q.lang);
  // "政治宣言载于大会哪项决议": the words before an asked "which resolution" describe what it holds, not it.
  const byPhrase = phrase && !ASKING_WHICH.test(phrase) ? resolutionByTopic(ctx, phrase) : undefined;
  return byPhrase?.docId ? byPhrase : resolutionByTopic(ctx, description);
}

/**
 * Whether a question speaks of a draft resolution or decision ("their Red Sea draft resolution",
 * "那份决议草案"; not a draft treaty a resolution speaks of): a document of its own, found by what
 * describes it, not an adopted resolution one of its words names ("the United States", "drafting").
 */
export function speaksOfDraft(text: string, lang: "en" | "zh"): boolean {
  return DRAFT_SPOKEN[lang].test(text);
}
// (Or a draft named by what it is about: "the Darfur draft", "the 2018 Somalia draft", "达尔富尔那份草案";
// not a draft treaty or declaration a resolution speaks of, "条约草案".)
const DRAFT_SPOKEN = {
  en: /\bdraft\s+(?:resolutions?|res|decisions?)\b|\b(?:the|this|that|their|its)\s+(?:(?:\d{4}|[A-Z][\w'-]*)\s+){1,3}draft\b/i,
  zh: /(?:决议|决定)草案|[\u4e00-\u9fff](?<!条约|公约|议定书|宣言|文件|案文|成果)草案/,
} as const;

/** "Which" asked of the resolution itself, in the words that qualify it. */
const ASKING_WHICH = /哪|什么|\b(?:which|what)\b/i;

/** The words that qualify the word "resolution": "the X resolution", "the resolution on X", "X决议". */
function resolutionPhrase(text: string, lang: "en" | "zh"): string | undefined {
  // (A name the question gives by its abbreviation is read spelled out, the abbreviation after it in
  // brackets, before 决议: the phrase reads past the brackets.)
  if (lang === "zh") return text.match(/(?:根据|按照|依据|据|在)?(\p{Script=Han}{2,20}?)(?:\s*\([A-Za-z][\w.-]*\))?(?:那项|那个|这项|的)?(?:决议|决定)(?!草案)/u)?.[1];
  return (
    text.match(/\bthe\s+((?:[A-Za-z][\w'’-]*\s+){1,6}?)(?:res|resolution)\b/i)?.[1] ??
    text.match(/\b(?:res|resolution)\s+on\s+(?:the\s+)?(.+?)(?=[,?;]|\s+(?:who|what|which|when|where|how|does|did|do|is|was|says?)\b|$)/i)?.[1]
  );
}

/**
 * Resolutions named by number. A bare "80/12" counts when the corpus holds a resolution or
 * decision of that number (a question need not say "resolution").
 */
export function resolutionsByNumber(ctx: AnswerContext): Resolution[] {
  const numbers = new Set(ctx.q.resolutions.map((r) => r.number));
  for (const m of ctx.q.text.matchAll(/(?<![\d/.A-Za-z])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])/g)) {
    const number = `${m[1]}/${m[2]}`;
    if (ctx.index.resolutions(number).length) numbers.add(number);
  }
  // (Not the one another is asked about inside of: it is where to look.)
  if (ctx.q.within) numbers.delete(ctx.q.within);
  // The resolution whose own text the corpus holds comes first: a body the question names may be
  // another meeting's ("80/14 on a treaty body's first Conference of States Parties").
  const pick = (number: string) => {
    const all = ctx.index.resolutions(number).filter((r) => r.docId);
    return all.find((r) => ctx.q.bodies.includes(r.body)) ?? all[0] ?? ctx.index.resolution(number, { body: ctx.q.bodies[0] });
  };
  return [...numbers].map(pick).filter((r): r is Resolution => !!r);
}
