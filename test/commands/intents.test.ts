/**
 * Commands build their question from their parsed arguments: the intent and the entities are
 * set as parsed, and only the words typed are read (for names), never a sentence written from
 * the arguments. The pipeline answers by the intent it is given.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaArgs, agendaContext } from "../../commands/agenda.js";
import { resolutionArgs, resolutionContext } from "../../commands/resolution.js";
import { documentContext } from "../../commands/document.js";
import { contextFor } from "../../commands/answer-context.js";
import { answerQuestion, intentsOf } from "../../src/answer/ask.js";
import { createThreadMemory } from "../../src/core/memory.js";
import type { CommandContext } from "../../src/core/command.js";
import type { Lang } from "../../src/core/types.js";
import { createTestAssistant, testNow, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

/** A command's context over the test corpus, in a fresh console conversation. */
const commandCtx = (text: string, lang: Lang = "en"): CommandContext => ({
  request: { text, conversation: { platform: "console", id: "intents" } },
  lang,
  now: testNow(),
  timeZone: "Europe/Vienna",
  index: t.assistant.index,
  services: {},
  memory: createThreadMemory(),
});

describe("/agenda builds its question from its arguments", () => {
  it("sets the agenda intent, the meeting number and the item, reading only the words left", () => {
    const args = agendaArgs.parse("irg 12 2(a)");
    const { q } = agendaContext(commandCtx("/agenda irg 12 2(a)"), args);
    expect(q.intent).toEqual({ kind: "agendaOfMeeting", slots: ["items"] });
    expect(q.alsoFits).toEqual([]);
    expect(q).toMatchObject({ ordinal: 12, items: ["2(a)"], meetingWord: undefined, bodies: ["irg"] });
    expect(q.text).toBe("irg");
  });

  it("writes no meeting word of its own: a bare number names a meeting of any body", () => {
    const { q } = agendaContext(commandCtx("/agenda 十五", "zh"), agendaArgs.parse("十五"));
    expect(q.ordinal).toBe(15);
    expect(q.meetingWord).toBeUndefined();
    expect(q.text).toBe("");
  });
});

describe("/resolution builds its question from its arguments", () => {
  it("sets the resolution and its paragraph as parsed, and asks what it says of whom", () => {
    const args = resolutionArgs.parse("9/2 para 5");
    const { q } = resolutionContext(commandCtx("/resolution 9/2 para 5"), args);
    expect(q.intent).toEqual({ kind: "resolutionRequests", slots: ["title", "statements"] });
    expect(q.resolutions).toEqual([{ number: "9/2", paragraph: 5 }]);
    // The question's text is its reading, shorthand written out.
    expect(q.text).toBe("9/2 paragraph 5");
  });
});

describe("/document builds its question from its arguments", () => {
  it("asks what a symbol typed is", () => {
    const { q } = documentContext(commandCtx("/document CAC/COSP/WG.4/2024/3"), "CAC/COSP/WG.4/2024/3");
    expect(q.intent).toEqual({ kind: "whatIsDocument", slots: ["description"] });
  });

  it("asks the symbol of a document described in words, without adding a cue word to the question", () => {
    const { q } = documentContext(commandCtx("/document note on asset recovery"), "note on asset recovery");
    expect(q.intent).toEqual({ kind: "documentSymbol", slots: ["symbol"] });
    expect(q.asks.has("symbol")).toBe(false);
  });
});

describe("the pipeline dispatches on the intent", () => {
  it("reads a free question's intent once, with the readings it also fits", () => {
    const actx = contextFor(commandCtx("What is on the agenda of the 15th meeting?"), "What is on the agenda of the 15th meeting?");
    expect(actx.q.intent).toBeUndefined();
    const intents = intentsOf(actx);
    expect(intents.map((i) => i.kind)).toEqual(["agendaOfMeeting", "freeFact"]);
    expect(actx.q.intent).toEqual(intents[0]);
  });

  it("answers an agenda question from the agenda when that is its intent, and from passage search alone when the intent is a free fact", () => {
    const question = "What is on the agenda of the 15th meeting?";
    const agenda = answerQuestion(contextFor(commandCtx(question), question));
    expect(agenda.answer.text).toContain("Provisional agenda of the");
    const free = contextFor(commandCtx(question), question);
    Object.assign(free.q, { intent: { kind: "freeFact", slots: ["fact"] }, alsoFits: [] });
    expect(answerQuestion(free).answer.text).not.toContain("Provisional agenda of the");
  });
});
