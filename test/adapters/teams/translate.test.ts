import { describe, expect, it } from "vitest";
import { conversationOf, feedbackOf, referenceOf, splitConversationId, textWithoutBotMentions, toRequest } from "../../../src/adapters/teams/translate.js";
import { fixture } from "./helpers.js";

describe("activity -> Request", () => {
  it("removes every @mention of the bot but keeps mentions of people", () => {
    const a = fixture("channel-mention");
    a.text = "<at>UNCAC Assistant</at>&nbsp;ask <at>Delegate B</at> about item 3 <at>UNCAC Assistant</at>";
    a.entities.push({ type: "mention", text: "<at>Delegate B</at>", mentioned: { id: "29:b", name: "Delegate B" } });
    expect(textWithoutBotMentions(a)).toBe("ask <at>Delegate B</at> about item 3");
  });

  it("keeps Chinese text and slash commands as typed", () => {
    expect(toRequest({ ...fixture("personal-message"), text: "/议程 15" }).text).toBe("/议程 15");
    expect(toRequest({ ...fixture("personal-message"), text: "第十五届会议什么时候举行？" }).text).toBe("第十五届会议什么时候举行？");
  });

  it("names a channel by its id without the thread suffix and keeps the thread separately", () => {
    expect(splitConversationId("19:abc@thread.tacv2;messageid=42")).toEqual({ base: "19:abc@thread.tacv2", thread: "42" });
    expect(splitConversationId("a:personal")).toEqual({ base: "a:personal" });
  });

  it("falls back to the Bot Framework user id when there is no Entra object id (Emulator)", () => {
    const a = fixture("personal-message");
    delete a.from.aadObjectId;
    delete a.channelData;
    delete a.conversation.tenantId;
    expect(conversationOf(a)).toEqual({ platform: "teams", id: a.conversation.id, user: a.from.id });
  });

  it("reads a feedback vote only from a well-formed card submit", () => {
    expect(feedbackOf(fixture("feedback-submit"))).toEqual({ action: "feedback", vote: "down", ref: "wg4-2024-1#p27" });
    expect(feedbackOf({ value: { action: "feedback", vote: "sideways", ref: "x" } })).toBeUndefined();
    expect(feedbackOf(fixture("personal-message"))).toBeUndefined();
  });

  it("builds a conversation reference addressed to the channel, not the thread", () => {
    const ref = referenceOf(fixture("channel-mention"));
    expect(ref.conversation?.id).toBe("19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2");
    expect(ref.activityId).toBeUndefined();
    expect(ref.serviceUrl).toBe("https://smba.trafficmanager.net/emea/");
  });
});
