/**
 * A copy whose paragraphs came as one long line is split before the labels that continue their
 * running sequence; a paragraph number written onto the figure its paragraph opens with
 * ("。5.118个国家") is one of them, while a decimal in running text is not.
 */
import { describe, expect, it } from "vitest";
import { splitInlineStructure } from "../../src/knowledge/parse/unfold.js";

const lines = (s: string) => splitInlineStructure(s).split("\n");

describe("paragraphs run together in one line", () => {
  it("splits before each number that continues the sequence", () => {
    expect(lines("一.导言1.委员会是根据决议设立的。2.大会要求继续工作。3.本报告提交大会。")).toEqual(["一.导言", "1.委员会是根据决议设立的。", "2.大会要求继续工作。", "3.本报告提交大会。"]);
  });

  it("splits before a paragraph number written onto the figure that opens the paragraph", () => {
    expect(lines("1.委员会举行了会议。2.会议共举行了10次会议。3.118个国家的代表出席了会议。")).toEqual(["1.委员会举行了会议。", "2.会议共举行了10次会议。", "3.118个国家的代表出席了会议。"]);
  });

  it("leaves a decimal figure in running text whole", () => {
    expect(lines("1. The rate rose to 2.5 per cent. 2. The budget was 3.2 million.")).toEqual(["1. The rate rose to 2.5 per cent.", "2. The budget was 3.2 million."]);
    expect(lines("1.预算增长了2.5%。其余为1.2亿美元。")).toEqual(["1.预算增长了2.5%。其余为1.2亿美元。"]);
  });
});
