/**
 * Chinese short forms of the glossary's names, as chat writes them, spelled out before a question
 * is read: each word of the name shortened, none dropped, and only where one name fits.
 */
import { describe, expect, it } from "vitest";
import { isShortFormOf, spellOutShortForms } from "../../src/knowledge/lang/short-forms.js";
import { realGlossary } from "./corpus.js";

describe("a short form of a name", () => {
  it.each([
    ["禁核武条约", "禁止核武器条约", true],
    ["联合国反腐公约", "联合国反腐败公约", true],
    // A word left out whole is another thing, not a shorter name.
    ["武器条约", "武器贸易条约", false],
    ["联合特别会议", "联合国大会特别会议", false],
    // The first and the last characters stay.
    ["止核武器条约", "禁止核武器条约", false],
    ["禁止核武器条", "禁止核武器条约", false],
    // Too short, or the name itself.
    ["禁条约", "禁止核武器条约", false],
    ["禁止核武器条约", "禁止核武器条约", false],
  ])("%s of %s: %s", (short, name, is) => {
    expect(isShortFormOf(short, name)).toBe(is);
  });
});

describe("spelling out short forms in a question", () => {
  const g = realGlossary();
  it.each([
    ["禁核武条约那项决议的编号？", "禁止核武器条约那项决议的编号？"],
    ["联合国反腐公约第五条讲的是什么？", "联合国反腐败公约第五条讲的是什么？"],
  ])("%s", (question, spelled) => {
    expect(spellOutShortForms(question, g)).toBe(spelled);
  });

  it.each([
    // A name written out, or one the glossary lists as it is written.
    "缔约国会议第十届会议在哪里举行？",
    "全面禁核试条约什么时候生效？",
    // The tail of a longer name the glossary does not know.
    "《新削减战略武器条约》哪年到期？",
    "一委四委的联合特别会议开过几次？",
    // No short form starts inside a word ("落实情况" is not 落 + 实施情况).
    "关于政治宣言落实情况的信息储存库在哪个网站上？",
    // Nor does one end inside a word ("第二次会议" is not 第二次续会 + 议).
    "预防工作组第二次会议的文件都有哪些",
    "审议组第三次会议开了几天？",
    "第四次会议上通过了什么？",
    "When does the 15th meeting open?",
  ])("leaves %s as it is", (question) => {
    expect(spellOutShortForms(question, g)).toBe(question);
  });
});
