/**
 * The App Home tab: what the assistant is, questions to try, the digests this workspace's
 * channels follow, and what documents are indexed. The first visit also gets a welcome, in the
 * tab and as a direct message.
 */
import type { App, types } from "@slack/bolt";
import type { Assistant, LibrarySummary } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import type { Store, Subscription } from "../../store/types.js";
import { errorText } from "./replier.js";
import { escapeMrkdwn } from "./slack-text.js";
import { singleAttemptClient } from "./web-api.js";

type KnownBlock = types.KnownBlock;

const ABOUT =
  "I answer questions about the meeting documents of the Conference of the States Parties to the United Nations Convention against Corruption and its subsidiary bodies, in English or Chinese. Every fact cites the document and paragraph it comes from.\n" +
  "我根据《联合国反腐败公约》缔约国会议及其附属机构的会议文件，用中文或英文回答问题，每一项事实都注明出处文件和段落。";
const WELCOME =
  "*Welcome!* Mention me in a channel, send me a direct message, or use a slash command. Ask a follow-up in the same thread without mentioning me again. Right-click a message › *Ask about this message* to ask about it.";
const MAX_EXAMPLES = 6;
const MAX_SUBSCRIPTIONS = 40;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const header = (text: string): KnownBlock => ({ type: "header", text: { type: "plain_text", text } });

/** The example of each command, slash commands first as typed. */
function examples(assistant: Assistant): string[] {
  return assistant
    .commands()
    .flatMap((c) => c.examples.slice(0, 1))
    .slice(0, MAX_EXAMPLES);
}

function subscriptionLine(s: Subscription): string {
  return `• <#${s.conversation.id}> — ${escapeMrkdwn(s.body)}, ${s.time} ${escapeMrkdwn(s.timeZone)}${s.daysBefore ? `, from ${s.daysBefore} days before a session` : ""}`;
}

function libraryLines(library: LibrarySummary): string[] {
  const lines = [`*${library.documents}* documents indexed.`];
  const n = library.newest;
  if (n) lines.push(`Newest: ${escapeMrkdwn(n.title)}${n.symbol ? ` (${escapeMrkdwn(n.symbol)})` : ""}${n.date ? `, ${n.date}` : ""}`);
  for (const b of library.bodies) lines.push(`• ${escapeMrkdwn(b.name)}: ${b.documents}`);
  return lines;
}

/** The Home tab's blocks for one workspace. */
export function homeView(input: { assistant: Assistant; subscriptions: Subscription[]; firstVisit: boolean; digestCommand: string }): types.HomeView {
  const { assistant, subscriptions } = input;
  const blocks: KnownBlock[] = [header("UNCAC Assistant"), section(ABOUT)];
  if (input.firstVisit) blocks.push(section(WELCOME));
  blocks.push({ type: "divider" }, header("Try asking"), section(examples(assistant).map((e) => `• \`${escapeMrkdwn(e)}\``).join("\n")));
  blocks.push({ type: "divider" }, header("Digests in this workspace"));
  blocks.push(
    section(
      subscriptions.length
        ? subscriptions.slice(0, MAX_SUBSCRIPTIONS).map(subscriptionLine).join("\n") + (subscriptions.length > MAX_SUBSCRIPTIONS ? `\n… and ${subscriptions.length - MAX_SUBSCRIPTIONS} more` : "")
        : `No channel follows a digest yet. In a channel, type \`${input.digestCommand} subscribe wg-prevention\` to get the Working Group on Prevention's daily digest.`,
    ),
  );
  blocks.push({ type: "divider" }, header("Documents"), section(libraryLines(assistant.library()).join("\n")));
  return { type: "home", blocks };
}

export interface HomeDeps {
  assistant: Assistant;
  store?: Store;
  logger: Logger;
  /** The digest command as people type it (with the configured prefix). */
  digestCommand: string;
}

/** Registers the App Home listener. */
export function registerHome(app: App, deps: HomeDeps): void {
  const { assistant, store, logger } = deps;
  app.event("app_home_opened", async ({ event, client, body }) => {
    if (event.tab !== "home") return;
    // Slack sends the view only once one was published for this person: none means a first visit.
    const firstVisit = event.view === undefined;
    const team = (body as { team_id?: string }).team_id;
    const subscriptions = ((await store?.listSubscriptions().catch(() => [])) ?? []).filter(
      (s) => s.conversation.platform === "slack" && (!team || !s.conversation.team || s.conversation.team === team),
    );
    try {
      await client.views.publish({ user_id: event.user, view: homeView({ assistant, subscriptions, firstVisit, digestCommand: deps.digestCommand }) });
      // One request: a welcome sent again after a lost answer would greet twice.
      if (firstVisit) await singleAttemptClient(client).chat.postMessage({ channel: event.user, text: WELCOME.replace(/\*/g, ""), blocks: [section(WELCOME)] });
    } catch (err) {
      logger.error("slack home not published", { user: event.user, error: errorText(err) });
    }
  });
}
