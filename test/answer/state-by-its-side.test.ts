/**
 * A State named as "its side" in Chinese (美方, 英方: "<the character of its name>方") is that
 * State: the documents asked for are those it submitted, not another State's. Read off the real
 * page of the prevention group's third session; a paraphrase not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a State named as its side (美方)", () => {
  const ask = useTestAssistant(withRealDocuments);

  it("is the State whose documents are asked for", async () => {
    const reply = await ask("预防腐败问题工作组2012年第三届会议上，美方的会议室文件是哪几号？");
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text);
    expect(text).toContain("CAC/COSP/WG.4/2012/CRP.2");
    expect(text).toContain("CAC/COSP/WG.4/2012/CRP.3");
    expect(text).not.toContain("CAC/COSP/WG.4/2012/CRP.1");
  });
});
