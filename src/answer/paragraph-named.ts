/**
 * A paragraph a question names by its number ("背景文件第16段", "paragraph 27 of the report",
 * "序言部分第3段"): the passage of that locator is where the answer is.
 */

/**
 * The locator of the one paragraph a question names by its number: "第16段", "paragraph 27",
 * "para. 4" -> "16"; a preamble's, "序言部分第3段", "preambular paragraph 3" -> "preamble 3". None
 * where it names several, or a paragraph of the political declaration (the workplan's).
 */
export function paragraphNamedIn(text: string): string | undefined {
  const all = [...text.matchAll(PARAGRAPH_NAMED)];
  if (all.length !== 1 || DECLARATION_BEFORE.test(text.slice(0, all[0].index)) || DECLARATION_AFTER.test(text.slice(all[0].index! + all[0][0].length))) return undefined;
  const m = all[0];
  const item = m[3] ?? m[4] ?? m[7];
  return `${m[1] || m[5] ? "preamble " : ""}${m[2] ?? m[6]}${item ? `(${item.toLowerCase()})` : ""}`;
}
/** Whether a passage's locator is of the paragraph named: the paragraph itself, or one of its items ("21(b)" of "21"). */
export const ofParagraph = (locator: string, named: string) => locator === named || (!named.includes("(") && locator.startsWith(`${named}(`));
const PARAGRAPH_NAMED = /(序言(?:部分)?\s*)?第\s*(\d{1,3})\s*(?:[(（]([a-z])[)）]\s*)?段(?:\s*[(（]([a-z])[)）](?:项|分段)?)?(?!\s*[、,，和及至到-]\s*第?\s*\d)|\b(preambular\s+|preamble\s+)?(?:para(?:graph)?\.?|§)\s*(\d{1,3})(?:\s*\(([a-z])\))?(?![\d(])(?!\s*(?:,|and|to|-|–)\s*\d)/gi;
/** The political declaration named just before a paragraph: its paragraphs are the workplan's rows. */
const DECLARATION_BEFORE = /(?:宣言|declaration)\s*(?:的)?\s*$/i;
const DECLARATION_AFTER = /^\s*of\s+the\s+(?:political\s+)?declaration/i;
/** A document's paragraph named ("背景文件第16段", "paragraph 27 of the report"): its own text, not a row of the workplan. */
export const paragraphOfDocument = (text: string) => !!paragraphNamedIn(text) && DOCUMENT_BEFORE_PARAGRAPH.test(text);
const DOCUMENT_BEFORE_PARAGRAPH = /(?:报告|背景文件|文件|说明|增编|草稿|决议|决定)(?:的)?\s*(?:序言部分|执行部分)?\s*第\s*\d{1,3}\s*段|\bparagraph\s+\d{1,3}\s+of\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,5}?(?:report|paper|note|document|addendum|draft)\b|\b(?:report|paper|note|document|addendum|draft)(?:'s)?,?\s+(?:para(?:graph)?\.?)\s*\d/i;
