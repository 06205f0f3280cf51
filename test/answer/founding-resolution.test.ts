/**
 * "Which resolution established X" is answered by the resolution a passage says established it
 * ("Recalls its decision, in its resolution 77/71, to establish …", "established pursuant to
 * resolution 75/240"), not by the resolution whose paragraph recalls it; "建立信任措施"
 * (confidence-building) asks no founding. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("the resolution that established something, as a later one recalls it", () => {
  it.each([
    ["under which resolution was the fellowship training programme on small arms created?", /77\/71/, /A\/RES\/80\/38/],
    ["小武器研修金方案是哪项决议创建的？", /77\/71/, /A\/RES\/80\/38/],
    // "哪条决议", "哪份大会决议": which resolution, with any measure word and its organ.
    ["小武器和轻武器专项研究金培训方案由哪条决议设立？", /77\/71/, /A\/RES\/80\/38/],
    ["设立小武器和轻武器专项研究金培训方案的是哪份大会决议", /77\/71/, /A\/RES\/80\/38/],
    ["小武器专项研修金方案是联大哪一份决议设立的", /77\/71/, /A\/RES\/80\/38/],
    // 建立 (but not 建立信任, confidence-building) asks a founding as 设立 does.
    ["小武器专项研修金培训是依据哪项决议建立的", /77\/71/, /A\/RES\/80\/38/],
    ["哪项决议建立了小武器和轻武器专项研究金培训方案？", /77\/71/, /A\/RES\/80\/38/],
    ["信息通信技术安全不限成员名额工作组（2021-2025）是根据哪项决议建立的？", /75\/240/, /A\/RES\/80\/16/],
    ["which resolution established the open-ended working group on ICT security 2021-2025?", /75\/240/, /A\/RES\/80\/16/],
  ])("%s", async (question, founding, recalling) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(founding);
    expect(own(reply.text)).toMatch(recalling);
  });

  it("reads 建立信任措施 as confidence-building, asking which resolution is on it", async () => {
    const reply = await ask("关于外空活动透明度和建立信任措施的联大决议是第几号？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/80\/44/);
  });
});
