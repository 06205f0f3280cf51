/**
 * Safe defaults for the Teams endpoint, in front of whichever Bot Framework library serves it:
 * - without credentials it answers loopback callers only (the Emulator on the same machine),
 *   unless TEAMS_ALLOW_UNAUTHENTICATED=1, which is logged as a warning;
 * - without credentials one caller may open a bounded number of conversations (each is stored);
 * - with credentials, replies go only to Microsoft's service addresses (`serviceUrl`);
 * - message text is cut to Teams' own limit before any work.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../core/log.js";
import { readBody, setBody, type Route } from "./http.js";

/** Teams refuses messages longer than about 28 KB; text beyond this many characters is cut. */
export const TEAMS_TEXT_LIMIT = 28_000;

export interface TeamsGuardConfig {
  /** Whether the adapter verifies Bot Framework tokens (MICROSOFT_APP_ID set). */
  authenticated: boolean;
  /** TEAMS_ALLOW_UNAUTHENTICATED=1: unauthenticated, yet open to every caller. */
  allowUnauthenticated?: boolean;
  logger: Logger;
  /** Conversations one unauthenticated caller may start. Default 20. */
  maxConversationsPerCaller?: number;
  /** Largest body read. Default 4 MB (a long message is cut, not refused). */
  bodyLimitBytes?: number;
  /** Where authenticated replies may go. Default: isMicrosoftServiceUrl. */
  serviceUrlAllowed?: (url: string) => boolean;
}

const MICROSOFT_HOSTS = [/^smba\.trafficmanager\.net$/, /(^|\.)botframework\.(com|us|azure\.us)$/, /(^|\.)teams\.microsoft\.(com|us)$/, /(^|\.)infra\.lync\.com$/, /(^|\.)skype\.com$/];

/** Whether `url` is an https address of the Bot Framework or Teams service. */
export function isMicrosoftServiceUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "https:" && MICROSOFT_HOSTS.some((h) => h.test(u.hostname.toLowerCase()));
  } catch {
    return false;
  }
}

/** Whether the request comes from this machine. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, "");
  return a === "::1" || /^127\./.test(a);
}

/** Wraps the Teams route with the checks above. */
export function guardTeamsRoute(route: Route, config: TeamsGuardConfig): Route {
  const { logger } = config;
  const open = config.authenticated || config.allowUnauthenticated === true;
  const maxConversations = config.maxConversationsPerCaller ?? 20;
  const allowed = config.serviceUrlAllowed ?? isMicrosoftServiceUrl;
  const conversationsOf = new Map<string, Set<string>>();
  if (!config.authenticated && config.allowUnauthenticated) {
    logger.warn("teams endpoint open to every caller without authentication (TEAMS_ALLOW_UNAUTHENTICATED=1); set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD in production", {
      path: route.path,
    });
  }

  const refuse = (res: ServerResponse, status: number, error: string, detail: string) => {
    logger.info("teams request refused", { status, error });
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error, detail }));
  };

  return {
    ...route,
    async handler(req: IncomingMessage, res: ServerResponse) {
      const caller = req.socket.remoteAddress ?? "";
      if (!open && !isLoopback(caller)) {
        return refuse(res, 403, "loopback_only", "without MICROSOFT_APP_ID this endpoint answers this machine only (set TEAMS_ALLOW_UNAUTHENTICATED=1 to open it)");
      }
      let raw: string;
      try {
        raw = await readBody(req, config.bodyLimitBytes ?? 4_000_000);
      } catch (err) {
        if ((err as { code?: string }).code !== "body_too_large") throw err;
        return refuse(res, 413, "body_too_large", "the activity is too large");
      }
      let activity: unknown;
      try {
        activity = JSON.parse(raw);
      } catch {
        return refuse(res, 400, "invalid_json", "the body is not valid JSON");
      }
      if (typeof activity !== "object" || activity === null || Array.isArray(activity)) {
        return refuse(res, 400, "activity_expected", "the body must be a Bot Framework activity");
      }
      const a = activity as { serviceUrl?: unknown; text?: unknown; conversation?: { id?: unknown } };
      if (config.authenticated && (typeof a.serviceUrl !== "string" || !allowed(a.serviceUrl))) {
        return refuse(res, 403, "service_url_not_allowed", "replies go only to Microsoft's Bot Framework and Teams service addresses");
      }
      if (!config.authenticated && typeof a.conversation?.id === "string") {
        const seen = conversationsOf.get(caller) ?? new Set<string>();
        if (!seen.has(a.conversation.id)) {
          if (seen.size >= maxConversations) {
            return refuse(res, 429, "too_many_conversations", `one unauthenticated caller may use at most ${maxConversations} conversations`);
          }
          seen.add(a.conversation.id);
          conversationsOf.set(caller, seen);
        }
      }
      let body = raw;
      if (typeof a.text === "string" && a.text.length > TEAMS_TEXT_LIMIT) {
        body = JSON.stringify({ ...a, text: a.text.slice(0, TEAMS_TEXT_LIMIT) });
      }
      setBody(req, body);
      return route.handler(req, res);
    },
  };
}
