import { describe, expect, it } from "vitest";
import { cut, keySentence, quoteText, sentences } from "../../src/present/quote-text.js";

describe("quotes for people", () => {
  it("leaves no markup in a quote: tags, entities, links, emphasis, headings, list marks", () => {
    expect(quoteText("## <b>议程</b>：见[CAC/COSP/WG.4/2024/2](#) **背景文件**<sup>a</sup> &amp; 说明")).toBe("议程：见CAC/COSP/WG.4/2024/2 背景文件 & 说明");
    expect(quoteText("- Item 2: __implementation__ of `10/3`")).toBe("Item 2: implementation of 10/3");
  });

  it("splits Chinese and English passages into sentences without breaking numbers or symbols", () => {
    expect(sentences("会议开幕。会议将以现场与会的方式举行。")).toEqual(["会议开幕。", "会议将以现场与会的方式举行。"]);
    expect(sentences("See CAC/COSP/WG.4/2024/2 para. 5 of the paper. The Group met on 3.5 days. Then it closed.")).toEqual([
      "See CAC/COSP/WG.4/2024/2 para. 5 of the paper.",
      "The Group met on 3.5 days.",
      "Then it closed.",
    ]);
  });

  it("picks the sentence that states what the answer says, across the passages cited", () => {
    const passages = ["1. 工作组第十五次会议于2024年9月3日开幕。会议将以现场与会的方式举行。", "2. 秘书处编写了背景文件（CAC/COSP/WG.4/2024/3）。"];
    expect(keySentence(passages, "The background paper is CAC/COSP/WG.4/2024/3[2].")).toBe("秘书处编写了背景文件（CAC/COSP/WG.4/2024/3）。");
    expect(keySentence(passages, "会议以现场与会的方式举行[1]。")).toBe("… 会议将以现场与会的方式举行。");
    expect(keySentence(passages, "It opens on 3 September 2024[1].")).toBe("工作组第十五次会议于2024年9月3日开幕。");
  });

  it("cuts a long sentence at a word or a Chinese comma, ending in …", () => {
    expect(cut("The Conference requests the secretariat to continue its work as an observatory", 40)).toBe("The Conference requests the secretariat…");
    expect(cut("缔约国会议请秘书处继续开展工作，包括更新工作组专题网站和反腐败知识工具和资源门户网站的相关信息", 24)).toBe("缔约国会议请秘书处继续开展工作，…");
  });
});
