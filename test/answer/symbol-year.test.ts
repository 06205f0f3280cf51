/**
 * The year inside a document's symbol ("S/2024/557", "CAC/COSP/2015/1") dates no question: the
 * symbol names the document. A year written as a year still does.
 */
import { describe, expect, it } from "vitest";
import { readQuestion as read } from "../core/read-question.js";

describe("the year of a symbol", () => {
  it.each(["What does S/2024/37 demand of the Houthis?", "CAC/COSP/2015/1 里第三项是什么？", "tl;dr of E/CN.15/2003/14?"])("dates nothing: %s", (q) => {
    expect(read(q).dates).toBeUndefined();
  });

  it.each([["What did the 2016 draft S/2016/1100 ask for?", "2016-01-01"], ["CAC/COSP/2015/1 是2015年的吗？", "2015-01-01"]])("a year written as one still dates it: %s", (q, from) => {
    expect(read(q).dates?.from).toBe(from);
  });
});
