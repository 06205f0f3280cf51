/**
 * "80/20: set up by which decision?": the resolution or decision asked of a resolution the
 * question names by its number is another one, which that resolution's text cites; the answer
 * gives its number from the paragraph that cites it, not the named resolution's own title and
 * paragraphs. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the instrument a named resolution cites", () => {
  it.each([
    ["80/20 says the OEWG on PAROS was established — by which decision?", "79/512"],
    ["80/12: which resolution first introduced the standardized reporting instrument that it asks states to use?", "35/142 B"],
    ["80/24 - by which decision did the GA ask the Disarmament Commission to discuss nuclear disarmament?", "52/492"],
    ["根据80/20，防止外空军备竞赛不限成员名额工作组是依据哪项决定设立的？", "79/512"],
    ["80/24里，联大通过哪个决定要求裁审会讨论核裁军？", "52/492"],
    ["80/12提到的军事支出标准化报告制度是哪个决议推出的？", "35/142 B"],
  ])("%s names %s in the answer", async (question, cited) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join("\n")).toContain(cited);
    expect(reply.text).not.toMatch(/^(?:Resolution 80\/\d+,|第80\/\d+号决议)/);
  });
});

describe("a decision asked of a resolution described by its subject", () => {
  it.each([
    ["by which decision did the GA give the Disarmament Commission its mandate to discuss nuclear disarmament?", "52/492"],
    ["through which decision did the General Assembly have the Disarmament Commission take up nuclear disarmament as a main substantive item?", "52/492"],
    ["裁审会讨论核裁军的具体任务是联大哪项决定授予的？", "52/492"],
    ["联大通过哪个决定让裁审会把核裁军作为主要议题？", "52/492"],
    ["防止外空军备竞赛不限成员名额工作组是根据联大哪个决定设立的？", "79/512"],
  ])("%s names %s, not the resolution that tells of it", async (question, cited) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join("\n")).toContain(cited);
  });
});

describe("a thing a named resolution's text names, asked by 'which'", () => {
  it.each([
    ["which draft treaty tabled at the Conference on Disarmament does the no-first-placement res (80/20) build on?", /A\/RES\/80\/20 \(preamble \d+\):\n.*draft treaty on the prevention of the placement of weapons in outer space/],
    ["the nuclear disarmament res (80/24) harks back to which action of the Pact for the Future?", /action 25 of the Pact for the Future/],
    ["which action in the Pact for the Future does the nuclear disarmament resolution (80/24) go back to?", /action 25 of the Pact for the Future/],
  ])("%s is answered from the paragraph that names it, not with the resolution's operative paragraphs", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n\n/)[0]).toMatch(fact);
    expect(reply.text).not.toMatch(/^Resolution 80\/\d+, entitled/);
  });
});
