/**
 * The Slack app: Bolt with either its HTTP receiver mounted on the shared server
 * (POST /slack/events) or Socket Mode when an app-level token is configured.
 * The adapter only translates; the assistant decides every answer.
 */
import { App, SocketModeReceiver } from "@slack/bolt";
import type { Assistant, Poster } from "../../core/assistant.js";
import type { AccessConfig, AppConfig, PresentationConfig } from "../../core/config.js";
import { silentLogger, type Logger } from "../../core/log.js";
import type { Route } from "../../server/http.js";
import type { Store } from "../../store/types.js";
import { toBoltLogger } from "./bolt-logger.js";
import { createSlackIngress, type SlackIngressConfig } from "./http-ingress.js";
import { registerListeners } from "./listeners.js";
import { createSlackPoster } from "./poster.js";
import { createRecentIds } from "./recent-ids.js";
import { createReplier } from "./replier.js";
import { registerThreadListeners } from "./thread-listeners.js";
import { registerHome } from "./home.js";
import { registerShortcuts } from "./shortcuts.js";
import { registerUnfurls } from "./unfurl.js";
import { registerFeedbackReason } from "./feedback-reason.js";
import { createThreadLedger } from "../thread-ledger.js";
import type { RenderOptions } from "./render.js";
import type { DeliveryPostOptions } from "./delivery.js";
import { webClientOptions, type RateLimitRetryOptions } from "./web-api.js";

/** Where Slack sends events, commands and interactions in HTTP mode (and what manifest.json names). */
export const SLACK_EVENTS_PATH = "/slack/events";

export interface SlackAdapterConfig {
  assistant: Assistant;
  /** `loadConfig().slack`: bot token, signing secret (HTTP), app token (Socket Mode), API base. */
  slack: NonNullable<AppConfig["slack"]>;
  logger?: Logger;
  /**
   * Remembers event and command ids across restarts and keeps acknowledged work until answered
   * (HTTP mode), and keeps the threads the bot took part in (follow-ups without a mention); in
   * memory without one.
   */
  store?: Store;
  /** Checks in front of Bolt (clock, limits); tests move the clock. */
  ingress?: Partial<Omit<SlackIngressConfig, "signingSecret" | "logger" | "store">>;
  /** Block Kit rendering limits (tests lower them). */
  render?: RenderOptions;
  /** How 429s are retried. */
  retry?: RateLimitRetryOptions;
  /** How answers and digests are posted once: the timeout of one post and the read-back after an unknown outcome. */
  once?: DeliveryPostOptions;
  /** How many event ids to remember for deduplication. */
  recentEvents?: number;
  /** Command prefix and digest managers (`loadConfig().access`); no prefix and channel managers by default. */
  access?: AccessConfig;
  /** `loadConfig().presentation.slackCommandReplies`: private slash-command answers by default. */
  commandReplies?: PresentationConfig["slackCommandReplies"];
}

export interface SlackAdapter {
  /** "socket" when `slack.appToken` is set, else "http". */
  readonly mode: "http" | "socket";
  /** Routes for the shared HTTP server: POST /slack/events in HTTP mode, none in Socket Mode. */
  readonly routes: Route[];
  /**
   * Verifies the bot token (auth.test) and, in Socket Mode, connects. Call before the shared
   * server listens; until then /slack/events answers 503 so Slack retries.
   * @throws when the token is rejected or Slack is unreachable.
   */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Proactive posts (digests) with the bot token. */
  readonly poster: Poster;
}

/** Creates the Slack app. Nothing is contacted until `start()`. */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  const { assistant, slack } = config;
  const logger = config.logger ?? silentLogger;
  const boltLogger = toBoltLogger(logger);
  const mode = slack.appToken ? "socket" : "http";
  if (mode === "http" && !slack.signingSecret) {
    throw new Error("SLACK_SIGNING_SECRET is required when Slack runs over HTTP (or set SLACK_APP_TOKEN for Socket Mode)");
  }

  // Acks before the listener's work: answers follow through response_url or the Web API.
  const httpReceiver = mode === "http" ? createSlackIngress({ ...config.ingress, signingSecret: slack.signingSecret!, logger, store: config.store }) : undefined;
  const socketReceiver = mode === "socket" ? new SocketModeReceiver({ appToken: slack.appToken!, logger: boltLogger }) : undefined;

  const app = new App({
    token: slack.botToken,
    receiver: (httpReceiver ?? socketReceiver)!,
    logger: boltLogger,
    clientOptions: webClientOptions(slack.apiUrl),
    // auth.test runs in start(), where a bad token can fail start-up with a clear error.
    deferInitialization: true,
  });

  const access: AccessConfig = config.access ?? { commandPrefix: "", digestManagers: "channel-managers", adminUsers: [], limitedDistributionChannels: [] };
  const threads = createThreadLedger("slack", config.store);
  registerListeners(app, {
    threads,
    access,
    commandReplies: config.commandReplies,
    assistant,
    logger,
    recentEvents: createRecentIds(config.recentEvents),
    store: config.store,
    render: config.render,
    retry: config.retry,
    once: config.once,
  });
  const replier = createReplier({ assistant, logger, render: config.render, retry: config.retry, once: config.once, access });
  registerThreadListeners(app, { replier, threads, logger });
  registerShortcuts(app, { replier, threads, logger });
  registerHome(app, { assistant, store: config.store, logger, digestCommand: `/${access.commandPrefix}digest` });
  registerUnfurls(app, { assistant, logger });
  registerFeedbackReason(app, { assistant, logger });

  let started = false;
  let socketStarted = false;
  const routes: Route[] = httpReceiver
    ? [
        {
          method: "POST",
          path: SLACK_EVENTS_PATH,
          handler(req, res) {
            if (!started) {
              res.writeHead(503, { "content-type": "application/json", "retry-after": "1" });
              res.end(JSON.stringify({ error: "starting" }));
              return;
            }
            // The ingress reads and checks the request (401/400/413 otherwise), then Bolt dispatches it.
            return httpReceiver.handle(req, res);
          },
        },
      ]
    : [];

  return {
    mode,
    routes,
    poster: createSlackPoster({ client: app.client, logger, retry: config.retry, once: config.once, render: config.render }),
    async start() {
      if (started) return;
      await app.init();
      if (socketReceiver) {
        await socketReceiver.start();
        socketStarted = true;
      }
      started = true;
      logger.info("slack app ready", { mode, path: mode === "http" ? SLACK_EVENTS_PATH : undefined });
      // Work acknowledged before a crash is answered now, in the background.
      if (httpReceiver) void httpReceiver.resumePending().catch((err: Error) => logger.error("slack pending work not resumed", { error: err.message }));
    },
    async stop() {
      started = false;
      if (socketReceiver && socketStarted) {
        socketStarted = false;
        await socketReceiver.stop();
      }
    },
  };
}
