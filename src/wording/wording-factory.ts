/**
 * Creates the LLM wording when an endpoint is configured; none otherwise (answers are complete
 * without it). The model client is imported only then: without an endpoint, start-up never
 * loads it.
 */
import type { AppConfig } from "../core/config.js";
import type { Logger } from "../core/log.js";
import type { AnswerWording } from "../core/wording.js";
import type { Concepts } from "./llm-meaning.js";
import { loadGlossary } from "../knowledge/index.js";

/** The model's wording, when an endpoint is configured; the client is imported only then. */
export async function createLlmWordingIfConfigured(config: AppConfig, logger: Logger): Promise<AnswerWording | undefined> {
  if (!config.llm) return undefined;
  const { createLlmWording } = await import("./llm.js");
  let concepts: Concepts | undefined;
  try {
    const glossary = loadGlossary(config.glossaryDir, config.cacheDir);
    concepts = (text) => glossary.englishConcepts(text);
  } catch (err) {
    // Without the glossary, English wording over Chinese passages is checked on negations and values only.
    logger.warn("glossary not loaded for checking model wording", { dir: config.glossaryDir, error: (err as Error).message });
  }
  return createLlmWording(config.llm, logger, { concepts }) as AnswerWording;
}
