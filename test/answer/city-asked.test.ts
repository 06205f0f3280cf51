/**
 * "In which city" is answered by a city or a venue (or, where the documents give no more, the
 * State), not by a region of the world a passage names ("… the 12th annual consultation … on the
 * African Union's goal of Silencing the Guns in Africa" names no city: refused, not "地点：非洲"),
 * nor by what a document named by its symbol is, nor by a report's imprint ("United Nations New
 * York, 2015"), which says where it was published.
 * Read off the real draft S/2019/179, the report A/70/46 and the bundled Conference documents.
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a city asked", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "S/2019/179 (Silencing the Guns): in what city was the 12th annual UNSC–AU PSC consultation held?",
    "which city did the Silencing the Guns consultation between the two councils take place in?",
    "沉默枪声草案提到的第12次年度协商在什么城市开的？",
    "S/2019/179里说的安理会与非盟和安理事会第12次年度协商，在哪个城市？",
  ])("a region does not say which city: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    "under res 80/38, in what cities are the in-person fellowship courses to be held?",
    "80/38 fellowship programme: the four regional trainings, which cities are they held in?",
  ])("cities asked, in the plural, of a paragraph that names none: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    "in which city did the Scientific Committee on the Effects of Atomic Radiation hold its sixty-second session?",
    "原子辐射科学委员会第62届会议的举办城市是哪里？",
  ])("a report's imprint (\"United Nations New York, 2015\") is not where the session met: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["which city hosted the 10th session of the Conference of the States Parties?", /Atlanta/],
    ["缔约国会议第十届会议在哪个城市举行？", /亚特兰大/],
  ])("a city answers it: %s", async (q, city) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(city);
  });
});
