/**
 * What a resolution asks in a list: a paragraph that leads in its items ("7. Requests the
 * Secretary-General, within available resources:" then "(c) To continue consultations …", "(i) To
 * provide, upon request, technical assistance …") asks what its items say, each with the lead-in's
 * verb and addressee; the item that holds what is asked answers, not another paragraph addressed
 * to others. "请秘书长……" reads as a request of the Secretary-General. Paraphrases not used to write
 * the rules, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";
import { readQuestion } from "../core/read-question.js";

const ask = useTestAssistant(withRealDocuments);

describe("the item of a resolution's list that answers", () => {
  it.each([
    ["Under 80/12, what is the Secretary-General asked to do with the UN regional centres for peace and disarmament?", "(f)", /regional centres for peace and disarmament/],
    ["What does resolution 80/12 request of the Secretary-General regarding symposiums and training seminars?", "(g)", /symposiums and training seminars/],
    ["Resolution 80/12 asks the Secretary-General to keep consulting which bodies?", "(c)", /consultations with relevant international bodies/],
    ["第80/12号决议请秘书长就联合国区域和平与裁军中心做什么？", "(f)", /regional centres for peace and disarmament/],
    ["军费透明度决议请秘书长向哪些会员国提供技术援助？", "(i)", /lacking the capacity to report data/],
    ["80/12号决议请秘书长继续同哪些方面协商？", "(c)", /consultations with relevant international bodies/],
  ])("%s", async (question, item, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const line = own(reply.text).split("\n").find((l) => l.includes(item)) ?? "";
    expect(line).toMatch(fact);
    // Said as what the lead-in asks of the Secretary-General, in the question's language.
    expect(line).toMatch(/^• (?:Requests the Secretary-General \(paragraph 7\)|请秘书长)/);
    expect(reply.citations[0]?.document).toBe("A/RES/80/12");
  });
});

describe("请 before an office asks what is requested of it", () => {
  it.each(["决议请秘书长向哪些国家提供援助？", "该决议请秘书处提交哪份报告？", "第7/5号决议请工作组讨论哪些议题？"])("%s", (text) => {
    expect(readQuestion(text).verbs).toContain("requests");
  });

  it("reads the Secretary-General as the party asked", () => {
    expect(readQuestion("决议请秘书长与区域组织合作做什么？").addressee).toBe("Secretary-General");
  });

  it("reads no verb from 请 before States, which is as often “invites” or “calls upon”", () => {
    expect(readQuestion("大会决议请会员国在每年几月几日前提交报告？").verbs).not.toContain("requests");
  });
});
