/**
 * `npm run chat`: the console chat alone (no HTTP server), on the bundled documents.
 */
import { loadConfig, ConfigError } from "../core/config.js";
import { createAssistant } from "../app/create-assistant.js";
import { createLogger } from "../core/log.js";
import { runConsoleChat } from "../adapters/console/chat.js";
import { createLlmWordingIfConfigured } from "../wording/wording-factory.js";
import { runIfEntry, withDefaults, type CliIo } from "./io.js";

/** Runs the chat over the io's streams until the input ends: 0, or 1 on a failure or bad configuration. */
export async function main(_argv: string[], cliIo?: CliIo): Promise<number> {
  const io = withDefaults(cliIo);
  try {
    const config = loadConfig(io.env, io.cwd);
    const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, (line) => io.stderr.write(line + "\n"));
    const assistant = await createAssistant({ config, logger, wording: await createLlmWordingIfConfigured(config, logger), warm: true });
    await runConsoleChat({ assistant, input: io.stdin, output: io.stdout as NodeJS.WritableStream });
    return 0;
  } catch (err) {
    io.stderr.write(`${err instanceof ConfigError ? err.message : `chat failed: ${(err as Error).stack ?? err}`}\n`);
    return 1;
  }
}

runIfEntry(import.meta.url, main);
