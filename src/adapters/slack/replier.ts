/**
 * What every Slack listener does with a question: ask the assistant (a throw becomes an
 * apology and a log line) and post the reply into a channel or thread (a failure is logged).
 */
import type { webApi } from "@slack/bolt";
import type { Assistant } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import type { Lang, Reply, Request } from "../../core/types.js";
import { deliverToChannel, type ChannelTarget } from "./deliver.js";
import { t } from "./messages.js";
import type { RenderExtras, RenderOptions } from "./render.js";
import type { RateLimitRetryOptions } from "./web-api.js";
import type { AccessConfig } from "../../core/config.js";
import { slackAccess } from "./access.js";
import type { Delivery, DeliveryPostOptions } from "./delivery.js";

export interface ReplierDeps {
  assistant: Assistant;
  logger: Logger;
  /** Who may change digests; without it requests carry no access check. */
  access?: AccessConfig;
  render?: RenderOptions;
  retry?: RateLimitRetryOptions;
  /** Timeout and read-back of claimed deliveries' posts. */
  once?: DeliveryPostOptions;
}

export interface Replier {
  /** Asks the assistant, letting settings commands check the asker's rights through `client`; never throws. */
  ask(request: Request, client?: webApi.WebClient): Promise<Reply>;
  /** Posts a reply with the Web API, as part of `delivery` when given (see delivery.ts), with `extras` (who shared it); never throws. */
  post(client: webApi.WebClient, target: ChannelTarget, reply: Reply, delivery?: Delivery, extras?: RenderExtras): Promise<void>;
  /** The language of a piece of text, English when it cannot be told. */
  langOf(text: string): Lang;
}

export function createReplier(deps: ReplierDeps): Replier {
  const { assistant, logger } = deps;
  const langOf = (text: string): Lang => {
    try {
      return assistant.languageOf(text);
    } catch {
      return "en";
    }
  };
  return {
    langOf,
    async ask(request, client) {
      const { id, user } = request.conversation;
      if (client && deps.access && user) {
        const access = deps.access;
        request = { ...request, checkAccess: () => slackAccess(client, access, id, user, logger) };
      }
      try {
        return await assistant.handle(request);
      } catch (err) {
        logger.error("assistant failed", { platform: "slack", channel: request.conversation.id, text: request.text, error: errorText(err) });
        const lang = langOf(request.text);
        return { kind: "error", ephemeral: true, code: "internal_error", answered: false, citations: [], text: t("internalError", lang), lang };
      }
    },
    post: (client, target, reply, delivery, extras) =>
      deliverToChannel(client, target, reply, { render: deps.render, retry: deps.retry, once: deps.once, logger, delivery, extras }).catch((err) =>
        logger.error("slack reply failed", { channel: target.channel, code: (err as { code?: string }).code, error: errorText(err) }),
      ),
  };
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
