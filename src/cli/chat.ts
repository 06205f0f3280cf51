/**
 * `npm run chat`: the console chat alone (no HTTP server), on the bundled documents.
 */
import { loadConfig, ConfigError } from "../core/config.js";
import { createAssistant } from "../core/create-assistant.js";
import { createLogger } from "../core/log.js";
import { runConsoleChat } from "../adapters/console/chat.js";
import { createLlmWordingIfConfigured } from "../answer/wording-factory.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const assistant = await createAssistant({ config, logger, wording: createLlmWordingIfConfigured(config, logger) });
  await runConsoleChat({ assistant });
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `chat failed: ${(err as Error).stack ?? err}`}\n`);
    process.exit(1);
  },
);
