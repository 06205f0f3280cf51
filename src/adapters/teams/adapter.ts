/**
 * The Teams adapter: the Microsoft 365 Agents SDK's CloudAdapter behind `POST /api/messages`
 * on the shared HTTP server, plus the proactive poster. It only translates; the assistant
 * decides every answer.
 */
import type { AuthConfiguration, AuthType } from "@microsoft/agents-hosting";
import type { Assistant, Poster } from "../../core/assistant.js";
import type { AppConfig } from "../../core/config.js";
import { silentLogger, type Logger } from "../../core/log.js";
import { readBody, type Route } from "../../server/http.js";
import type { Store } from "../../store/types.js";
import { AuthenticationRefused, createTeamsAuthentication, type TeamsAuthEndpoints } from "./auth.js";
import type { TeamsCloudAdapter } from "./connector.js";
import { toAgentRequest, toWebResponse } from "./http-shim.js";
import { createTeamsPoster } from "./poster.js";
import type { RenderOptions } from "./render.js";
import { defaultRetryPolicy, type RetryPolicy } from "./retry.js";
import type { createTurnLogic, sendAll } from "./turn.js";

/** The path Azure Bot Service and the Agents Playground post activities to. */
export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAdapterConfig {
  assistant: Assistant;
  /** From loadConfig(): with no appId the bot is unauthenticated (Agents Playground and local use). */
  teams: AppConfig["teams"];
  /** Where conversation references and unreachable marks live; without it nothing is remembered and post() fails. */
  store?: Store;
  logger?: Logger;
  /** Token-verification endpoints for private clouds and tests; public Azure by default. */
  authEndpoints?: TeamsAuthEndpoints;
  /** Bound on verifying one incoming token. Default 10 s. */
  verifyTimeoutMs?: number;
  /** Bound on one call to the Teams service; after it a sent activity is uncertain and not sent again. Default 30 s. */
  requestTimeoutMs?: number;
  /** Retrying of throttled and failed calls; tests inject a recording `sleep`. */
  retry?: Partial<RetryPolicy>;
  render?: RenderOptions;
  /** Command prefix and who may change digests (`loadConfig().access`). */
  access?: AppConfig["access"];
}

export interface TeamsAdapter {
  /** `POST /api/messages`, for createHttpServer. */
  routes: Route[];
  /** Proactive posts into Teams conversations (digests). */
  poster: Poster;
  /** True when incoming requests must carry a valid Azure Bot Service token. */
  readonly authenticated: boolean;
}

/** The SDK's name for the single connection, which every service URL uses. */
const CONNECTION = "serviceConnection";

/**
 * The MICROSOFT_APP_* variables as the SDK's connection settings. They are passed explicitly, so
 * the SDK's own environment variables (Connections__…) play no part.
 */
export function toAuthConfiguration(teams: AppConfig["teams"]): AuthConfiguration {
  const settings: AuthConfiguration = {
    clientId: teams.appId,
    clientSecret: teams.appPassword,
    // A multi-tenant bot gets its tokens from the botframework.com tenant (the SDK's default).
    tenantId: teams.appType === "MultiTenant" ? undefined : teams.tenantId,
    // The SDK's AuthType values, named here so that mapping the settings does not load the SDK.
    authType: teams.appType === "UserAssignedMSI" ? ("UserManagedIdentity" satisfies `${AuthType}`) : ("ClientSecret" satisfies `${AuthType}`),
  };
  return { ...settings, connections: new Map([[CONNECTION, settings]]), connectionsMap: [{ serviceUrl: "*", connection: CONNECTION }] };
}

function sendJson(res: Parameters<Route["handler"]>[1], status: number, body: object): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** The half of the adapter that runs on the Agents SDK: its CloudAdapter, the turn logic and the sending. */
export interface TeamsSdkSide {
  adapter: TeamsCloudAdapter;
  logic: ReturnType<typeof createTurnLogic>;
  sendAll: typeof sendAll;
}

/** Creates the Teams adapter. */
export function createTeamsAdapter(config: TeamsAdapterConfig): TeamsAdapter {
  const logger = config.logger ?? silentLogger;
  const retry: RetryPolicy = { ...defaultRetryPolicy, ...config.retry };
  const auth = createTeamsAuthentication({ teams: config.teams, endpoints: config.authEndpoints, verifyTimeoutMs: config.verifyTimeoutMs, logger });
  // The SDK (with the JWKS, telemetry and activity packages it brings) is loaded when the first
  // activity arrives or the first post is made, or at once when the bot has credentials: loading
  // it was about 0.04 s of CPU (of 0.5 s on the main thread) at every start, paid by starts that
  // then served no Teams request (a deployment on Slack alone, a replica restarted between messages).
  let side: Promise<TeamsSdkSide> | undefined;
  const sdk = (): Promise<TeamsSdkSide> =>
    (side ??= Promise.all([import("./connector.js"), import("./turn.js")]).then(([{ TeamsCloudAdapter }, turn]) => ({
      adapter: new TeamsCloudAdapter(toAuthConfiguration(config.teams), config.requestTimeoutMs ?? 30_000),
      logic: turn.createTurnLogic({ assistant: config.assistant, store: config.store, logger, retry, render: config.render, access: config.access }),
      sendAll: turn.sendAll,
    }))).catch((err: unknown) => {
      // Not kept: the next request tries again.
      side = undefined;
      throw err;
    });
  if (auth.enabled) sdk().catch((err: unknown) => logger.error("teams sdk not loaded", { error: (err as Error).message }));

  const messages: Route = {
    method: "POST",
    path: TEAMS_MESSAGES_PATH,
    async handler(req, res) {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (err) {
        const tooLarge = (err as { code?: string }).code === "body_too_large";
        sendJson(res, tooLarge ? 413 : 400, { error: tooLarge ? "body_too_large" : "invalid_json" });
        return;
      }
      // An activity needs at least its type; the SDK would throw (a 500) on one without it.
      if (typeof body !== "object" || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== "string") {
        sendJson(res, 400, { error: "activity_expected", detail: "the body must be an activity with a type" });
        return;
      }
      let user;
      try {
        user = await auth.authenticate(req.headers.authorization);
      } catch (err) {
        if (!(err instanceof AuthenticationRefused)) throw err;
        sendJson(res, 401, { error: "unauthorized" });
        return;
      }
      const { adapter, logic } = await sdk();
      try {
        await adapter.process(toAgentRequest(req, body as Record<string, unknown>, user), toWebResponse(res), logic);
      } catch (err) {
        // The SDK validates the activity's shape (zod) before the turn starts.
        if ((err as { name?: string }).name !== "ZodError") throw err;
        logger.warn("teams activity refused", { error: (err as Error).message.slice(0, 300) });
        if (!res.headersSent) sendJson(res, 400, { error: "invalid_activity" });
      }
    },
  };

  logger.info("teams adapter ready", { path: TEAMS_MESSAGES_PATH, authenticated: auth.enabled });
  return {
    routes: [messages],
    poster: createTeamsPoster({ sdk, appId: config.teams.appId, store: config.store, logger, retry, render: config.render }),
    authenticated: auth.enabled,
  };
}
