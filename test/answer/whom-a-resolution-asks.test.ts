/**
 * "Who is asked to …" of a resolution: the addressee is what is asked, so a party the question
 * names ("promote the truce's observance among Member States", 推动会员国遵守休战) does not pick the
 * statements addressed to that party. In a Chinese answer quoting an English paragraph, whom it
 * asks stands outside the quote in Chinese where UN terminology has the term (秘书长). "Observance"
 * is no verb of noting; "请谁", "由谁负责", "who is supposed to" ask whom something is asked of.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
/** The answer without its list of sources: what it says in its own words and quotes. */
const body = (text: string) => text.split(/\n(?:Sources|出处)/)[0];

describe("whom resolution 80/8 asks to promote the Olympic Truce", () => {
  it.each([
    "体育与奥林匹克理想那项决议（80/8），是请谁来促进各会员国遵守奥林匹克休战的？",
    "80/8号决议要求谁推动奥林匹克休战的遵守？",
    "按80/8号决议，由谁负责推动会员国遵守休战？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    // Outside the quote, in Chinese.
    expect(body(reply.text)).toMatch(/• 请秘书长和/);
    expect(body(reply.text)).not.toMatch(/Urges Member States/);
  });

  it.each([
    "80/8: who is supposed to promote observance of the truce among Member States?",
    "under 80/8, who is requested to promote the observance of the Olympic Truce?",
    "80/8 — whom does the GA ask to promote observance of the truce?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(body(reply.text)).toMatch(/Requests the Secretary-General and the President of the General Assembly \(paragraph 8\)/);
    expect(body(reply.text)).not.toMatch(/Noting with appreciation/);
  });
});

// A/RES/80/46, paragraph 18: "Encourages States Parties and signatory States in a position to do so
// to provide funding to the Treaty sponsorship programme …".
describe("whom a paragraph asks something of answers who is asked, a class of States as much as a named one, whatever filler adverb the question holds", () => {
  it.each([
    "Under the ATT resolution, who precisely gets encouraged to fund the sponsorship programme?",
    "80/46: whom does the GA encourage to provide funding to the sponsorship programme?",
    "武器贸易条约决议鼓励谁向赞助方案提供资金？",
    // The active forms ("who is it urging", "who does it call on"), and money for funding.
    "the Arms Trade Treaty resolution - who is it urging to put money into the sponsorship programme?",
    "ATT res: who does it call on to give funds to the sponsorship programme?",
    "In the ATT resolution, who are they encouraging to finance the sponsorship programme with money?",
    "whom is the Arms Trade Treaty resolution inviting to provide money for the sponsorship programme?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\nSources:|\n出处：/)[0]).toMatch(/signatory States|签署国/);
    expect(reply.text).not.toMatch(/do not give its sponsors|没有给出其提案国/);
  });
});
