/**
 * Creates the LLM wording when an endpoint is configured; none otherwise (answers are complete
 * without it). The model client is imported only then: without an endpoint, start-up never
 * loads it.
 */
import type { AppConfig } from "../core/config.js";
import type { Logger } from "../core/log.js";
import type { AnswerWording } from "../core/wording.js";

export async function createLlmWordingIfConfigured(config: AppConfig, logger: Logger): Promise<AnswerWording | undefined> {
  if (!config.llm) return undefined;
  const { createLlmWording } = await import("./llm.js");
  return createLlmWording(config.llm, logger) as AnswerWording;
}
