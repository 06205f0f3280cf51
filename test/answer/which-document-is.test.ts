/**
 * "Which (S/) document is the … draft" asks which one document is meant: its symbol. Paraphrases not
 * used to write the rule; the symbols read off the drafts' covers by hand (S/2016/1100, 23 December
 * 2016; S/2018/257, 27 March 2018; S/2024/37, 10 January 2024). The Chinese "是哪份文件" is answered
 * by passage search, whose answer names the draft by its symbol.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("which document a described draft is", () => {
  it.each([
    ["which document was the December 2016 draft on Israeli settlements?", "S/2016/1100"],
    ["what document is the UK's March 2018 Somalia draft?", "S/2018/257"],
    ["which document is the Japan–US draft of January 2024 on Houthi attacks in the Red Sea?", "S/2024/37"],
    ["日美2024年1月关于胡塞武装袭击红海商船的决议草案是哪份文件？", "S/2024/37"],
    ["2024年1月日本和美国提出的红海决议草案是哪一份文件？", "S/2024/37"],
    ["要求胡塞停止袭击红海商船的日美草案，是哪份文件？", "S/2024/37"],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain(symbol);
  });
});
