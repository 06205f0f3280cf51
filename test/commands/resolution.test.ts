/** /resolution through the real assistant, and its argument schema. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolutionArgs } from "../../commands/resolution.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, expectQuotesFromSources, factAppears } from "../answer/citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("/resolution <number>", () => {
  it.each([
    ["/resolution 10/3", "en", "Resolution 10/3"],
    ["/决议 10/3", "zh", "第10/3号决议"],
  ] as const)("“%s” gives the title and says it requests the secretariat to continue as international observatory, citing 001", async (text, lang, head) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true, lang });
    expectQuotesFromSources(r);
    expect(r.text).toContain(head);
    expect(r.text).toContain("《马拉喀什预防腐败宣言》的后续行动");
    expect(factAppears({ text: r.text, citations: [] }, "请秘书处继续开展其作为国际观察站的工作"), r.text).toBe(true);
    const line = r.text.split("\n").find((l) => l.includes("国际观察站"))!;
    if (lang === "en") expect(line).toMatch(/^• Requests the secretariat/);
    expect(citing(r, FILES.agenda15, "请秘书处继续开展其作为国际观察站的工作").length).toBeGreaterThan(0);
    expect(r.citations.every((c) => c.file === FILES.agenda15)).toBe(true);
  });

  it("keeps to the requests made of the secretariat when asked for them", async () => {
    const r = await t.ask("/resolution 10/3 请秘书处");
    expect(r).toMatchObject({ kind: "answer", answered: true, lang: "zh" });
    const bullets = r.text.split("\n").filter((l) => l.startsWith("• "));
    expect(bullets).toHaveLength(1);
    expect(bullets[0]).toContain("请秘书处继续开展其作为国际观察站的工作");
  });

  it("gives a decision under /decision with what it recalls and requests", async () => {
    const r = await t.ask("/decision 7/1");
    expect(r).toMatchObject({ kind: "answer", answered: true });
    expect(r.text).toContain("Decision 7/1");
    expect(r.text).toContain("回顾其第 6/1 号决议");
    expect(citing(r, FILES.agenda15, "第 7/1 号决定").length).toBeGreaterThan(0);
  });
});

describe("/resolution <number> <paragraph>", () => {
  it.each(["/resolution 9/2 para 5", "/决议 第9/2号决议第5段"])("“%s” gives what paragraph 5 decides, citing the passage that quotes it", async (text) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true });
    expectQuotesFromSources(r);
    expect(r.text).toContain("决定在现有资源范围内");
    expect(r.text).toMatch(/paragraph 5|第5段/);
    expect(citing(r, FILES.cosp10, "第 9/2 号决议第 5 段").length).toBeGreaterThan(0);
  });

  it.each(["/resolution 9/2 para 5", "/决议 第9/2号决议第5段"])("“%s” gives paragraph 5 alone, not the rest of the resolution", async (text) => {
    const r = await t.ask(text);
    expect(r.text.match(/9\/2/g)?.length).toBe(1);
    expect(r.text).not.toMatch(/paragraph [467]\b|第[467]段/);
  });
});

describe("/resolution for a resolution the documents do not mention", () => {
  it.each([
    ["/resolution 10/6", "en", "The documents do not mention resolution 10/6"],
    ["/决议 10/6", "zh", "文件中没有提到第10/6号决议"],
  ] as const)("“%s” refuses and lists the resolutions the documents do mention", async (text, lang, says) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", lang, citations: [] });
    expect(r.text).toContain(says);
    for (const known of ["3/2", "7/5", "9/2", "10/3", "10/11"]) expect(r.text).toContain(known);
  });
});

describe("resolutionArgs", () => {
  it.each([
    ["10/3", { number: "10/3", paragraph: undefined }],
    ["10 / 3", { number: "10/3" }],
    ["１０/３", { number: "10/3" }],
    ["9/2 para 5", { number: "9/2", paragraph: 5 }],
    ["9/2 paragraph 5", { number: "9/2", paragraph: 5 }],
    ["第9/2号决议第5段", { number: "9/2", paragraph: 5 }],
  ] as const)("reads “%s”", (raw, want) => {
    const r = resolutionArgs.safeParse(raw);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject(want);
  });

  it.each(["abc", "", "第十号决议"])("rejects “%s”, saying a number such as 10/3 is expected", (raw) => {
    const r = resolutionArgs.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain("such as 10/3");
  });
});
