/**
 * Creates the LLM wording when an endpoint is configured; none otherwise (answers are complete
 * without it).
 */
import type { AppConfig } from "../core/config.js";
import type { Logger } from "../core/log.js";
import type { AnswerWording } from "../core/wording.js";
import { createLlmWording } from "./llm.js";
import type { Concepts } from "./llm-meaning.js";
import { loadGlossary } from "../knowledge/glossary.js";

export function createLlmWordingIfConfigured(config: AppConfig, logger: Logger): AnswerWording | undefined {
  if (!config.llm) return undefined;
  let concepts: Concepts | undefined;
  try {
    const glossary = loadGlossary(config.glossaryFile);
    concepts = (text) => glossary.englishConcepts(text);
  } catch (err) {
    // Without the glossary, English wording over Chinese passages is checked on negations and values only.
    logger.warn("glossary not loaded for checking model wording", { file: config.glossaryFile, error: (err as Error).message });
  }
  return createLlmWording(config.llm, logger, { concepts }) as AnswerWording;
}
