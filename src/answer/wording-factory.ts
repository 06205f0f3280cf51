/**
 * Creates the LLM wording when an endpoint is configured; none otherwise (answers are complete
 * without it).
 */
import type { AppConfig } from "../core/config.js";
import type { Logger } from "../core/log.js";
import type { AnswerWording } from "../core/wording.js";
import { createLlmWording } from "./llm.js";

export function createLlmWordingIfConfigured(config: AppConfig, logger: Logger): AnswerWording | undefined {
  return config.llm ? (createLlmWording(config.llm, logger) as AnswerWording) : undefined;
}
