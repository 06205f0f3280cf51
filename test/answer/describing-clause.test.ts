/**
 * A clause after the question that tells which meeting is meant (", the one that adopted
 * resolution 6/1", "，就是通过了……的那届") asks nothing itself: the question asks when or where
 * the meeting was, not about the resolution the clause names. Paraphrases not used to write the
 * rule, about the Conference's sixth session (Saint Petersburg, 2–6 November 2015).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answer/understand.js";
import { readIntent } from "../../src/answer/intent.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { ownWords } from "./own-words.js";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const intentOf = (text: string) => readIntent(understand(text, glossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }), { namesDocumentTitle: false, threadMeeting: false }).intent.kind;

describe("a clause that tells which meeting is meant", () => {
  it.each([
    ["When was the COSP's sixth session, the one that adopted resolution 6/1?", /2–6 November 2015/],
    ["Where did the Conference hold its sixth session — the one where resolution 6/1 was adopted?", /Saint Petersburg/],
    ["where was COSP 6 held, the one which adopted decision 6/2?", /Saint Petersburg/],
    ["缔约国会议第六届会议在哪里举行，就是通过了第6/1号决议的那届？", /圣彼得堡/],
    ["缔约国会议第六届会议是什么时候开的，就是通过第6/1号决议的那次？", /2015年11月2日至6日/],
    ["第六届缔约国会议在哪个城市开的，就是通过了6/1号决议的那一届？", /圣彼得堡/],
  ])("%s is answered with the meeting's own facts", async (question, fact) => {
    expect(intentOf(question)).toMatch(/^(?:venue|meetingDates)$/);
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(fact);
  });

  it("still reads a resolution the question asks about in its own clause", () => {
    expect(intentOf("When was resolution 6/1 adopted, the one on continuing the review mechanism?")).not.toMatch(/^(?:venue|meetingDates)$/);
  });
});
