/**
 * Optional LLM wording of answers. With an OpenAI, Azure OpenAI or OpenAI-compatible endpoint
 * configured, the deterministic draft is reworded from the retrieved evidence into a fluent
 * answer in the asker's language; every sentence is verified against the passages it cites and
 * the draft is returned whenever time, the endpoint or the verification lets it down.
 */
import OpenAI, { AzureOpenAI } from "openai";
import type { LlmConfig } from "../core/config.js";
import { silentLogger, type Logger } from "../core/log.js";
import type { Answer, Citation, Lang } from "../core/types.js";
import { callWithinBudget, type CallFailure } from "./llm-call.js";
import { buildMessages, prepareEvidence } from "./llm-prompt.js";
import { parseWordedReply, wordedAnswerResponseFormat } from "./llm-schema.js";
import { verifyWording, type Verification } from "./llm-verify.js";
import type { Concepts } from "./llm-meaning.js";

/** A retrieved passage offered to the model as evidence. */
export interface EvidencePassage {
  /** Caller's id for the passage (e.g. "P1" or the index passage id); the model is shown its own short keys. */
  id: string;
  citation: Citation;
}

/** What to word: the question, the deterministic draft and the evidence it may draw on. */
export interface WordingInput {
  question: string;
  lang: Lang;
  draft: Answer;
  evidence: EvidencePassage[];
  /** Graph facts as sentences ("WG on Prevention, 15th meeting: 2024-09-03 to 2024-09-05, Vienna"). */
  facts?: string[];
}

/** Why the draft was shown instead of a worded answer. */
export type FallbackReason =
  | CallFailure
  | "no_evidence"
  | "malformed"
  | "model_refusal"
  | "nothing_survived"
  | "too_little_survived"
  | "answered_mismatch"
  | "lost_draft_facts"
  | "empty"
  | "error";

/** The answer to show, and whether it is the model's verified wording or the draft. */
export interface WordingResult {
  answer: Answer;
  source: "llm" | "fallback";
  reason?: FallbackReason | string;
  usage?: { promptTokens: number; completionTokens: number };
}

/** Rewords draft answers; never throws, never returns an unverified claim. */
export interface AnswerWording {
  word(input: WordingInput, opts?: { signal?: AbortSignal; budgetMs?: number; onProgress?: (note: string) => void }): Promise<WordingResult>;
}

/** Tuning knobs; defaults suit chat (Slack has acknowledged; the asker is waiting). */
export interface LlmWordingOptions {
  /** English terms with their Chinese forms (the glossary's), to check English wording over Chinese passages. */
  concepts?: Concepts;
  /** After this long without a reply, `onProgress` is told once. Default 2000. */
  progressAfterMs?: number;
  /** Attempts in all, retries included. Default 4. */
  maxAttempts?: number;
  /** First backoff step. Default 300. */
  baseDelayMs?: number;
  /** Longest backoff step. Default 4000. */
  maxDelayMs?: number;
  /** Jitter source, for tests. */
  random?: () => number;
}

const PROGRESS_NOTE: Record<Lang, string> = {
  en: "Still working on the answer…",
  zh: "正在整理答案，请稍候……",
};

/** Builds the client without letting the openai package read the environment itself. */
function createClient(config: LlmConfig, timeoutMs: number): OpenAI {
  const common = {
    apiKey: config.apiKey,
    maxRetries: 0,
    timeout: timeoutMs,
    organization: null,
    project: null,
    webhookSecret: null,
    logLevel: "off" as const,
  };
  if (config.provider === "azure") {
    const endpoint = (config.azureEndpoint ?? "").replace(/\/+$/, "");
    // baseURL (not endpoint): the constructor would otherwise fall back to OPENAI_BASE_URL.
    return new AzureOpenAI({ ...common, baseURL: `${endpoint}/openai`, deployment: config.azureDeployment, apiVersion: config.apiVersion });
  }
  return new OpenAI({ ...common, baseURL: config.baseURL ?? "https://api.openai.com/v1" });
}

/** Removes the API key and any bearer token from text bound for the logs. */
function redactor(apiKey: string): (s: string) => string {
  return (s) => {
    let out = s.replace(/(Bearer\s+)[^\s"',}]+/gi, "$1[redacted]").replace(/("?api-key"?\s*[:=]\s*"?)[^\s"',}]+/gi, "$1[redacted]");
    if (apiKey.length >= 4) out = out.split(apiKey).join("[redacted]");
    return out;
  };
}

function fallback(draft: Answer, reason: string, usage?: WordingResult["usage"]): WordingResult {
  return { answer: draft, source: "fallback", reason, ...(usage ? { usage } : {}) };
}

/**
 * Creates the LLM wording step for `config`. Time budget per answer: `config.timeoutMs`
 * unless the caller passes `budgetMs`.
 */
export function createLlmWording(config: LlmConfig, logger: Logger = silentLogger, options: LlmWordingOptions = {}): AnswerWording {
  const progressAfterMs = options.progressAfterMs ?? 2000;
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 300;
  const maxDelayMs = options.maxDelayMs ?? 4000;
  const redact = redactor(config.apiKey);
  const client = createClient(config, config.timeoutMs + 1000);
  const responseFormat = wordedAnswerResponseFormat();

  async function word(input: WordingInput, opts: { signal?: AbortSignal; budgetMs?: number; onProgress?: (note: string) => void } = {}): Promise<WordingResult> {
    const { draft, lang } = input;
    const ev = prepareEvidence(draft, input.evidence, input.facts);
    if (ev.passages.length === 0) return fallback(draft, "no_evidence");

    const budgetMs = opts.budgetMs ?? config.timeoutMs;
    const started = Date.now();
    const progress = opts.onProgress
      ? setTimeout(() => {
          try {
            opts.onProgress?.(PROGRESS_NOTE[lang]);
          } catch {
            // A failing progress note must not cost the answer.
          }
        }, progressAfterMs)
      : undefined;

    const base = { model: config.model, provider: config.provider, lang, passages: ev.passages.length, facts: ev.facts.length };
    try {
      const messages = buildMessages(input.question, lang, draft, ev);
      const outcome = await callWithinBudget(
        (signal) =>
          client.chat.completions.create(
            { model: config.model, messages, response_format: responseFormat },
            // The client's own timeout only backs up the budget's abort, so it sits just past it.
            { signal, maxRetries: 0, timeout: Math.max(1, started + budgetMs - Date.now()) + 1000 },
          ),
        {
          budgetMs,
          signal: opts.signal,
          maxAttempts,
          baseDelayMs,
          maxDelayMs,
          random: options.random,
          onRetry: (r) => logger.info("llm wording retry", { ...base, attempt: r.attempt, delayMs: r.delayMs, status: r.status }),
        },
      );
      const latencyMs = Date.now() - started;
      if (!outcome.ok) {
        const error = outcome.error instanceof Error ? redact(outcome.error.message) : undefined;
        logger.warn("llm wording fell back", { ...base, reason: outcome.reason, status: outcome.status, attempts: outcome.attempts, latencyMs, error });
        return fallback(draft, outcome.reason);
      }
      const completion = outcome.value;
      const usage = completion.usage ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens } : undefined;
      logger.info("llm usage", {
        ...base,
        promptTokens: usage?.promptTokens ?? null,
        completionTokens: usage?.completionTokens ?? null,
        latencyMs,
        attempts: outcome.attempts,
      });

      const message = completion.choices?.[0]?.message;
      if (message?.refusal) {
        logger.warn("llm wording fell back", { ...base, reason: "model_refusal" });
        return fallback(draft, "model_refusal", usage);
      }
      const parsed = parseWordedReply(message?.content);
      if (!parsed.ok) {
        logger.warn("llm wording fell back", { ...base, reason: parsed.reason, detail: redact(parsed.detail).slice(0, 300) });
        return fallback(draft, parsed.reason, usage);
      }
      const v: Verification = verifyWording(parsed.value, ev, draft, lang, options.concepts);
      for (const d of v.dropped) logger.info("llm sentence dropped", { ...base, why: d.why, detail: d.detail, text: d.text.slice(0, 200) });
      if (!v.ok) {
        logger.warn("llm wording fell back", { ...base, reason: v.reason, kept: v.kept, dropped: v.dropped.length, lost: v.lost });
        return fallback(draft, v.reason, usage);
      }
      logger.info("llm wording verified", { ...base, kept: v.kept, dropped: v.dropped.length, citations: v.answer.citations.length });
      return { answer: v.answer, source: "llm", ...(usage ? { usage } : {}) };
    } catch (err) {
      // Unexpected failures (a bug, a client surprise) still end in the draft.
      logger.error("llm wording failed", { ...base, error: redact(err instanceof Error ? err.message : String(err)) });
      return fallback(draft, "error");
    } finally {
      if (progress) clearTimeout(progress);
    }
  }

  return { word };
}
