/**
 * A meeting's record that lacks the kind of fact asked ("which country", "what time") is refused,
 * and the refusal says which kind is missing and gives what the documents do say of the meeting:
 * it no longer claims there is "nothing on the 3rd session" when the documents date and place it.
 * Read off the bundled report on resolution 7/4 (the Arab Anti-Corruption Convention's conference,
 * Rabat, January 2020) and the IRG's twelfth session (14–18 June 2021, Vienna); paraphrases not
 * used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a refusal for want of the kind of fact asked gives what the documents say", () => {
  it.each([
    ["In which country was the third session of the Arab Anti-Corruption Convention conference held?", /do not name the State/, /Rabat/],
    ["阿拉伯反腐败公约缔约国会议第三届会议在哪个国家举行？", /没有载明所问的国家名称/, /拉巴特/],
    ["What time does the twelfth session of the Implementation Review Group open?", /do not give a time of day/, /14–18 June 2021/],
    ["实施情况审议组第十二届会议几点开幕？", /没有载明所问的具体时间/, /2021年6月14日至18日/],
  ])("%s", async (question, missing, given) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(missing);
    expect(reply.text).toMatch(given);
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it("still answers a State asked where the documents name it", async () => {
    const reply = await ask("Which country hosted the tenth session of the Conference of the States Parties?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/United States of America/);
  });
});
