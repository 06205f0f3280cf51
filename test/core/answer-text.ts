/** The parts of a reply's text the answer tests read. */

/** The answer's own text, before its sources. */
export const beforeSources = (text: string): string => text.split(/\nSources:|\n出处：/)[0];

/** The answer's own words: before its sources, without the English it quotes in 「…」. */
export const ownWords = (text: string): string => beforeSources(text).replace(/「[^」]*」/g, "");

/** The answer's own words with no quotation at all: before its sources, without quoted lines (“> …”) and “…” quotes. */
export const unquoted = (text: string): string => beforeSources(text).replace(/\n>[^\n]*/g, "").replace(/“[^”]*”/g, "");
