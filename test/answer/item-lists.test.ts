/**
 * Several agenda items asked at once, listed or as a range ("items 4, 5 and 6", "items 3 to 4",
 * "项目3和4", "项目2至4"): each is read and each is answered. Paraphrases not used to write the rule.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot, useTestAssistant } from "../core/test-assistant.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const items = (q: string) => understand(q, glossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).items;

describe("the items a question lists", () => {
  it.each([
    ["what were items 4, 5 and 6 on the provisional agenda?", ["4", "5", "6"]],
    ["items 4-6 of the sixth session", ["4", "5", "6"]],
    ["items 2 through 4, please", ["2", "3", "4"]],
    ["items 2(a) and 3?", ["2(a)", "3"]],
    ["项目4、5和6是什么", ["4", "5", "6"]],
    ["议程项目4至6讲什么", ["4", "5", "6"]],
    ["项目2到3", ["2", "3"]],
  ])("%s", (q, expected) => {
    expect(items(q)).toEqual(expected);
  });

  it("a lone item and a date after it are one item", () => {
    expect(items("item 5 on 3 June")).toEqual(["5"]);
  });
});

describe("answers every item listed", () => {
  const ask = useTestAssistant();
  it.each([
    ["15th prevention WG meeting: items 3 to 4?", [/Item 3: [^\n]*“今后在预防腐败方面的优先事项”/, /Item 4: Adoption of the report \(“通过报告”\)/]],
    ["预防工作组第十五次会议的项目3和4是什么", [/项目3：今后在预防腐败方面的优先事项/, /项目4：通过报告/]],
    ["what are items 3 and 4 of the prevention working group's fifteenth meeting", [/Item 3: [^\n]*“今后在预防腐败方面的优先事项”/, /Item 4: Adoption of the report \(“通过报告”\)/]],
  ])("%s", async (q, expected) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    for (const e of expected) expect(reply.text).toMatch(e);
  });
});

describe("the items of an agenda counted when the question asks how many", () => {
  const ask = useTestAssistant();
  it.each([
    ["how many agenda items does the prevention working group's fifteenth meeting have?", /\(4 items\)/],
    ["预防工作组第十五次会议的议程一共有几个项目", /共4个项目/],
    ["how many sub-items are under item 2(a) of the 15th meeting?", /5 sub-items:/],
    ["第十五次会议项目2下面有几个分项", /分项（共2个）/],
  ])("%s", async (q, count) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(count);
  });
});
