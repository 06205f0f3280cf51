/**
 * Where a meeting was held is a venue the text gives for that meeting: not the place of a lesser
 * event the sentence also tells of (A/RES/80/52: "the initiative of the President of the thirteenth
 * Meeting of States Parties … to host the South-East Asia and Pacific Regional Workshop on the
 * Convention, held on 18 and 19 March 2025 in Manila"), nor a State the text names otherwise ("the
 * withdrawal of Lithuania"). The workshop asked of is placed in Manila. Paraphrases not used to
 * write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { withoutOthersHeld } from "../../src/answer/answer-search.js";

const ask = useTestAssistant(withRealDocuments);

describe("the venue of a meeting whose paragraphs place only a workshop", () => {
  it.each([
    "CCM 13th meeting of states parties — venue?",
    "in what city did the thirteenth MSP of the Convention on Cluster Munitions meet?",
    "where was the CCM's thirteenth meeting of States parties held",
    "集束弹药公约第十三次缔约国会议在哪里举行？",
    "《集束弹药公约》第13次缔约国会议在哪个城市开的",
    "集束弹药公约第十三次缔约国会议的会址是哪里",
  ])("%s: refused, with no place given", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/Manila|马尼拉|Place: Lithuania|地点：立陶宛/);
  });

  it.each([
    ["where was the South-East Asia and Pacific regional workshop on the CCM held?", /Manila/],
    ["集束弹药公约东南亚及太平洋区域讲习班在哪里举行", /地点：马尼拉/],
  ])("%s: the workshop itself is placed", async (q, place) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n(?:Sources|出处)/)[0]).toMatch(place);
  });
});

describe("the clause that holds a lesser event", () => {
  const text = "Welcoming the initiative of the President of the thirteenth Meeting of States Parties to host the South-East Asia and Pacific Regional Workshop on the Convention, held on 18 and 19 March 2025 in Manila,";
  it("goes with the event's name when the question asks of a meeting", () => {
    const left = withoutOthersHeld("where was the 13th meeting of states parties held?", text);
    expect(left).not.toMatch(/Manila|2025|South-East Asia|Workshop/);
    expect(left).toContain("thirteenth Meeting of States Parties");
  });

  it("stays when the question asks of a workshop, in either language", () => {
    expect(withoutOthersHeld("where was the regional workshop held?", text)).toBe(text);
    expect(withoutOthersHeld("区域讲习班在哪里举行", text)).toBe(text);
  });

  it("stays when the event held last named before it is a meeting: a workshop at a conference, held in Vienna, places the conference", () => {
    const t = "a workshop at the Conference of the States Parties, held in Vienna from 2 to 6 December";
    expect(withoutOthersHeld("where was the conference held?", t)).toBe(t);
  });

  it("goes in Chinese: the place of a workshop before 举办的 is not a meeting's", () => {
    const zh = "欢迎第十三次缔约国会议主席倡议于2025年3月18日和19日在马尼拉举办的东南亚及太平洋区域讲习班。";
    expect(withoutOthersHeld("第十三次缔约国会议在哪里举行", zh)).not.toMatch(/马尼拉|2025/);
  });
});
