/**
 * Proactive posts (digests) into Teams conversations, through the conversation references the
 * bot stored when it was added or spoken to. A conversation that removed the bot is marked
 * unreachable so the scheduler stops posting there.
 */
import type { ConversationReference } from "@microsoft/agents-activity";
import type { CloudAdapter } from "@microsoft/agents-hosting";
import { PostError, type Poster } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import type { ConversationRef, Reply } from "../../core/types.js";
import type { Store } from "../../store/types.js";
import { toPostError } from "./errors.js";
import { renderReply, type RenderOptions } from "./render.js";
import type { RetryPolicy } from "./retry.js";
import type { sendAll } from "./turn.js";
import { splitConversationId, upgradeReference } from "./translate.js";

export interface TeamsPosterConfig {
  /** The SDK's side of the adapter, loaded when first needed (adapter.ts). */
  sdk: () => Promise<{ adapter: CloudAdapter; sendAll: typeof sendAll }>;
  /** MICROSOFT_APP_ID; without it (Agents Playground, tests) posts are sent without a token. */
  appId?: string;
  store?: Store;
  logger: Logger;
  retry: RetryPolicy;
  render?: RenderOptions;
}

/** Creates the Teams poster. Its post() throws PostError with a stable code, and logs every failure. */
export function createTeamsPoster(config: TeamsPosterConfig): Poster {
  const { store, logger, retry } = config;
  return {
    platform: "teams",
    async post(conversation: ConversationRef, reply: Reply): Promise<void> {
      const id = splitConversationId(conversation.id).base;
      const fail = (err: PostError) => {
        logger.error("teams post failed", { conversation: id, code: err.code, error: err.message });
        return err;
      };
      if (!store) throw fail(new PostError("unreachable", `No store: the Teams conversation reference of ${id} cannot be looked up`));
      if (await store.isUnreachable("teams", id)) throw fail(new PostError("unreachable", `Teams conversation ${id} removed the bot; not posting`));
      const stored = (await store.conversationReference("teams", id)) as Partial<ConversationReference> | undefined;
      const reference = stored && upgradeReference(stored);
      if (!reference?.serviceUrl || !reference.conversation?.id) {
        throw fail(new PostError("unreachable", `No conversation reference stored for Teams conversation ${id}: the bot must be added to it (or spoken to there) first`));
      }
      const activities = renderReply(reply, config.render);
      try {
        const { adapter, sendAll } = await config.sdk();
        // The SDK takes an app id or an identity; an identity without audience means no token.
        await adapter.continueConversation(config.appId || {}, reference as ConversationReference, (ctx) => sendAll(ctx, activities, `post to ${id}`, retry, logger));
      } catch (err) {
        const postError = toPostError(err, `post to Teams conversation ${id}`);
        if (postError.code === "unreachable") {
          try {
            await store.markUnreachable("teams", id, postError.message);
          } catch (markErr) {
            logger.error("teams unreachable mark not saved", { conversation: id, error: String(markErr) });
          }
        }
        throw fail(postError);
      }
      logger.info("teams post sent", { conversation: id, activities: activities.length });
    },
  };
}
