/**
 * LLM wording through the real assistant (router, /ask, real index over data/documents) against
 * the local fake model: every reply is either the verified rewording or the draft, with the
 * assistant's own citations and nothing the documents do not say.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { createLlmWording } from "../../src/wording/llm.js";
import { buildSupport, extractClaims, unsupportedClaims } from "../../src/wording/llm-claims.js";
import { loadConfig } from "../../src/core/config.js";
import { createAssistant } from "../../src/app/create-assistant.js";
import { silentLogger } from "../../src/core/log.js";
import type { Assistant } from "../../src/core/assistant.js";
import type { Reply } from "../../src/core/types.js";
import { loadIndex } from "../../src/knowledge/load.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { echoEvidence, hang, injectBadClaims, startFakeOpenAI, type FakeOpenAIServer } from "../fixtures/fake-openai-server.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const QUESTIONS = [
  "when does the 15th meeting of the prevention working group open?",
  "预防腐败问题工作组第十次会议在哪里举行？",
  "what is resolution 10/3 about?",
  "what did the working group recommend on private sector corruption?",
  "who chaired the eleventh meeting of the working group on prevention?",
];

let fake: FakeOpenAIServer;
let index: KnowledgeIndex;
let plain: Assistant;
let baseline: Map<string, Reply>;

async function assistantWithLlm(timeoutMs = "4000"): Promise<Assistant> {
  const config = loadConfig({ OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: "sk-test-e2e", OPENAI_TIMEOUT_MS: timeoutMs, LOG_LEVEL: "silent" }, root);
  return createAssistant({ config, index, logger: silentLogger, wording: createLlmWording(config.llm!, silentLogger) });
}

const ask = (a: Assistant, text: string) => a.handle({ text, conversation: { platform: "cli", id: "llm-e2e" } });

beforeAll(async () => {
  fake = await startFakeOpenAI();
  const config = loadConfig({ LOG_LEVEL: "silent" }, root);
  index = (await loadIndex({ documentsDir: config.documentsDir, glossaryDir: config.glossaryDir })).index;
  plain = await createAssistant({ config, index, logger: silentLogger });
  baseline = new Map();
  for (const q of QUESTIONS) baseline.set(q, await ask(plain, q));
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

/** Every checkable claim of the draft still stands in the reply's text or quotes. */
function expectDraftFactsKept(reply: Reply, draft: Reply) {
  const hay = buildSupport([reply.text, ...reply.citations.map((c) => c.quote)]);
  expect(unsupportedClaims({ ...extractClaims(draft.text), quotes: [] }, hay)).toEqual([]);
}

describe("LLM wording through the assistant", () => {
  it("rewords answered questions through the model and keeps the assistant's own citations and facts", async () => {
    fake.respond(echoEvidence);
    const a = await assistantWithLlm();
    let reworded = 0;
    for (const q of QUESTIONS) {
      const draft = baseline.get(q)!;
      const r = await ask(a, q);
      if (r.text !== draft.text) reworded++;
      expect(r.answered).toBe(draft.answered);
      for (const c of r.citations) expect(draft.citations).toContainEqual(c);
      if (draft.answered) expectDraftFactsKept(r, draft);
      else expect(r).toEqual(draft);
    }
    expect(baseline.get(QUESTIONS[4])!.answered).toBe(false);
    // Every answered question went to the model; the refusal did not.
    expect(fake.requests.length).toBe(QUESTIONS.filter((q) => baseline.get(q)!.answered).length);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(reworded).toBeGreaterThan(0);
  });

  it("never shows the unknown-id claim or the invented date a misbehaving model adds", async () => {
    fake.respond(injectBadClaims);
    const a = await assistantWithLlm();
    for (const q of QUESTIONS) {
      const r = await ask(a, q);
      expect(r.text).not.toContain("2031");
      expect(r.text).not.toMatch(/observers/i);
      for (const c of r.citations) expect(baseline.get(q)!.citations).toContainEqual(c);
    }
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it("tells the asker it is still working through the request's progress callback when the model is slow", async () => {
    fake.respond(hang);
    const config = loadConfig({ OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: "sk-test-e2e", OPENAI_TIMEOUT_MS: "400", LOG_LEVEL: "silent" }, root);
    const a = await createAssistant({ config, index, logger: silentLogger, wording: createLlmWording(config.llm!, silentLogger, { progressAfterMs: 50 }) });
    const notes: string[] = [];
    const r = await a.handle({ text: QUESTIONS[0], conversation: { platform: "cli", id: "llm-progress" }, progress: (n) => notes.push(n) });
    expect(notes).toHaveLength(1);
    expect(notes[0].length).toBeGreaterThan(0);
    expect(r).toEqual(baseline.get(QUESTIONS[0]));
  });

  it("answers with the draft when the model hangs past the budget", async () => {
    fake.respond(hang);
    const a = await assistantWithLlm("300");
    const q = QUESTIONS[0];
    expect(await ask(a, q)).toEqual(baseline.get(q));
    expect(fake.requests).toHaveLength(1);
  });
});
