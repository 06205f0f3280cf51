/**
 * The Teams adapter: botbuilder's CloudAdapter behind `POST /api/messages` on the shared HTTP
 * server, plus the proactive poster. It only translates; the assistant decides every answer.
 */
import { CloudAdapter } from "botbuilder";
import type { Assistant, Poster } from "../../core/assistant.js";
import type { AppConfig } from "../../core/config.js";
import { silentLogger, type Logger } from "../../core/log.js";
import { readBody, type Route } from "../../server/http.js";
import type { Store } from "../../store/types.js";
import { createTeamsAuthentication, isAuthenticated, type TeamsAuthEndpoints } from "./auth.js";
import { toBotRequest, toBotResponse } from "./http-shim.js";
import { createTeamsPoster } from "./poster.js";
import type { RenderOptions } from "./render.js";
import { defaultRetryPolicy, type RetryPolicy } from "./retry.js";
import { createTurnLogic } from "./turn.js";

/** The path Azure Bot Service and the Emulator post activities to. */
export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAdapterConfig {
  assistant: Assistant;
  /** From loadConfig(): with no appId the bot is unauthenticated (Emulator and local use). */
  teams: AppConfig["teams"];
  /** Where conversation references and unreachable marks live; without it nothing is remembered and post() fails. */
  store?: Store;
  logger?: Logger;
  /** Token-verification endpoints for private clouds and tests; public Azure by default. */
  authEndpoints?: TeamsAuthEndpoints;
  /** Bound on verifying one incoming token. Default 10 s. */
  verifyTimeoutMs?: number;
  /** Bound on one call to the Teams service. Default 15 s. */
  requestTimeoutMs?: number;
  /** Retrying of throttled and failed calls; tests inject a recording `sleep`. */
  retry?: Partial<RetryPolicy>;
  render?: RenderOptions;
}

export interface TeamsAdapter {
  /** `POST /api/messages`, for createHttpServer. */
  routes: Route[];
  /** Proactive posts into Teams conversations (digests). */
  poster: Poster;
  /** True when incoming requests must carry a valid Bot Framework token. */
  readonly authenticated: boolean;
}

/** Creates the Teams adapter. */
export function createTeamsAdapter(config: TeamsAdapterConfig): TeamsAdapter {
  const logger = config.logger ?? silentLogger;
  const retry: RetryPolicy = { ...defaultRetryPolicy, ...config.retry };
  const auth = createTeamsAuthentication({
    teams: config.teams,
    endpoints: config.authEndpoints,
    verifyTimeoutMs: config.verifyTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
    logger,
  });
  const adapter = new CloudAdapter(auth);
  const logic = createTurnLogic({ assistant: config.assistant, store: config.store, logger, retry, render: config.render });
  const authenticated = isAuthenticated(config.teams);

  const messages: Route = {
    method: "POST",
    path: TEAMS_MESSAGES_PATH,
    async handler(req, res) {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (err) {
        const tooLarge = (err as { code?: string }).code === "body_too_large";
        res.writeHead(tooLarge ? 413 : 400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: tooLarge ? "body_too_large" : "invalid_json" }));
        return;
      }
      // An activity needs at least its type; botbuilder would throw (a 500) on one without it.
      if (typeof body !== "object" || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== "string") {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "activity_expected", detail: "the body must be a Bot Framework activity with a type" }));
        return;
      }
      await adapter.process(toBotRequest(req, body as Record<string, unknown>), toBotResponse(res), logic);
    },
  };

  logger.info("teams adapter ready", { path: TEAMS_MESSAGES_PATH, authenticated });
  return {
    routes: [messages],
    poster: createTeamsPoster({ adapter, appId: config.teams.appId ?? "", store: config.store, logger, retry, render: config.render }),
    authenticated,
  };
}
