import { describe, expect, it } from "vitest";
import { cutToFit, escapeMrkdwn, excerpt, fromSlackText, toMrkdwn, toPlainText } from "../../../src/adapters/slack/slack-text.js";

describe("fromSlackText", () => {
  it("removes the bot's mention and keeps the question", () => {
    expect(fromSlackText("<@UBOT> what is on the agenda of the 15th meeting?", "UBOT")).toBe("what is on the agenda of the 15th meeting?");
  });

  it("removes the mention in the middle of a Chinese question without leaving spaces", () => {
    expect(fromSlackText("第15次会议<@UBOT>的议程是什么？", "UBOT")).toBe("第15次会议的议程是什么？");
  });

  it("decodes the entities Slack escapes", () => {
    expect(fromSlackText("R&amp;D &lt;10/3&gt;")).toBe("R&D <10/3>");
  });

  it("turns channel links and URLs into readable text", () => {
    expect(fromSlackText("see <#C123|wg-prevention> and <https://www.unodc.org/x|the page> or <https://www.unodc.org/y>", "UBOT")).toBe(
      "see #wg-prevention and the page or https://www.unodc.org/y",
    );
  });

  it("keeps other people's names when it knows which mention is the bot's", () => {
    expect(fromSlackText("<@UBOT> ask <@U2|maria> about 10/3", "UBOT")).toBe("ask @maria about 10/3");
  });
});

describe("toMrkdwn", () => {
  it("turns **bold** into Slack bold and escapes &, < and >", () => {
    expect(toMrkdwn("**Item 2** <draft> & notes [1]")).toBe("*Item 2* &lt;draft&gt; &amp; notes [1]");
  });

  it("leaves bullets and citation markers as they are", () => {
    expect(toMrkdwn("• Item 2 [1]\n• Item 3 [2]")).toBe("• Item 2 [1]\n• Item 3 [2]");
  });

  it("does not bold across lines", () => {
    expect(toMrkdwn("**a\nb**")).toBe("**a\nb**");
  });

  it("drops bold markers for the plain-text fallback", () => {
    expect(toPlainText("**Item 2**: prevention")).toBe("Item 2: prevention");
  });

  it("escapes without formatting", () => {
    expect(escapeMrkdwn("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });
});

describe("excerpt", () => {
  it("keeps a short quote whole, whitespace collapsed", () => {
    expect(excerpt("The Working Group\n  met in Vienna.")).toBe("The Working Group met in Vienna.");
  });

  it("cuts a long quote to the limit, ellipsis included", () => {
    const e = excerpt("x".repeat(400), 150);
    expect(Array.from(e)).toHaveLength(150);
    expect(e.endsWith("…")).toBe(true);
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const e = excerpt("𠀀".repeat(200), 10);
    expect(e).toBe("𠀀".repeat(9) + "…");
  });

  it("keeps a quote of exactly the limit", () => {
    expect(excerpt("议".repeat(150), 150)).toBe("议".repeat(150));
  });
});

describe("cutToFit", () => {
  it("cuts a long line at sentence punctuation near the limit", () => {
    const line = "第一句话说明了会议的安排。".repeat(30);
    const pieces = cutToFit(line, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.endsWith("。"))).toBe(true);
    expect(pieces.join("")).toBe(line);
  });

  it("respects a measure that grows the text (escaping)", () => {
    const pieces = cutToFit("&".repeat(50), 20, (s) => escapeMrkdwn(s).length);
    expect(pieces.every((p) => escapeMrkdwn(p).length <= 20)).toBe(true);
    expect(pieces.join("")).toBe("&".repeat(50));
  });
});
