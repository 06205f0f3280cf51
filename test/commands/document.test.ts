/** /document through the real assistant, and its argument schema. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentArgs } from "../../commands/document.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, expectQuotesFromSources, factAppears } from "../answer/citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("/document <symbol>", () => {
  it.each(["/document CAC/COSP/WG.4/2024/CRP.1", "/doc cac/cosp/wg.4/2024/crp.1", "/symbol CAC/COSP/WG.4/2024/CRP.1"])(
    "“%s” says it is the conference room paper on the effects of corruption on women and youth, citing 001",
    async (text) => {
      const r = await t.ask(text);
      expect(r).toMatchObject({ kind: "answer", answered: true });
      expectQuotesFromSources(r);
      expect(r.text).toContain("CAC/COSP/WG.4/2024/CRP.1");
      expect(factAppears(r, "会议室文件")).toBe(true);
      expect(factAppears(r, "腐败对妇女和青年的负面影响")).toBe(true);
      expect(citing(r, FILES.agenda15, "会议室文件（[CAC/COSP/WG.4/2024/CRP.1](#)）").length).toBeGreaterThan(0);
    },
  );

  it("says CAC/COSP/WG.4/2019/L.1/Add.1 is the draft report addendum of the 10th meeting, 4–6 September 2019, citing its header", async () => {
    const r = await t.ask("/document CAC/COSP/WG.4/2019/L.1/Add.1");
    expect(r).toMatchObject({ kind: "answer", answered: true, lang: "en" });
    expectQuotesFromSources(r);
    expect(r.text).toContain("addendum to the draft report");
    expect(r.text).toContain("10th meeting of the Working Group on Prevention");
    expect(r.text).toContain("4–6 September 2019");
    expect(r.text).toContain("Vienna");
    expect(r.text).toContain("6 September 2019");
    expect(citing(r, FILES.draft2019, "第十次会议 2019 年 9 月 4 日至 6 日，维也纳").length).toBeGreaterThan(0);
    expect(citing(r, FILES.draft2019, "6 September 2019").length, "the header giving its date").toBeGreaterThan(0);
    expect(r.citations.every((c) => c.document === "CAC/COSP/WG.4/2019/L.1/Add.1")).toBe(true);
  });

  it("answers a Chinese question about the addendum in Chinese", async () => {
    const r = await t.ask("CAC/COSP/WG.4/2019/L.1/Add.1是什么文件？");
    expect(r).toMatchObject({ kind: "answer", answered: true, lang: "zh" });
    expect(r.text).toContain("报告草稿增编");
    expect(r.text).toContain("2019年9月4日至6日");
    expect(citing(r, FILES.draft2019, "第十次会议").length).toBeGreaterThan(0);
  });

  it("“/文件 CAC/COSP/WG.4/2019/L.1/Add.1” answers in Chinese: the Chinese command word asks for Chinese", async () => {
    const r = await t.ask("/文件 CAC/COSP/WG.4/2019/L.1/Add.1");
    expect(r).toMatchObject({ kind: "answer", answered: true, lang: "zh" });
    expect(r.text).toContain("报告草稿增编");
  });

  it.each([
    ["/document CAC/COSP/WG.4/2031/9", "en", "The documents do not mention CAC/COSP/WG.4/2031/9"],
    ["/文件 CAC/COSP/WG.4/2031/9 是什么文件", "zh", "文件中没有提到CAC/COSP/WG.4/2031/9"],
  ] as const)("“%s” refuses a symbol the documents do not mention and offers the closest they do, with how many there are", async (text, lang, says) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", lang, citations: [] });
    expect(r.text).toContain(says);
    for (const s of ["CAC/COSP/WG.4/2024/3", "CAC/COSP/WG.4/2024/2"]) expect(r.text).toContain(s);
    expect(r.text).not.toContain("CAC/COSP/IRG/2021/1");
    expect(r.text).toMatch(lang === "zh" ? /共19个文号/ : /\(19 in all\)/);
  });
});

describe("/document <description>", () => {
  it.each([
    ["/document background paper on measuring corruption", "CAC/COSP/WG.4/2024/2"],
    ["/文件 关于衡量腐败的背景文件", "CAC/COSP/WG.4/2024/2"],
    ["/document background paper on public procurement", "CAC/COSP/WG.4/2024/3"],
  ])("“%s” finds %s, citing the passage that describes it", async (text, symbol) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true });
    expectQuotesFromSources(r);
    expect(r.text).toContain(symbol);
    expect(citing(r, FILES.agenda15, `背景文件`).some((c) => c.quote.includes(symbol))).toBe(true);
  });
});

describe("documentArgs", () => {
  it("trims the argument text", () => {
    expect(documentArgs.parse("  CAC/COSP/WG.4/2024/3  ")).toBe("CAC/COSP/WG.4/2024/3");
  });

  it.each(["", "   "])("rejects %j, saying a symbol or a description is expected", (raw) => {
    const r = documentArgs.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain("expected a document symbol such as CAC/COSP/WG.4/2024/3");
  });
});
