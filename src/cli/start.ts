/**
 * `npm start`: one HTTP server on PORT with /api/messages (Teams, or the Agents Playground
 * without credentials), /slack/events (Slack over HTTP; Socket Mode when SLACK_APP_TOKEN is set),
 * /calendar.ics and /healthz; the digest scheduler; and, with a terminal and no platform
 * credentials, the console chat.
 */
import { loadConfig, ConfigError, type AppConfig } from "../core/config.js";
import { createLogger, type Logger } from "../core/log.js";
import { createAssistant } from "../app/create-assistant.js";
import type { Poster } from "../core/assistant.js";
import { createHttpServer, type Route } from "../server/http.js";
import { createHealthRoute } from "../server/health.js";
import { openConfiguredStore } from "../store/open.js";
import { guardTeamsRoute } from "../server/teams-guard.js";
import { createSlackAdapter, type SlackAdapter } from "../adapters/slack/index.js";
import { createTeamsAdapter } from "../adapters/teams/index.js";
import { createDigestScheduler } from "../digest/scheduler.js";
import { createCalendarRoute } from "../digest/calendar-route.js";
import { runConsoleChat } from "../adapters/console/chat.js";
import { createLlmWordingIfConfigured } from "../wording/wording-factory.js";
import { runIfEntry, withDefaults, type CliIo } from "./io.js";
import { answeringOn, createAnswerPool, type AnswerPool } from "../server/answer-pool.js";

/** Starts everything; returns a function that stops it all in order. */
export async function start(config: AppConfig, logger: Logger, opts: { console?: boolean } = {}): Promise<{ port: number; stop: () => Promise<void> }> {
  const store = await openConfiguredStore(config, logger);
  // With answer threads, this thread answers no question: the threads warm up, each its own assistant.
  const assistant = await createAssistant({ config, store, logger, wording: await createLlmWordingIfConfigured(config, logger), watch: true, warm: config.answering.threads === 0 });
  const counts = assistant.index.counts();
  // Platforms' questions are answered on worker threads; this thread only acknowledges and delivers.
  const pool: AnswerPool | undefined =
    config.answering.threads > 0 ? createAnswerPool({ config, store, logger, languageOf: assistant.languageOf }) : undefined;
  const answering = pool ? answeringOn(pool, assistant) : assistant;
  const routes: Route[] = [
    createHealthRoute({ store, details: () => ({ ...assistant.index.counts(), skipped: assistant.index.skipped.length }) }),
    createCalendarRoute({ index: assistant.index }),
  ];
  const posters: Poster[] = [];
  const teams = createTeamsAdapter({ assistant: answering, teams: config.teams, store, logger, access: config.access });
  routes.push(
    ...teams.routes.map((r) => guardTeamsRoute(r, { authenticated: teams.authenticated, allowUnauthenticated: config.teams.allowUnauthenticated, logger })),
  );
  posters.push(teams.poster);
  let slack: SlackAdapter | undefined;
  if (config.slack) {
    slack = createSlackAdapter({ assistant: answering, slack: config.slack, store, logger, access: config.access, commandReplies: config.presentation.slackCommandReplies });
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
    store: config.databaseUrl ? "postgres" : "lowdb",
    answerThreads: pool ? config.answering.threads : 0,
  });
  const stop = async () => {
    assistant.close();
    await scheduler.stop();
    await slack?.stop();
    await server.close();
    await pool?.close();
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

/**
 * Starts the server (and the chat, with a terminal and no platform credentials); stops on SIGINT
 * or SIGTERM. Resolves to undefined while it runs, or to 1 when it cannot start.
 */
export async function main(_argv: string[], cliIo?: CliIo): Promise<number | undefined> {
  const io = withDefaults(cliIo);
  let config: AppConfig;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (err) {
    io.stderr.write(`${err instanceof ConfigError ? err.message : `start failed: ${(err as Error).message}`}\n`);
    return 1;
  }
  const logger = createLogger(config.logLevel, (line) => io.stderr.write(line + "\n"));
  const interactive = Boolean((io.stdin as NodeJS.ReadStream).isTTY && (io.stdout as NodeJS.WriteStream).isTTY) && !config.slack && !config.teams.appId;
  // The chat owns the terminal: keep the server's log lines off it unless asked for.
  const quiet = interactive && !config.logLevelSet ? createLogger("warn", (line) => io.stderr.write(line + "\n")) : logger;
  let started: Awaited<ReturnType<typeof start>>;
  try {
    started = await start(config, quiet, { console: interactive });
  } catch (err) {
    io.stderr.write(`start failed: ${(err as Error).message}\n`);
    return 1;
  }
  if (interactive) io.stderr.write(`Serving /api/messages, /calendar.ics and /healthz on http://localhost:${started.port}\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    started.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error("stop failed", { error: (err as Error).message });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  return undefined;
}

runIfEntry(import.meta.url, main);
