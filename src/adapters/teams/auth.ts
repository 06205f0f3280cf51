/**
 * Authentication of Bot Framework requests. With no app id the bot runs unauthenticated (Bot
 * Framework Emulator, local use); with one, every request must carry a valid channel token.
 *
 * Why a wrapper around botbuilder's ConfigurationBotFrameworkAuthentication:
 * - botbuilder answers 500, not 401, when a well-formed token fails signature verification
 *   (jsonwebtoken's error is not an AuthenticationError), and when it cannot fetch the OpenID
 *   signing keys it waits on the network for as long as the socket allows. Here every failure to
 *   authenticate is a 401, and verification is bounded in time.
 * - A token that is not even a JWT (or uses an algorithm Bot Framework never signs with) is
 *   refused before botbuilder looks at it, so garbage never triggers a key download.
 * - Connector clients it creates get the retry/timeout behaviour of connector.ts.
 */
import { ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorFactory } from "botframework-connector";
import { ConfigError, type AppConfig } from "../../core/config.js";
import type { Logger } from "../../core/log.js";
import { boundConnectorFactory } from "./connector.js";

/** Where tokens are checked; the defaults are the public Azure cloud. Tests and private clouds override. */
export interface TeamsAuthEndpoints {
  /** OpenID metadata of tokens sent by Bot Framework channels (Teams). */
  channelOpenIdMetadataUrl?: string;
  /** OpenID metadata of tokens sent by the Emulator when it is given an app id. */
  emulatorOpenIdMetadataUrl?: string;
}

export interface TeamsAuthConfig {
  teams: AppConfig["teams"];
  endpoints?: TeamsAuthEndpoints;
  /** Upper bound on verifying one token, key download included. Default 10 s. */
  verifyTimeoutMs?: number;
  /** Upper bound on one HTTP call to the Teams service. Default 15 s. */
  requestTimeoutMs?: number;
  logger: Logger;
}

const UNAUTHORIZED = 401;
const allowedAlgorithms: readonly string[] = AuthenticationConstants.AllowedSigningAlgorithms ?? ["RS256", "RS384", "RS512"];
/** botbuilder's own tolerance for clock skew. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Cheap checks on the Authorization header before any cryptography or network: returns why it
 * cannot be a Bot Framework token, or undefined when it may be one.
 */
export function precheckAuthorization(header: string, now: number = Date.now()): string | undefined {
  const value = header.trim();
  if (!value) return "no Authorization header";
  const m = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(value);
  if (!m) return "Authorization is not a Bearer JSON Web Token";
  let head: { alg?: unknown };
  let payload: { exp?: unknown; iss?: unknown };
  try {
    head = JSON.parse(Buffer.from(m[1], "base64url").toString("utf8")) as typeof head;
    payload = JSON.parse(Buffer.from(m[2], "base64url").toString("utf8")) as typeof payload;
  } catch {
    return "token header or payload is not JSON";
  }
  if (typeof head !== "object" || head === null || typeof payload !== "object" || payload === null) return "token header or payload is not an object";
  if (typeof head.alg !== "string" || !allowedAlgorithms.includes(head.alg)) return `token signing algorithm ${String(head.alg)} is not accepted`;
  if (typeof payload.iss !== "string") return "token has no issuer";
  if (typeof payload.exp === "number" && payload.exp * 1000 < now - CLOCK_TOLERANCE_MS) return "token has expired";
  return undefined;
}

class GuardedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly guard: { enabled: boolean; verifyTimeoutMs: number; requestTimeoutMs: number; logger: Logger },
  ) {
    super(options);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    if (!this.guard.enabled) {
      result = await super.authenticateRequest(activity, authHeader);
    } else {
      const problem = precheckAuthorization(authHeader);
      if (problem) {
        this.guard.logger.warn("teams request refused", { reason: problem });
        throw new AuthenticationError(`Unauthorized: ${problem}`, UNAUTHORIZED);
      }
      try {
        result = await withTimeout(super.authenticateRequest(activity, authHeader), this.guard.verifyTimeoutMs);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        this.guard.logger.warn("teams request refused", { reason });
        if (err instanceof AuthenticationError && err.statusCode === UNAUTHORIZED) throw err;
        throw new AuthenticationError(`Unauthorized: token could not be verified (${reason})`, UNAUTHORIZED);
      }
    }
    if (result.connectorFactory) result.connectorFactory = boundConnectorFactory(result.connectorFactory, this.guard.requestTimeoutMs);
    return result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return boundConnectorFactory(super.createConnectorFactory(claimsIdentity), this.guard.requestTimeoutMs);
  }
}

/** True when requests must carry a valid token (an app id is configured). */
export function isAuthenticated(teams: AppConfig["teams"]): boolean {
  return Boolean(teams.appId);
}

/** Creates the authentication botbuilder's CloudAdapter uses, from the Teams part of AppConfig. */
export function createTeamsAuthentication(config: TeamsAuthConfig): ConfigurationBotFrameworkAuthentication {
  const { teams, endpoints } = config;
  // botbuilder would fail here with a bare assertion; say which variable to set instead.
  if (teams.appId && (teams.appType === "SingleTenant" || teams.appType === "UserAssignedMSI") && !teams.tenantId) {
    throw new ConfigError([`MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE is ${teams.appType} (Azure Bot > Configuration > App Tenant ID)`]);
  }
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: teams.appId ?? "",
    MicrosoftAppPassword: teams.appPassword ?? "",
    MicrosoftAppType: teams.appType,
    MicrosoftAppTenantId: teams.tenantId ?? "",
  };
  if (endpoints?.channelOpenIdMetadataUrl || endpoints?.emulatorOpenIdMetadataUrl) {
    // botbuilder takes either no endpoint at all (public cloud) or all of them.
    Object.assign(options, {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: endpoints.channelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: "urn:botframework:azure",
    });
  }
  return new GuardedAuthentication(options, {
    enabled: isAuthenticated(teams),
    verifyTimeoutMs: config.verifyTimeoutMs ?? 10_000,
    requestTimeoutMs: config.requestTimeoutMs ?? 15_000,
    logger: config.logger,
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verification took longer than ${ms} ms (OpenID signing keys unreachable?)`)), ms);
    timer.unref?.();
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
