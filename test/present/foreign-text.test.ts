import { describe, expect, it } from "vitest";
import { foreignOutsideQuotes, quoteForeign, romanSubItems } from "../../src/present/foreign-text.js";

describe("other-language text in an answer", () => {
  it("finds Chinese standing outside quotation marks in an English answer, and none once it is quoted", () => {
    const text = "The 15th meeting: 3–6 September 2024[1], Vienna (维也纳). Item 2: 缔约国会议有关决议的执行情况[2]. Resolution 10/3, entitled “《马拉喀什预防腐败宣言》的后续行动”[3].";
    expect(foreignOutsideQuotes(text, "en")).toEqual(["维也纳", "缔约国会议有关决议的执行情况"]);
    const quoted = quoteForeign(text, "en");
    expect(quoted).toBe("The 15th meeting: 3–6 September 2024[1], Vienna (“维也纳”). Item 2: “缔约国会议有关决议的执行情况”[2]. Resolution 10/3, entitled “《马拉喀什预防腐败宣言》的后续行动”[3].");
    expect(foreignOutsideQuotes(quoted, "en")).toEqual([]);
  });

  it("keeps English words joined by a typesetter's hyphen (U+2011, “non‑proliferation”) in one quotation of a Chinese answer", () => {
    const quoted = quoteForeign("• Requests the States Parties to resolve cases of non\u2011compliance with the relevant instruments（第5段）", "zh");
    expect(quoted).toBe("• 「Requests the States Parties to resolve cases of non\u2011compliance with the relevant instruments」（第5段）");
  });

  it("keeps names written with accented letters (Côte d’Ivoire, Türkiye) whole in one quotation of a Chinese answer", () => {
    expect(quoteForeign("S/2019/179是文件《Congo, Costa Rica, Côte d’Ivoire, Croatia》", "zh")).toBe("S/2019/179是文件《「Congo, Costa Rica, Côte d’Ivoire, Croatia」》");
    expect(quoteForeign("提案国：Türkiye, Ukraine and São Tomé and Príncipe（第1段）", "zh")).toBe("提案国：「Türkiye, Ukraine and São Tomé and Príncipe」（第1段）");
  });

  it("leaves a quoted Chinese date as it is and quotes a bare one once", () => {
    expect(quoteForeign("• “2023年6月12日至16日”: Implementation Review Group", "en")).toBe("• “2023年6月12日至16日”: Implementation Review Group");
    expect(quoteForeign("• 2023年6月12日至16日: Implementation Review Group", "en")).toBe("• “2023年6月12日至16日”: Implementation Review Group");
    expect(foreignOutsideQuotes("• “2023年6月12日至16日”: x", "en")).toEqual([]);
  });

  it("keeps a Chinese name with codes and numbers in it as one quotation", () => {
    expect(quoteForeign("Room (维也纳国际中心 M 楼 B/M1 会议厅)[2], on 2024年9月3日.", "en")).toBe("Room (“维也纳国际中心 M 楼 B/M1 会议厅”)[2], on “2024年9月3日”.");
  });

  it("makes a Chinese passage with its own quotation marks one English quotation, nesting the inner ones as ‘…’", () => {
    const quoted = quoteForeign("According to the agenda (2(a)(三)):\n“缔约国会议在其题为“亚特兰大 2023：促进廉正”的第 10/1 号决议中，请工作组列入议程”。[1]", "en");
    expect(quoted).toBe("According to the agenda (2(a)(iii)):\n“缔约国会议在其题为‘亚特兰大 2023：促进廉正’的第 10/1 号决议中，请工作组列入议程”。[1]");
    expect(foreignOutsideQuotes(quoted, "en")).toEqual([]);
    expect(foreignOutsideQuotes("Item 2: 缔约国会议在其题为“亚特兰大”的决议[1]", "en")).toEqual(["缔约国会议在其题为“亚特兰大”的决议"]);
  });

  it("writes sub-items the English way in English answers: 2(a)(三) is 2(a)(iii)", () => {
    expect(romanSubItems("• 2(a)(三) and 2(a)(十)")).toBe("• 2(a)(iii) and 2(a)(x)");
    expect(quoteForeign("Item 2(a)(五) “衡量腐败情况”", "en")).toBe("Item 2(a)(v) “衡量腐败情况”");
  });

  it("quotes an untranslated English phrase in a Chinese answer with 「」, leaving symbols and single words", () => {
    const text = "工作组第十五次会议 Working Group on Prevention 的议程见 CAC/COSP/WG.4/2024/1，Distr.: General。";
    expect(foreignOutsideQuotes(text, "zh")).toEqual(["Working Group on Prevention"]);
    expect(quoteForeign(text, "zh")).toBe("工作组第十五次会议 「Working Group on Prevention」 的议程见 CAC/COSP/WG.4/2024/1，Distr.: General。");
  });

  it("leaves an answer wholly in the asker's language unchanged", () => {
    const en = "The Working Group meets on 3 September 2024 at 3 p.m.[1]";
    const zh = "工作组于2024年9月3日下午3时开会[1]。";
    expect(quoteForeign(en, "en")).toBe(en);
    expect(quoteForeign(zh, "zh")).toBe(zh);
  });
});

describe("English text in a Chinese answer", () => {
  it("quotes an English passage as one quotation, short words and commas inside it", () => {
    const text = "• Requests the Secretary-General, in consultation with the organs, to prepare a report on the implementation;（第4段）[2]";
    expect(quoteForeign(text, "zh")).toBe("• 「Requests the Secretary-General, in consultation with the organs, to prepare a report on the implementation」;（第4段）[2]");
  });

  it("keeps the year of an English date inside the quotation, but not a number written onto Chinese or a symbol's number, which is read with its noun", () => {
    expect(quoteForeign("据第2段：\nWelcomes the entry into force of the Treaty on 22 January 2021;[1]", "zh")).toBe("据第2段：\n「Welcomes the entry into force of the Treaty on 22 January 2021」;[1]");
    expect(quoteForeign("the Treaty entered into force 2021年生效", "zh")).toBe("「the Treaty entered into force」 2021年生效");
    expect(quoteForeign("as requested in resolution 10/3。", "zh")).toBe("「as requested in」 resolution 10/3。");
    expect(quoteForeign("as well as Decision C-25/DEC.9 of the Conference of the States Parties", "zh")).toBe("「as well as」 Decision C-25/DEC.9 「of the Conference of the States Parties」");
  });

  it("keeps a range written with an en dash inside one quotation", () => {
    expect(quoteForeign("据序言：\nRecalling the report of the 2024–2025 group of experts, half of whom were women,[1]", "zh")).toBe("据序言：\n「Recalling the report of the 2024–2025 group of experts, half of whom were women」,[1]");
    expect(quoteForeign("Welcoming the plan for 2026–2030 in full。", "zh")).toBe("「Welcoming the plan for 2026–2030 in full」。");
  });

  it("closes inside the quotation a bracket the English run opened", () => {
    expect(quoteForeign("据Working Group on Prevention — Second Session (Vienna, Austria, 22-24 August 2011)：", "zh")).toBe("据「Working Group on Prevention」 — 「Second Session (Vienna, Austria, 22-24 August 2011)」：");
    expect(quoteForeign("见 the report of the meeting (held in Vienna in 2011)。", "zh")).toBe("见 「the report of the meeting (held in Vienna in 2011)」。");
  });
});

describe("a quotation that mixes scripts", () => {
  it("stays one quotation in an English answer", () => {
    const line = "Place as the documents write it: “维也纳Wagramerstrasse 5维也纳国际中心的联合国驻维也纳办事处”[2].";
    expect(quoteForeign(line, "en")).toBe(line);
    expect(foreignOutsideQuotes(line, "en")).toEqual([]);
  });

  it("so does a Chinese title with half-width brackets, its quotation marks not doubled", () => {
    const line = "E/2003/30 E/CN.15/2003/14 is the document “预防犯罪和刑事司法委员会 第十二届会议报告 (2003 年 5 月 13 日至 22 日)”, dated 5 June 2003[1].";
    expect(quoteForeign(line, "en")).toBe(line);
    expect(foreignOutsideQuotes(line, "en")).toEqual([]);
  });
});

describe("a slash between two words in English quoted in a Chinese answer", () => {
  it("keeps 'and/or' inside the one quotation, and a symbol's slashes outside it", () => {
    const out = quoteForeign("据A/RES/80/38第4段：information on national marking practices used to indicate country of manufacture and/or country of import, as applicable", "zh");
    expect(out).toContain("country of manufacture and/or country of import");
    expect(out).not.toContain("」/「");
    expect(out).toContain("A/RES/80/38");
  });
});

describe("a citation's abbreviations in English quoted in a Chinese answer", () => {
  it.each([
    ["（脚注18：United Nations, Treaty Series, vol. 1981, No. 33873.）", "United Nations, Treaty Series, vol. 1981, No. 33873"],
    ["见United Nations, Treaty Series, vol. 729, No. 10485。", "United Nations, Treaty Series, vol. 729, No. 10485"],
  ])("keeps 'vol.' and 'No.' with their numbers inside the one quotation: %s", (text, run) => {
    const out = quoteForeign(text, "zh");
    expect(out).toContain(`「${run}」`);
  });
});
