import { describe, expect, it } from "vitest";
import { englishWords, stem, stemKey } from "../../src/knowledge/lang/english.js";
import { chineseBigrams, segmentChinese } from "../../src/knowledge/lang/chinese.js";
import { ordinalSuffix, ordinalWord, parseEnglishOrdinal, isOrdinal } from "../../src/knowledge/lang/ordinal.js";
import { createLexicon, lexicon, parseCedict, readSortedTables, sortedTablesText } from "../../src/knowledge/lang/lexicon.js";
import { countryNames } from "../../src/knowledge/lang/countries.js";
import { questionConcepts } from "../../src/knowledge/lang/expand.js";
import { correctSpelling } from "../../src/knowledge/lang/spelling.js";
import { sentences } from "../../src/knowledge/extract/resolutions.js";
import { realGlossary } from "./corpus.js";

describe("the English stemmer", () => {
  it.each([
    ["meetings", "meeting"],
    ["discussed", "discuss"],
    ["articles", "article"],
    ["recommendations", "recommendation"],
    ["policies", "policy"],
    ["women", "woman"],
    ["children", "child"],
    ["chairmen", "chairman"],
    ["authorised", "authorized"],
    ["organisations", "organization"],
    ["criminalising", "criminalizing"],
    ["analysed", "analyzed"],
    ["programmes", "programs"],
    ["centre", "center"],
    ["centred", "centered"],
    ["labour", "labor"],
    ["favourable", "favorable"],
    ["defence", "defense"],
    ["judgement", "judgment"],
    ["dialogue", "dialog"],
    ["travelled", "traveled"],
    ["counsellors", "counselors"],
  ])("gives %s the stem of %s", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ["hours", "honors"],
    ["four", "favor"],
    ["meter", "metro"],
    ["centralized", "center"],
  ])("keeps %s apart from %s", (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it("reads a word with accented letters whole, as its plain letters, at its place in the text", () => {
    expect(englishWords("the centre in Lomé, Côte d’Ivoire").map((w) => [w.word, w.index])).toEqual([["the", 0], ["centre", 4], ["in", 11], ["lome", 14], ["cote", 20], ["divoire", 25]]);
    expect(stemKey("Türkiye")).toBe(stemKey("Turkiye"));
  });

  it("cuts English text into words with positions, dropping possessives", () => {
    expect(englishWords("ECOSOC's 2024 session").map((w) => [w.word, w.index])).toEqual([["ecosoc", 0], ["2024", 9], ["session", 14]]);
  });

  it("cuts sentences at their full stops, not at an abbreviation's", () => {
    expect(sentences("Decides to appoint Mr. Serge Brammertz as Prosecutor. Recalls para. 5 of the report. 请秘书长报告。")).toEqual([
      "Decides to appoint Mr. Serge Brammertz as Prosecutor.",
      "Recalls para. 5 of the report. 请秘书长报告。",
    ]);
  });

  it("keys a phrase by the stems of its words, hyphens as spaces", () => {
    expect(stemKey("follow-up meetings")).toBe(stemKey("follow up meeting"));
  });
});

describe("the Chinese segmenter", () => {
  it("cuts a sentence into words without punctuation", () => {
    expect(segmentChinese("工作组讨论了资产追回问题。")).toEqual(expect.arrayContaining(["工作组", "讨论", "资产"]));
    expect(segmentChinese("。，")).toEqual([]);
  });

  it("adds character bigrams over runs of Chinese", () => {
    expect(chineseBigrams("预防 ab 腐败")).toEqual(["预防", "腐败"]);
  });
});

describe("the ordinal speller", () => {
  it.each([
    [1, "1st", "first"],
    [2, "2nd", "second"],
    [3, "3rd", "third"],
    [11, "11th", "eleventh"],
    [12, "12th", "twelfth"],
    [13, "13th", "thirteenth"],
    [21, "21st", "twenty-first"],
    [22, "22nd", "twenty-second"],
    [40, "40th", "fortieth"],
    [101, "101st", "101st"],
    [112, "112th", "112th"],
  ])("writes %i as %s and %s", (n, suffix, word) => {
    expect(ordinalSuffix(n)).toBe(suffix);
    expect(ordinalWord(n)).toBe(word);
  });

  it("reads every form it writes back", () => {
    for (let n = 1; n < 100; n++) {
      expect(parseEnglishOrdinal(ordinalWord(n))).toBe(n);
      expect(parseEnglishOrdinal(ordinalSuffix(n))).toBe(n);
    }
    expect(parseEnglishOrdinal("twenty second")).toBe(22);
    expect(parseEnglishOrdinal("fifteen")).toBe(15);
  });

  it("tells ordinals from cardinals", () => {
    expect(isOrdinal("fifteenth")).toBe(true);
    expect(isOrdinal("15th")).toBe(true);
    expect(isOrdinal("fifteen")).toBe(false);
    expect(isOrdinal("second")).toBe(true);
  });
});

describe("the CC-CEDICT lexicon", () => {
  it("parses entries into English stem keys and Chinese words, first senses first, skipping cross-references", () => {
    const t = parseCedict(
      [
        "# comment",
        "討論 讨论 [tao3 lun4] /to discuss; to talk over/",
        "會議 会议 [hui4 yi4] /meeting; conference/CL:場|场[chang3],屆|届[jie4]/",
        "晤面 晤面 [wu4 mian4] /to meet (formal)/",
        "后 后 [hou4] /surname Hou/",
      ].join("\n"),
      (words) => new Map([...words].map((zh) => [zh, zh === "会议" ? 100 : 1])),
    );
    expect(t.en[stemKey("discussed")]).toBe("讨论 0");
    // "meeting" and "meet" share a stem; the commoner word comes first.
    expect(t.en[stemKey("meetings")]).toBe("会议 0|晤面 0");
    expect(t.en.hou).toBeUndefined();
    expect(t.zh["会议"]).toBe(`${stemKey("meeting")} 0|${stemKey("conference")} 0`);
  });

  it("glosses a compound with its last word's other senses too, and finds the compound by them", () => {
    const t = parseCedict(
      [
        "武器 武器 [wu3 qi4] /weapon/arms/CL:件[jian4]/",
        "常規武器 常规武器 [chang2 gui1 wu3 qi4] /conventional weapons/",
        "武器庫 武器库 [wu3 qi4 ku4] /arsenal/",
        "禁運 禁运 [jin4 yun4] /embargo/",
        "武器禁運 武器禁运 [wu3 qi4 jin4 yun4] /arms embargo/",
      ].join("\n"),
    );
    expect(t.zh["常规武器"]).toBe(`${stemKey("conventional weapons")} 0|${stemKey("conventional arms")} 1`);
    expect(t.en[stemKey("conventional arms")]).toBe("常规武器 1");
    // A compound whose last word has one sense, or is no word, is left as it is.
    expect(t.zh["武器禁运"]).toBe(`${stemKey("arms embargo")} 0`);
    expect(t.zh["武器库"]).toBe(`${stemKey("arsenal")} 0`);
  });

  it("gives a word the sense two of its compounds agree on, after its own, and not on one compound's word", () => {
    const t = parseCedict(
      [
        "威脅 威胁 [wei1 xie2] /to threaten; to menace/",
        "潛在 潜在 [qian2 zai4] /hidden; potential; latent/",
        "軍事 军事 [jun1 shi4] /military affairs; military/",
        "潛在威脅 潜在威胁 [qian2 zai4 wei1 xie2] /potential threat/",
        "軍事威脅 军事威胁 [jun1 shi4 wei1 xie2] /military threat/",
        "禁運 禁运 [jin4 yun4] /embargo/",
        "軍事禁運 军事禁运 [jun1 shi4 jin4 yun4] /military blockade/",
      ].join("\n"),
    );
    expect(t.zh["威胁"]).toBe(`${stemKey("threaten")} 0|${stemKey("menace")} 0|${stemKey("threat")} 1`);
    expect(t.en[stemKey("threat")]).toBe("威胁 1");
    // One compound is no agreement.
    expect(t.zh["禁运"]).toBe(`${stemKey("embargo")} 0`);
  });

  it("searches English text for a short gloss's word that carries its sense, after the gloss as written", () => {
    const t = parseCedict(
      [
        "優先 优先 [you1 xian1] /to have priority; to take precedence/",
        "負有 负有 [fu4 you3] /to be responsible for/",
        "深信 深信 [shen1 xin4] /to believe firmly/",
        "周會 周会 [zhou1 hui4] /weekly meeting/",
        "總之 总之 [zong3 zhi1] /in a word; in short/",
      ].join("\n"),
    );
    expect(t.zh["优先"]).toBe(`${stemKey("have priority")} 0|${stemKey("take precedence")} 0|${stemKey("priority")} 1|${stemKey("precedence")} 1`);
    expect(t.zh["负有"]).toBe(`${stemKey("be responsible for")} 0|${stemKey("responsible")} 1`);
    expect(t.zh["深信"]).toBe(`${stemKey("believe firmly")} 0|${stemKey("believe")} 1`);
    // An adjective in -ly and a gloss opening with a preposition keep their words together.
    expect(t.zh["周会"]).toBe(`${stemKey("weekly meeting")} 0`);
    expect(t.zh["总之"]).toBe(`${stemKey("in a word")} 0|${stemKey("in short")} 0`);
    // English questions are not keyed by it: "priority" finds no Chinese word it did not before.
    expect(t.en[stemKey("priority")]).toBeUndefined();
  });

  it("searches English text for a word glossed \"<adjective> level\" by the adjective too, not for a noun before \"level\"", () => {
    const t = parseCedict(["部長級 部长级 [bu4 zhang3 ji2] /ministerial level/", "海平面 海平面 [hai3 ping2 mian4] /sea level/"].join("\n"));
    expect(t.zh["部长级"]).toBe(`${stemKey("ministerial level")} 0|${stemKey("ministerial")} 0`);
    expect(t.zh["海平面"]).toBe(`${stemKey("sea level")} 0`);
  });

  it("searches English text for a Chinese name by the head of a gloss with a comma, and keeps the English word a name", () => {
    const t = parseCedict(["洛杉磯 洛杉矶 [Luo4 shan1 ji1] /Los Angeles, California/", "渥太華 渥太华 [Wo4 tai4 hua2] /Ottawa, capital of Canada/"].join("\n"));
    expect(t.zh["洛杉矶"]).toBe(`${stemKey("los angeles california")} 0|${stemKey("los angeles")} 0`);
    expect(t.zh["渥太华"]).toBe(`${stemKey("ottawa")} 0`);
    // The head is no key of an English question's words: "ottawa" reaches no Chinese word by it.
    expect(t.en[stemKey("ottawa")]).toBeUndefined();
    expect(t.en[stemKey("los angeles")]).toBeUndefined();
  });

  it("keys a gloss without its placeholders and, when still too long, its prepositions, for English questions only", () => {
    const t = parseCedict(
      [
        "入座 入座 [ru4 zuo4] /to take one's seat/",
        "與會 与会 [yu4 hui4] /to participate in a meeting/",
        "尋找 寻找 [xun2 zhao3] /to seek; to look for/",
      ].join("\n"),
    );
    expect(t.en[stemKey("take seat")]).toBe("入座 0");
    expect(t.en[stemKey("participate meeting")]).toBe("与会 0");
    // A phrasal verb keeps its particle.
    expect(t.en[stemKey("look for")]).toBe("寻找 0");
    expect(t.en[stemKey("look")]).toBeUndefined();
    // English text does not write the shortened gloss: it is no English for the Chinese word.
    expect(t.zh["入座"]).toBeUndefined();
    expect(t.zh["寻找"]).toBe(`${stemKey("seek")} 0|${stemKey("look for")} 0`);
  });

  it("searches English text for a Chinese word by its gloss as written, up to three words", () => {
    const t = parseCedict(
      [
        "生效 生效 [sheng1 xiao4] /(of a law, contract etc) to come into force; to go into effect/",
        "與會 与会 [yu4 hui4] /to participate in a meeting/",
      ].join("\n"),
    );
    expect(t.zh["生效"]).toBe(`${stemKey("come into force")} 0|${stemKey("go into effect")} 0`);
    expect(t.zh["与会"]).toBeUndefined();
  });

  it("reads the Chinese short names of the General Assembly's Main Committees (一委 … 六委)", () => {
    const concept = (q: string, label: string) => questionConcepts(q, "zh", realGlossary()).find((c) => c.label === label);
    expect(concept("一委和四委开过联合会议吗？", "一委")?.en.map((s) => s.term)).toContain(stemKey("First Committee"));
    expect(concept("一委和四委开过联合会议吗？", "四委")?.en.map((s) => s.term)).toContain(stemKey("Fourth Committee"));
    expect(concept("这项决议是根据六委的报告通过的吗？", "六委")?.source).toBe("terminology");
  });

  it("cuts a Chinese question's words of more than one character as words of their own", () => {
    const labels = (q: string) => questionConcepts(q, "zh", realGlossary()).map((c) => c.label);
    expect(labels("联合会议是哪天开的？")).not.toContain("天开");
    expect(labels("秘书处出席了哪几次全体会议？")).not.toContain("几次");
    expect(labels("审议组什么时候开会？")).not.toContain("时候开");
    expect(labels("联合会议是哪天开的？")).toContain("联合");
    // "最近一次", "那次": which time is meant, not what the passage must hold.
    expect(labels("联合会议最近一次是什么时候？")).not.toContain("一次");
    expect(labels("2022年那次闭会期间会议有几场讨论？")).not.toContain("那次");
  });

  it("reads a count asked with its measure word (几位, 几份, 几届) as asking, not as a word the passage must hold", () => {
    const labels = (q: string) => questionConcepts(q, "zh", realGlossary()).map((c) => c.label);
    for (const [q, word] of [
      ["专家会议上有几位发言者？", "几位"],
      ["秘书处为那次会议准备了几份背景文件？", "几份"],
      ["审议组到现在开过几届会议了", "几届"],
      ["去年的磋商一共进行了几轮", "几轮"],
      ["工作组开了几天会？", "几天"],
    ]) expect(labels(q), q).not.toContain(word);
  });

  it("gives a Chinese dictionary word the near-synonyms the documents use: same length, a character and a first sense in common", () => {
    const zh = (q: string, label: string) => questionConcepts(q, "zh", realGlossary()).find((c) => c.label === label)?.zh.map((s) => s.term) ?? [];
    expect(zh("谁宣布的？", "宣布")).toContain("公布");
    expect(zh("报告是哪天发表的？", "发表")).toContain("发布");
    expect(zh("秘书处收到了几份答复？", "答复")).toContain("回答");
    // Only words the documents use, when that is known: "摘取" shares a sense and a character with
    // "采取" but no passage writes it.
    const used = (term: string) => term !== "摘取";
    expect(questionConcepts("采取了什么措施？", "zh", realGlossary(), used).find((c) => c.label === "采取")?.zh.map((s) => s.term)).not.toContain("摘取");
    // A word of another length or without a character in common is no near-synonym.
    expect(zh("谁宣布的？", "宣布")).not.toContain("声明");
  });

  it("joins a question's neighbouring Chinese words the dictionary knows as one word", () => {
    const concept = (q: string, label: string) => questionConcepts(q, "zh", realGlossary()).find((c) => c.label === label);
    expect(concept("乏燃料怎么管理？", "乏燃料")?.en.map((s) => s.term)).toContain(stemKey("spent fuel"));
    expect(concept("放射性废物倾倒的问题", "放射性废物")?.en.map((s) => s.term)).toContain(stemKey("radioactive waste"));
    // A question word is never part of a joined word.
    expect(questionConcepts("哪个国家最近批准了条约？", "zh", realGlossary()).map((c) => c.label)).not.toContain("哪个国家");
    // "Very" only stresses the word after it: "the very first session" is the first session.
    for (const q of ["where was the very first session of the Conference held?", "when did the GA adopt its very first resolution?"]) {
      const labels = questionConcepts(q, "en", realGlossary()).map((c) => c.label.toLowerCase());
      expect(labels).toContain("first");
      expect(labels.filter((l) => l.includes("very"))).toEqual([]);
    }
    // "哪几个", "哪几位" ask which; they name nothing a passage must hold.
    for (const q of ["核武器人道主义影响会议是哪几个国家主办的？", "工作组会议由哪几位副主席主持？"]) {
      expect(questionConcepts(q, "zh", realGlossary()).map((c) => c.label).filter((l) => l.startsWith("哪"))).toEqual([]);
    }
  });

  it("reads words of recency (latest, most recently, 最近, 最新) as what is asked, not concepts", () => {
    const labels = (q: string, lang: "en" | "zh") => questionConcepts(q, lang, realGlossary()).map((c) => c.label);
    expect(labels("which State ratified the treaty last?", "en")).not.toContain("last");
    expect(labels("who is the latest State to accede", "en")).not.toContain("latest");
    expect(labels("which country joined most recently", "en")).not.toContain("recently");
    expect(labels("最近批准该条约的是哪个国家", "zh")).not.toContain("最近");
    expect(labels("最新的报告是哪一份", "zh")).not.toContain("最新");
  });

  it("pairs a question's word with the next past an article or a possessive", () => {
    const [seats] = questionConcepts("when do delegations take their seats", "en", realGlossary()).filter((c) => c.label.startsWith("take"));
    expect(seats.label).toBe("take their seats");
    expect(seats.zh.map((s) => s.term)).toContain("入座");
  });

  it("reads 'more' after 'how many' as part of the count asked, not a concept", () => {
    const labels = questionConcepts("how many more countries sent information", "en", realGlossary()).map((c) => c.label);
    expect(labels).not.toContain("more");
    expect(questionConcepts("which states need more assistance", "en", realGlossary()).map((c) => c.label)).toContain("more");
  });

  it("reads demonstratives and colloquial question words as no concept", () => {
    const labels = questionConcepts("那个联合公约啥时候生效的？", "zh", realGlossary()).map((c) => c.label);
    expect(labels).not.toContain("那个");
    expect(labels).not.toContain("啥时候");
  });

  it("reads '在…那边/这边' (on someone's side) and the English 'anything', 'something' as no concepts", () => {
    for (const q of ["报告在经社理事会那边的编号是多少？", "秘书处这边什么时候发出照会？", "工作组那边第十五次会议的议程有几个项目"]) {
      const labels = questionConcepts(q, "zh", realGlossary()).map((c) => c.label);
      expect(labels).not.toContain("那边");
      expect(labels).not.toContain("这边");
    }
    for (const q of ["is there anything in 80/12 about the treaty?", "does the report say something about Kenya?"]) {
      const labels = questionConcepts(q, "en", realGlossary()).map((c) => c.label.toLowerCase());
      expect(labels).not.toContain("anything");
      expect(labels).not.toContain("something");
    }
  });

  it("leaves an ordinal as written, not a slip for its cardinal", () => {
    expect(correctSpelling("what did the eighth session adopt", realGlossary())).toBe("what did the eighth session adopt");
    expect(correctSpelling("the thirteenth meeting", realGlossary())).toBe("the thirteenth meeting");
  });

  it("reads 'per' (according to) and 'most' (a degree) as no concepts", () => {
    const labels = questionConcepts("per 80/24, which State ratified the treaty most recently?", "en", realGlossary()).map((c) => c.label);
    expect(labels).not.toContain("per");
    expect(labels).not.toContain("most");
  });

  it("reads a count of sessions (三届) as a count, and 分别 and 哪一年 as no concepts", () => {
    const cs = questionConcepts("之前两届审议大会分别是哪一年举行的？", "zh", realGlossary());
    const count = cs.find((c) => c.label === "两届");
    expect(count?.en.map((s) => s.term)).toContain("two");
    expect(cs.map((c) => c.label)).not.toContain("分别");
    expect(cs.map((c) => c.label)).not.toContain("哪一年");
  });

  it("reads 'art' as article and fillers ('stuff', 'things') as no concepts", () => {
    const cs = questionConcepts("80/2 art 19 stuff: what things does it decide", "en", realGlossary());
    expect(cs.find((c) => c.label === "art")?.en.map((s) => s.term)).toContain("articl");
    expect(cs.map((c) => c.label)).not.toContain("stuff");
    expect(cs.map((c) => c.label)).not.toContain("things");
  });

  it("reads need before to as a modal, not a concept", () => {
    expect(questionConcepts("what do states need to report", "en", realGlossary()).map((c) => c.label)).not.toContain("need");
  });

  it("finds every word in its sorted-lines form as in the parsed tables, and nothing for words it does not hold", () => {
    const t = parseCedict(
      [
        "討論 讨论 [tao3 lun4] /to discuss; to talk over/",
        "會議 会议 [hui4 yi4] /meeting; conference/",
        "預算 预算 [yu4 suan4] /budget/",
        "青年 青年 [qing1 nian2] /youth; youth (period of life)/",
        "期限 期限 [qi1 xian4] /time limit; deadline/",
        "人口 人口 [ren2 kou3] /population/",
      ].join("\n"),
    );
    const sorted = readSortedTables(sortedTablesText(t))!;
    const fromLines = createLexicon(sorted);
    const fromTables = createLexicon(t);
    expect(fromLines.size).toBe(fromTables.size);
    for (const key of Object.keys(t.en)) expect(fromLines.chinese(key), key).toEqual(fromTables.chinese(key));
    for (const zh of Object.keys(t.zh)) expect(fromLines.english(zh), zh).toEqual(fromTables.english(zh));
    expect(fromLines.chinese(stemKey("budget"))).toEqual([{ term: "预算", rank: 0 }]);
    for (const missing of ["", "a", "zzz", stemKey("parliament")]) expect(fromLines.chinese(missing), missing).toEqual([]);
    expect(fromLines.english("议会")).toEqual([]);
  });

  it("refuses sorted lines of another version or cut short", () => {
    const text = sortedTablesText(parseCedict("預算 预算 [yu4 suan4] /budget/"));
    expect(readSortedTables(text)).toBeDefined();
    expect(readSortedTables(text.slice(0, -3))).toBeUndefined();
    expect(readSortedTables(text.replace(/"version":\d+/, '"version":2'))).toBeUndefined();
    expect(readSortedTables("not a header\n")).toBeUndefined();
  });

  it("finds Chinese for the everyday words of questions and English for Chinese words", () => {
    const lex = lexicon();
    for (const w of ["budget", "population", "discussed", "deadline", "youth"]) expect(lex.chinese(stemKey(w)).length, w).toBeGreaterThan(0);
    expect(lex.chinese(stemKey("budget"))[0].term).toBe("预算");
    expect(lex.english("讨论").map((s) => s.term)).toContain(stemKey("discuss"));
  });
});

describe("a Chinese meeting ordinal in a question's concepts", () => {
  it.each([
    ["第六次缔约国会议", 6],
    ["第十二届会议在哪开", 12],
    ["第 3 次会议", 3],
  ])("%s reaches its English ordinal words", (text, n) => {
    const concepts = questionConcepts(text, "zh", realGlossary());
    const number = concepts.find((c) => c.source === "number")!;
    expect(number.en.map((e) => e.term)).toEqual(expect.arrayContaining([stemKey(ordinalWord(n)), stemKey(ordinalSuffix(n))]));
  });
  it("a bare number stays a number", () => {
    const number = questionConcepts("2024年有多少", "zh", realGlossary()).find((c) => c.source === "number")!;
    expect(number.en.map((e) => e.term)).toEqual(["2024"]);
  });
});

describe("a glossary term inside a longer word of the dictionary", () => {
  it.each(["坚持多边主义原则", "联大促进多边主义的决议是哪一个？", "关于裁军与多边主义的决议"])("is read as that word: %s", (text) => {
    const labels = questionConcepts(text, "zh", realGlossary()).map((c) => c.label);
    expect(labels).toContain("多边主义");
    expect(labels).not.toContain("多边");
    expect(labels).not.toContain("主义");
  });
  it("stays the term where it stands alone", () => {
    const labels = questionConcepts("多边机构之间的协同效应", "zh", realGlossary()).map((c) => c.label);
    expect(labels).toContain("多边");
  });
});

describe("\"found\" after a form of \"be\" is the passive of \"find\"", () => {
  const words = (text: string) => questionConcepts(text, "en", realGlossary()).flatMap((c) => c.en.map((e) => e.term));
  it.each(["Where can the publications of UNODC be found online?", "Where is the list of open data initiatives to be found?", "the report: where was it found?"])("asks where, no founding: %s", (text) => {
    expect(words(text)).not.toContain(stemKey("established"));
  });
  it("a body founded is still founded", () => {
    expect(words("When was the Organization for the Prohibition of Chemical Weapons founded?")).toContain(stemKey("established"));
  });
});

describe("country names from CLDR", () => {
  it("gives every State in English and Chinese, and no aggregate", () => {
    const names = countryNames();
    expect(names).toContainEqual({ code: "PG", en: "Papua New Guinea", zh: "巴布亚新几内亚" });
    expect(names.map((n) => n.code)).not.toContain("EU");
    expect(names.map((n) => n.code)).not.toContain("ZZ");
    expect(names.length).toBeGreaterThan(190);
  });
});

describe("a body's Chinese names stand for one another", () => {
  it("finds 经社理事会 written 经济及社会理事会, and 预防工作组 written in full", () => {
    const zh = (q: string, label: string) => questionConcepts(q, "zh", realGlossary()).find((c) => c.label === label)?.zh.map((s) => s.term) ?? [];
    expect(zh("经社理事会转交的报告", "经社理事会")).toContain("经济及社会理事会");
    expect(zh("预防工作组的会议", "预防工作组")).toContain("预防腐败问题不限成员名额政府间工作组");
  });
});
