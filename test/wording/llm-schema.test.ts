import { describe, expect, it } from "vitest";
import { parseWordedReply, wordedAnswerResponseFormat } from "../../src/wording/llm-schema.js";

describe("wordedAnswerResponseFormat", () => {
  it("is a strict json_schema response format with sentences and their passage ids", () => {
    const rf = wordedAnswerResponseFormat();
    expect(rf.type).toBe("json_schema");
    expect(rf.json_schema.strict).toBe(true);
    expect(rf.json_schema.name).toBe("worded_answer");
    const schema = rf.json_schema.schema as any;
    expect(schema.required).toEqual(["answer_sentences", "answered"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.answer_sentences.items.required).toEqual(["text", "passage_ids"]);
    expect(schema.properties.answer_sentences.items.properties.passage_ids).toEqual({ type: "array", items: { type: "string" } });
  });
});

describe("parseWordedReply", () => {
  it("accepts JSON that matches the schema", () => {
    const r = parseWordedReply('{"answer_sentences":[{"text":"Hi.","passage_ids":["P1"]}],"answered":true}');
    expect(r).toEqual({ ok: true, value: { answer_sentences: [{ text: "Hi.", passage_ids: ["P1"] }], answered: true } });
  });

  it("tolerates one markdown fence around the JSON", () => {
    expect(parseWordedReply('```json\n{"answer_sentences":[],"answered":false}\n```').ok).toBe(true);
  });

  it.each([
    ["empty content", ""],
    ["prose", "Sure! The meeting opens on 3 September."],
    ["truncated JSON", '{"answer_sentences": ['],
    ["a missing field", '{"answer_sentences":[]}'],
    ["ids given as a string", '{"answer_sentences":[{"text":"Hi.","passage_ids":"P1"}],"answered":true}'],
  ])("rejects %s as malformed", (_name, content) => {
    const r = parseWordedReply(content);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("malformed");
  });
});
