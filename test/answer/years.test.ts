/**
 * "In which year" asks for a year: a passage that names one answers it, the year stands in the
 * answer's own words in the asker's language, and a compound question whose parts are each
 * answered is answered part by part. A paragraph on what is asked that names no year does not say
 * which year, nor does another paragraph's year of something else (the documents speak of the
 * fast-track regional platform and of UNODC's resource guide on protecting reporting persons, and
 * date neither). Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a year asked is stated", () => {
  it.each([
    ["In which year does resolution 80/38 plan the Fifth Review Conference?", "2030"],
    ["按80/38，第五次审议大会哪一年召开？", "2030年"],
  ])("%s", async (question, year) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(year);
  });
});

describe("a year the documents do not give is not answered", () => {
  it.each([
    "In what year was the fast-track regional platform on UNCAC implementation set up?",
    "快速跟踪区域平台是哪年开始的？",
    "which year did UNODC publish its resource guide on good practices in the protection of reporting persons?",
    "保护举报人良好做法资源指南是哪一年出版的？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });

  it.each([
    ["In which year was the Joint Convention on the Safety of Spent Fuel Management adopted?", "1997"],
    ["乏燃料管理安全联合公约哪一年通过的？", "1997年"],
  ])("but one they give is: %s", async (question, year) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(year);
  });
});

describe("a compound question whose parts are each answered gets every part's answer", () => {
  it.each([
    ["80/38: when does the ninth Biennial Meeting open, and in what year is the fifth review conference?", ["1 to 5 June 2026", "2030"]],
    ["第80/38号决议：第九次两年期国家会议什么时候开？第五次审议大会在哪一年？", ["2026年6月1日至5日", "2030年"]],
  ])("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(ownWords(reply.text)).toContain(f);
  });
});

describe("which of a numbered series is asked, over a passage in the other language", () => {
  it.each(["第一次审议会议是《乏燃料管理安全和放射性废物管理安全联合公约》的第几次会议？", "2003年在维也纳召开的是乏燃料管理安全联合公约的第几次审议会议？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain("届次：第一次");
  });
});
