/**
 * The warm-up at start: what the first answer would otherwise pay for (the lookup maps, the
 * document symbols, the names acronyms are read against, the recommendations without repeats,
 * the containment postings that weigh a concept's rarity, the postings of the bodies' names, the
 * glossary's vocabulary and term patterns, the patterns of names, chrono's parsers, the search
 * code; for each body's next numbered meeting, where its documents write its place, the passages
 * its agenda cites and a question on its agenda in each language) is done before anyone asks, a
 * step at a time so that requests arriving meanwhile are served between steps.
 */
import { prepareAcronyms, type BodyId, type KnowledgeIndex } from "../knowledge/index.js";
import { answerQuestion } from "./ask.js";
import { localDate } from "../core/time.js";
import { conceptsOf, prepareAnswerSearch, prepareNamePatterns } from "./answer-search.js";
import { nextSession, prepareMeeting } from "./answer-meeting.js";
import { meetingName } from "./compose.js";
import { prepareLookups } from "./lookups.js";
import { distinctCiting } from "./recommendations-distinct.js";
import { understand } from "./understand.js";

/** Questions that reach every answerer and both languages' understanding, relative dates included. */
const WARM_QUESTIONS = ["What is on the agenda of the next meeting, and where will it be held next Tuesday?", "下周二开会的地点是哪里？议程有哪些项目？"];

/**
 * The names of the bodies the documents are about, in both languages: nearly every question names
 * one, and weighing its concept and searching its words read postings that would otherwise wait
 * for the first question to be read from disk.
 */
function namesOfBodies(index: KnowledgeIndex): string[] {
  return [...new Set(index.glossary.data.bodies.flatMap((b) => [b.en, b.zh, b.short?.en, b.short?.zh]).filter((n): n is string => !!n))];
}

/** The steps of the warm-up, in order; each runs to completion on its own. */
export function warmUpSteps(index: KnowledgeIndex, opts: { now: () => Date; timeZone: string }): (() => void)[] {
  const ask = (text: string) => () => {
    const now = opts.now();
    const q = understand(text, index.glossary, { now, timeZone: opts.timeZone });
    answerQuestion({ index, glossary: index.glossary, q, now, timeZone: opts.timeZone, thread: {} });
  };
  const weigh = (name: string) => () => {
    const now = opts.now();
    const q = understand(name, index.glossary, { now, timeZone: opts.timeZone });
    conceptsOf({ index, glossary: index.glossary, q, now, timeZone: opts.timeZone, thread: {} });
    index.search(q.text, { limit: 1 });
  };
  const corpus = { index, glossary: index.glossary };
  // Each body's next session: what its place as written and its agenda read, and a question
  // about its agenda in each language (its documents' passages, its words' postings).
  const upcoming = (body: BodyId) => () => {
    const m = nextSession(corpus, body, localDate(opts.timeZone, opts.now()));
    if (!m) return;
    prepareMeeting(corpus, m);
    ask(`What is on the agenda of the ${meetingName(index.glossary, m, "en")}?`)();
    ask(`${meetingName(index.glossary, m, "zh")}的议程是什么？`)();
  };
  return [
    () => prepareLookups(index),
    () => index.symbol(""),
    () => prepareAcronyms(index),
    // The recommendations without repeats, and where each is cited (a question's search hits find them there).
    () => distinctCiting(index, [], false),
    () => prepareAnswerSearch(corpus),
    () => prepareNamePatterns(corpus),
    () => index.readAhead?.(),
    ...namesOfBodies(index).map(weigh),
    ...WARM_QUESTIONS.map(ask),
    ...index.glossary.data.bodies.map((b) => upcoming(b.id)),
  ];
}

/**
 * Runs the warm-up in the background, one step per turn of the event loop. Resolves when done;
 * never rejects (a step that fails only leaves its work to the first request).
 */
export function warmUp(index: KnowledgeIndex, opts: { now: () => Date; timeZone: string }): Promise<void> {
  const steps = warmUpSteps(index, opts);
  return new Promise((resolve) => {
    const next = () => {
      const step = steps.shift();
      if (!step) return resolve();
      try {
        step();
      } catch {
        // Nothing is lost: the first request does this work instead.
      }
      setImmediate(next);
    };
    setImmediate(next);
  });
}
