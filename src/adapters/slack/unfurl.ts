/**
 * Link previews: a link to an official UN document (undocs.org, docs.un.org) posted where the
 * app is gets the document's title, date and body, when the document is indexed.
 */
import type { App, types } from "@slack/bolt";
import type { Assistant, DocumentInfo } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import { errorText } from "./replier.js";
import { escapeMrkdwn } from "./slack-text.js";

/** The domains the manifest asks Slack to send link_shared for. */
export const UNFURL_DOMAINS = ["undocs.org", "docs.un.org"] as const;
const LANGUAGE_SEGMENT = /^(?:ar|zh|en|fr|ru|es)$/i;

/** The document symbol a link names: https://undocs.org/CAC/COSP/WG.4/2024/1, https://docs.un.org/en/CAC/COSP/2023/L.1. */
export function symbolOfLink(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  if (!(UNFURL_DOMAINS as readonly string[]).includes(host)) return undefined;
  const segments = parsed.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (segments.length && LANGUAGE_SEGMENT.test(segments[0])) segments.shift();
  return segments.length ? segments.join("/") : undefined;
}

function preview(doc: DocumentInfo): { blocks: types.KnownBlock[] } {
  const facts = [doc.symbol, doc.date, doc.body].filter(Boolean).map((f) => escapeMrkdwn(f!));
  return {
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(doc.title)}*` } },
      ...(facts.length ? [{ type: "context" as const, elements: [{ type: "mrkdwn" as const, text: facts.join(" · ") }] }] : []),
    ],
  };
}

/** Registers the link_shared listener. */
export function registerUnfurls(app: App, deps: { assistant: Assistant; logger: Logger }): void {
  app.event("link_shared", async ({ event, client }) => {
    const unfurls: Record<string, { blocks: types.KnownBlock[] }> = {};
    for (const link of event.links) {
      const symbol = symbolOfLink(link.url);
      const doc = symbol ? deps.assistant.documentInfo(symbol) : undefined;
      if (doc) unfurls[link.url] = preview(doc);
    }
    if (!Object.keys(unfurls).length) return;
    await client.chat
      .unfurl({ channel: event.channel, ts: event.message_ts, unfurls })
      .catch((err) => deps.logger.error("slack unfurl failed", { channel: event.channel, error: errorText(err) }));
  });
}
