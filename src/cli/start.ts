/**
 * `npm start`: one HTTP server on PORT with /api/messages (Teams, or the Agents Playground
 * without credentials), /slack/events (Slack over HTTP; Socket Mode when SLACK_APP_TOKEN is set),
 * /calendar.ics and /healthz; the digest scheduler; and, with a terminal and no platform
 * credentials, the console chat.
 */
import { loadConfig, ConfigError, type AppConfig } from "../core/config.js";
import { createLogger, type Logger } from "../core/log.js";
import { createAssistant } from "../core/create-assistant.js";
import type { Poster } from "../core/assistant.js";
import { createHttpServer, type Route } from "../server/http.js";
import { createStore } from "../store/index.js";
import { createSlackAdapter, type SlackAdapter } from "../adapters/slack/index.js";
import { createTeamsAdapter } from "../adapters/teams/index.js";
import { createDigestScheduler } from "../digest/scheduler.js";
import { createCalendarRoute } from "../digest/calendar-route.js";
import { runConsoleChat } from "../adapters/console/chat.js";
import { createLlmWordingIfConfigured } from "../answer/wording-factory.js";

/** Starts everything; returns a function that stops it all in order. */
export async function start(config: AppConfig, logger: Logger, opts: { console?: boolean } = {}): Promise<{ port: number; stop: () => Promise<void> }> {
  const store = await createStore({ file: config.dbFile, logger });
  const assistant = await createAssistant({ config, store, logger, wording: createLlmWordingIfConfigured(config, logger), watch: true });
  const counts = assistant.index.counts();
  const routes: Route[] = [
    {
      method: "GET",
      path: "/healthz",
      handler: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ status: "ok", ...assistant.index.counts(), skipped: assistant.index.skipped.length }));
      },
    },
    createCalendarRoute({ index: assistant.index }),
  ];
  const posters: Poster[] = [];
  const teams = createTeamsAdapter({ assistant, teams: config.teams, store, logger, access: config.access });
  routes.push(...teams.routes);
  posters.push(teams.poster);
  let slack: SlackAdapter | undefined;
  if (config.slack) {
    slack = createSlackAdapter({ assistant, slack: config.slack, store, logger, access: config.access });
    routes.push(...slack.routes);
    posters.push(slack.poster);
    await slack.start();
  }
  const server = createHttpServer(routes, logger);
  const port = await server.listen(config.port);
  const scheduler = createDigestScheduler({ index: assistant.index, store, posters, logger });
  await scheduler.start();
  logger.info("started", {
    port,
    documents: counts.documents,
    slack: slack ? slack.mode : "off",
    teams: teams.authenticated ? "authenticated" : "unauthenticated (Agents Playground)",
    llm: config.llm ? config.llm.provider : "off",
  });
  const stop = async () => {
    assistant.close();
    await scheduler.stop();
    await slack?.stop();
    await server.close();
    await store.close();
  };
  if (opts.console) {
    void runConsoleChat({ assistant }).then(async () => {
      await stop();
      process.exit(0);
    });
  }
  return { port, stop };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !config.slack && !config.teams.appId;
  // The chat owns the terminal: keep the server's log lines off it unless asked for.
  const quiet = interactive && !config.logLevelSet ? createLogger("warn") : logger;
  const { port, stop } = await start(config, quiet, { console: interactive });
  if (interactive) process.stderr.write(`Serving /api/messages, /calendar.ics and /healthz on http://localhost:${port}\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    stop().then(
      () => process.exit(0),
      (err) => {
        logger.error("stop failed", { error: (err as Error).message });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

if (process.argv[1] && /start\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `start failed: ${(err as Error).message}`}\n`);
    process.exit(1);
  });
}
