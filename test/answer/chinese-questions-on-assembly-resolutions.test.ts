/**
 * Chinese questions on the General Assembly's English resolutions:
 * - "根据第一委员会的哪份报告通过" asks the Main Committee report a resolution was adopted on;
 * - the words a question describes a resolution named by number with ("关于向无核武器国家提供安全
 *   保证的80/18号决议") are the asker's name for it, held by every passage of it, and weigh for no
 *   answer: a preambular paragraph the question points to ("序言中…") answers;
 * - "特别回顾了此前哪一项…决议" asks a resolution the one named recalls, by its number; the number
 *   is quoted with its word ("resolution 79/56"), not cut out of the quotation;
 * - "还影响到谁" is answered by a group of people ("each and every citizen"), "谁…负首要责任" by
 *   Governments;
 * Read off resolutions 80/12, 80/18, 80/34, 80/44 and 80/50. The first of each written before the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { namesInstrument } from "../../src/answer/find-meetings.js";

const ask = useTestAssistant(withRealDocuments);

describe("Chinese questions on the Assembly's resolutions", () => {
  it.each([
    ["第80/34号决议（化学武器公约执行情况）是根据第一委员会的哪份报告通过的？", /A\/80\/534/],
    ["第80/12号决议是依据第一委员会哪一份报告通过的？", /A\/80\/534/],
    ["第80/44号决议根据第一委员会的什么报告通过？", /A\/80\/534/],
    ["关于向无核武器国家提供安全保证的80/18号决议，序言中决心严格遵守《联合国宪章》关于什么的规定？", /non-use of force or threat of force/],
    ["80/34号决议特别回顾了此前哪一项关于化学武器的决议？", /resolution 79\/56/],
    ["按80/50号决议的说法，核武器的灾难性后果不只影响各国政府，还影响到谁？", /each and every citizen/],
    ["According to resolution 80/50, besides governments, whom do the catastrophic consequences of nuclear weapons affect?", /citizen/],
    // Governments are who bears a responsibility, as a group of people is; 非法 is "illicit".
    ["80/38号决议认为，谁对根除小武器非法贸易负首要责任？", /Governments bear the primary responsibility/],
    ["第80/38号决议序言里，由谁承担打击小武器和轻武器非法贸易的首要责任？", /Governments bear the primary responsibility/],
    ["Under resolution 80/38, which actors have primary responsibility for preventing the illicit trade in small arms?", /Governments bear the primary responsibility/],
    // 外空条约 is the Outer Space Treaty, which the Assembly writes by its full title.
    ["第80/20号决议铭记《外空条约》哪两条的重要性？", /articles III and IV/],
    ["Which articles of the Outer Space Treaty does resolution 80/20 bear in mind?", /articles III and IV/],
    // Civil society is someone, as a group of people is.
    ["According to resolution 80/50, whose ongoing engagement does the Assembly welcome?", /welcoming civil society/],
    ["Per resolution 80/50, who does the General Assembly welcome the ongoing engagement of?", /welcoming civil society/],
    // The paragraph of the committee's report that holds the draft, as the header gives it.
    ["武器贸易条约那项决议是依据第一委员会报告的哪一段通过的？", /A\/80\/534, para\. 7/],
    ["Resolution 80/2 was adopted on the report of which committee?", /A\/80\/401, para\. 6/],
    // 裁军特别联大, the special sessions of the General Assembly devoted to disarmament.
    ["关于第四届裁军特别联大目标和议程的建议，是由哪个工作组协商一致通过的？", /Open-ended Working Group on the fourth special session/],
    ["前三届裁军特别联大分别是哪几年开的？", /1978, 1982 and 1988/],
    // 大规模毁灭性武器 is one term, "weapons of mass destruction".
    ["按照80/40号决议，大规模毁灭性武器的扩散被列为对国际和平与安全的什么威胁？", /most immediate threats/],
    ["第80/34号决议说《化学武器公约》禁止了哪一整类大规模毁灭性武器？", /entire category of weapons of mass destruction/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("the documents a resolution's paragraph cites", () => {
  it("are each named once, however often its notes write them", async () => {
    const reply = await ask("80/48号决议脚注引用的1995年NPT审议和延期大会最后文件，文号是什么？");
    expect(reply.answered, reply.text).toBe(true);
    const line = beforeSources(reply.text).split("\n").find((l) => l.includes("所引文件")) ?? "";
    expect(line.match(/NPT\/CONF\.1995\/32/g)?.length, line).toBe(1);
    expect(line.match(/NPT\/CONF\.2000\/28/g)?.length, line).toBe(1);
  });
});

describe("a range of articles and 'which kind'", () => {
  it("answers which articles with a range the passage gives", async () => {
    const reply = await ask("第3/2号决议强调实施《反腐败公约》哪些条款预防和打击腐败的重要性？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/第五至十四条/);
  });
  it("reads 哪种 as asking which, not a meeting's dates", async () => {
    const reply = await ask("2022年闭会期间会议上，发言者提到在调查中使用哪种技术的问题？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/区块链/);
  });
});

describe("the words for an instrument inside another name", () => {
  it("name no instrument in the Treaty Series or treaty bodies, and do in a treaty's name", () => {
    expect(namesInstrument("《不扩散核武器条约》收在《联合国条约集》第几卷？", "联合国条约集", false)).toBe(false);
    expect(namesInstrument("条约机构提交了什么？", "条约机构", false)).toBe(false);
    expect(namesInstrument("《不扩散核武器条约》收在《联合国条约集》第几卷？", "不扩散核武器条约", false)).toBe(true);
  });
});
