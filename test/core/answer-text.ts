/** The parts of a reply's text the answer tests read. */

/** The answer's own text, before its sources. */
export const beforeSources = (text: string): string => text.split(/\nSources:|\n出处：/)[0];

/** The answer's own words: before its sources, without the English it quotes in 「…」. */
export const ownWords = (text: string): string => beforeSources(text).replace(/「[^」]*」/g, "");
