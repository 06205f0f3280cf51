/**
 * A region of the world the question names that the passage does not, where the passage names
 * others ("workshops in West Africa" against "in South Asia, the Pacific and East Africa"): it
 * tells of those, and the question is not answered. A meeting's own report asked for ("the symbol
 * of its report", "会议的报告文号") is the report of the meeting, not another report prepared for it.
 * A statement is a kind of document too: the symbol asked of "the Council President's statement"
 * a draft recalls is the statement's, not the draft's. Chat's "whats" is "what's". Paraphrases not
 * used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answer/understand.js";

describe("a region the passage does not name", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each(["毒罪办在西非办了几次保护举报人的区域讲习班？", "How many whistle-blower workshops did UNODC hold in West Africa?"])("is not answered by the passage on other regions: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/West Africa|西非/);
  });
  it("the regions it names are answered", async () => {
    const reply = await ask("How many regional whistle-blower workshops were held in South Asia, the Pacific and East Africa?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/\b3\b/);
  });
});

describe("a meeting's own report", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "WG on prevention 3rd session: when & where was it, and what's the symbol of its report?",
    "what is the symbol of the report of the third session of the prevention working group?",
    "预防工作组第三届会议的报告文号是什么？",
  ])("is the report of the meeting: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("CAC/COSP/WG.4/2012/5");
    expect(beforeSources(reply.text)).not.toContain("CAC/COSP/WG.4/2012/4");
  });
});

describe("a statement a draft recalls", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it("has its own symbol asked, not the draft's", async () => {
    const reply = await ask("决议草案为加强对余留机制的独立监督而回顾的安理会主席声明，文号是什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text).split("\n")[0]).toContain("S/PRST/2022/2");
  });
});

describe("chat's question words without their apostrophe", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const read = (q: string) => understand(q, g, { now: new Date("2025-01-01T00:00:00Z"), timeZone: "UTC" }).text;
  it.each([
    ["whats the ceiling for civilian staff?", "what's the ceiling"],
    ["wheres the next session", "where's the next"],
    ["whos chairing it", "who's chairing"],
  ])("are read with it: %s", (q, read_) => {
    expect(read(q)).toContain(read_);
  });
  it("leaves 'its' alone", () => {
    expect(read("what is its mandate")).toContain("its mandate");
  });

  const askPdf = useTestAssistant(withPdfDocuments);
  it("asks for the attribute of what it names: the troops' ceiling is no ceiling for civilian staff", async () => {
    const reply = await askPdf("UNAMID 2018 draft – whats the ceiling for civilian staff?");
    expect(reply.answered, reply.text).toBe(false);
  });
});
