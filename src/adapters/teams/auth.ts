/**
 * Authentication of incoming Teams requests. With no app id the bot runs unauthenticated
 * (Microsoft 365 Agents Playground, local use); with one, every request must carry a token that
 * Azure Bot Service signed for this app.
 *
 * Why not the Agents SDK's authorizeJWT middleware: it derives the signing-key address from the
 * token's issuer (so neither a private cloud nor a test can point it elsewhere), waits on the
 * network for as long as the socket allows, and downloads keys for any well-formed token. Here
 * garbage is refused before any network, the OpenID metadata addresses are configurable, and
 * verification (key download included) is bounded in time. jose does the cryptography and
 * caches the published keys.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { ConfigError, type AppConfig } from "../../core/config.js";
import type { Logger } from "../../core/log.js";

/** Where signing keys are published; the defaults are the public Azure cloud. Tests and private clouds override. */
export interface TeamsAuthEndpoints {
  /** OpenID metadata of tokens sent by Azure Bot Service channels (Teams). */
  channelOpenIdMetadataUrl?: string;
  /** OpenID metadata of Entra ID tokens (the Agents Playground or another agent with an app id). */
  emulatorOpenIdMetadataUrl?: string;
}

export interface TeamsAuthConfig {
  teams: AppConfig["teams"];
  endpoints?: TeamsAuthEndpoints;
  /** Upper bound on verifying one token, key download included. Default 10 s. */
  verifyTimeoutMs?: number;
  logger: Logger;
}

/** Verifies the Authorization header of one request. */
export interface TeamsAuthentication {
  readonly enabled: boolean;
  /**
   * The verified claims, or an anonymous identity when authentication is off.
   * @throws AuthenticationRefused when the request must be refused with 401.
   */
  authenticate(authorization: string | undefined): Promise<JWTPayload>;
}

/** A request that must be answered with 401; the message says why (it is logged, never sent). */
export class AuthenticationRefused extends Error {
  override readonly name = "AuthenticationRefused";
}

export const CHANNEL_ISSUER = "https://api.botframework.com";
const PUBLIC_CHANNEL_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";
const PUBLIC_ENTRA_METADATA = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
/** Microsoft's first-party tenants whose Entra tokens Azure Bot Service and its tools send. */
const FIRST_PARTY_TENANTS = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];
const ALLOWED_ALGORITHMS: readonly string[] = ["RS256", "RS384", "RS512"];
/** The tolerance for clock skew Azure Bot Service's SDKs use. */
const CLOCK_TOLERANCE_S = 300;

/**
 * Cheap checks on the Authorization header before any cryptography or network: returns why it
 * cannot be an Azure Bot Service token, or undefined when it may be one.
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
  if (typeof head.alg !== "string" || !ALLOWED_ALGORITHMS.includes(head.alg)) return `token signing algorithm ${String(head.alg)} is not accepted`;
  if (typeof payload.iss !== "string") return "token has no issuer";
  if (typeof payload.exp === "number" && (payload.exp + CLOCK_TOLERANCE_S) * 1000 < now) return "token has expired";
  return undefined;
}

/** True when requests must carry a valid token (an app id is configured). */
export function isAuthenticated(teams: AppConfig["teams"]): boolean {
  return Boolean(teams.appId);
}

/** Issuers accepted on Entra ID tokens: Microsoft's first-party tenants and, for a single-tenant bot, its own. */
function entraIssuers(tenantId: string | undefined): string[] {
  const tenants = tenantId ? [...FIRST_PARTY_TENANTS, tenantId] : FIRST_PARTY_TENANTS;
  return tenants.flatMap((t) => [`https://sts.windows.net/${t}/`, `https://login.microsoftonline.com/${t}/v2.0`]);
}

/** Signing keys behind one OpenID metadata document, fetched on first use and cached by jose. */
function keySet(metadataUrl: string, timeoutMs: number) {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const load = async () => {
    const res = await fetch(metadataUrl, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`OpenID metadata ${metadataUrl} answered ${res.status}`);
    const { jwks_uri: jwksUri } = (await res.json()) as { jwks_uri?: unknown };
    if (typeof jwksUri !== "string") throw new Error(`OpenID metadata ${metadataUrl} names no jwks_uri`);
    return createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: timeoutMs });
  };
  return async () => {
    keys ??= load().catch((err: unknown) => {
      keys = undefined; // the next request tries again
      throw err;
    });
    return keys;
  };
}

/** Creates the verifier from the Teams part of AppConfig. */
export function createTeamsAuthentication(config: TeamsAuthConfig): TeamsAuthentication {
  const { teams, logger } = config;
  // The SDK would fail later with an opaque MSAL error; say which variable to set instead.
  if (teams.appId && (teams.appType === "SingleTenant" || teams.appType === "UserAssignedMSI") && !teams.tenantId) {
    throw new ConfigError([`MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE is ${teams.appType} (Azure Bot > Configuration > App Tenant ID)`]);
  }
  const enabled = isAuthenticated(teams);
  const timeoutMs = config.verifyTimeoutMs ?? 10_000;
  const channelKeys = keySet(config.endpoints?.channelOpenIdMetadataUrl ?? PUBLIC_CHANNEL_METADATA, timeoutMs);
  const entraKeys = keySet(config.endpoints?.emulatorOpenIdMetadataUrl ?? PUBLIC_ENTRA_METADATA, timeoutMs);
  const issuers = entraIssuers(teams.tenantId);

  async function verify(token: string): Promise<JWTPayload> {
    const { iss } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as { iss: string };
    const fromChannel = iss.toLowerCase() === CHANNEL_ISSUER;
    if (!fromChannel && !issuers.includes(iss)) throw new Error(`issuer ${iss} is not accepted`);
    const keys = await (fromChannel ? channelKeys : entraKeys)();
    const { payload } = await jwtVerify(token, keys, {
      issuer: fromChannel ? CHANNEL_ISSUER : issuers,
      audience: teams.appId!,
      algorithms: [...ALLOWED_ALGORITHMS],
      clockTolerance: CLOCK_TOLERANCE_S,
    });
    return payload;
  }

  return {
    enabled,
    async authenticate(authorization) {
      if (!enabled) return { name: "anonymous" };
      const refuse = (reason: string): never => {
        logger.warn("teams request refused", { reason });
        throw new AuthenticationRefused(`Unauthorized: ${reason}`);
      };
      const header = authorization ?? "";
      const problem = precheckAuthorization(header);
      if (problem) return refuse(problem);
      try {
        return await withTimeout(verify(header.trim().slice("Bearer ".length)), timeoutMs);
      } catch (err) {
        return refuse(`token could not be verified (${err instanceof Error ? err.message : String(err)})`);
      }
    },
  };
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
