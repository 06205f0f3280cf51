/**
 * The Slack app manifest, derived from the command registry so that the slash commands Slack
 * knows are exactly the commands the assistant has. `npm run slack:manifest` writes it.
 */
import type { CommandSpec } from "../../core/command.js";
import { SLACK_EVENTS_PATH } from "./adapter.js";
import { SHORTCUT_IDS } from "./shortcuts.js";
import { UNFURL_DOMAINS } from "./unfurl.js";

export const MANIFEST_HOST_PLACEHOLDER = "YOUR-HOST";

/**
 * Bot scopes: slash commands, reading mentions and DMs, posting (also in public channels the bot
 * has not joined, for digests), reading channel messages (follow-ups in threads it answered in),
 * link previews, and reading channels and users (who may change a digest, whether a private
 * channel has the bot in it).
 */
export const BOT_SCOPES = [
  "app_mentions:read", "channels:history", "channels:read", "chat:write", "chat:write.public", "commands",
  "groups:history", "groups:read", "im:history", "links:read", "links:write", "users:read",
] as const;
/**
 * Events the app answers: @mentions, messages in its DMs, messages in public and private
 * channels it is in (answered only in threads it took part in), App Home visits and links to
 * UN documents (previews).
 */
export const BOT_EVENTS = ["app_home_opened", "app_mention", "link_shared", "message.channels", "message.groups", "message.im"] as const;

export interface ManifestOptions {
  /** Public host Slack calls in HTTP mode; the manifest keeps a placeholder by default. */
  host?: string;
  /** Socket Mode: no request URLs, Slack delivers over a WebSocket opened with SLACK_APP_TOKEN. */
  socketMode?: boolean;
  name?: string;
  /** Put before every command name (COMMAND_PREFIX): "uncac-" makes /uncac-agenda. */
  commandPrefix?: string;
}

export interface SlashCommandManifest {
  command: string;
  url?: string;
  description: string;
  usage_hint?: string;
  should_escape: boolean;
}

export interface SlackManifest {
  display_information: { name: string; description: string; long_description: string; background_color: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: SlashCommandManifest[];
    shortcuts: { name: string; type: "message" | "global"; callback_id: string; description: string }[];
    unfurl_domains: string[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

const DESCRIPTION_MAX = 100;
/** Slack accepts at most 50 slash commands per app. */
const MAX_SLASH_COMMANDS = 50;
/** Slack's built-in commands: a manifest naming one is rejected whole. */
export const RESERVED_SLASH_COMMANDS: ReadonlySet<string> = new Set([
  "active", "archive", "away", "call", "collapse", "dm", "dnd", "expand", "feed", "feedback", "invite", "join",
  "leave", "me", "msg", "mute", "open", "pro", "remind", "rename", "search", "shortcuts", "shrug", "star", "status", "topic", "who",
]);
const USAGE_HINT_MAX = 1000;

/**
 * Builds the manifest for `commands`.
 * @throws Error naming the command when an id cannot be a Slack command.
 */
export function buildSlackManifest(commands: readonly CommandSpec[], options: ManifestOptions = {}): SlackManifest {
  const host = options.host ?? MANIFEST_HOST_PLACEHOLDER;
  const url = options.socketMode ? undefined : `https://${host}${SLACK_EVENTS_PATH}`;
  const name = options.name ?? "UNCAC Assistant";
  if (commands.length > MAX_SLASH_COMMANDS) throw new Error(`Slack allows ${MAX_SLASH_COMMANDS} slash commands per app; the registry has ${commands.length}`);
  return {
    display_information: {
      name,
      description: "Answers questions on UNCAC meeting documents in English or Chinese, citing document and paragraph.",
      long_description:
        "For delegates and secretariat staff of the Conference of the States Parties to the United Nations Convention against Corruption and its subsidiary bodies. " +
        "Ask about meetings, agenda items, resolutions, recommendations and document symbols, in English or Chinese, with a slash command, by mentioning the app in a channel, or in a direct message. " +
        "Every fact in an answer cites the official document and paragraph it comes from, and the cited passage can be shown in full. " +
        "Channels can follow a body and receive a daily digest before and during its sessions.",
      background_color: "#1d4f91",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((c) => slashCommand(c, url, options.commandPrefix ?? "")),
      shortcuts: [
        { name: "Ask about this message", type: "message", callback_id: SHORTCUT_IDS.askAboutMessage, description: "Ask the assistant a question starting from this message" },
        { name: "Ask the UNCAC Assistant", type: "global", callback_id: SHORTCUT_IDS.askQuestion, description: "Ask a question about the meeting documents" },
      ],
      unfurl_domains: [...UNFURL_DOMAINS],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode === true,
      token_rotation_enabled: false,
    },
  };
}

function slashCommand(spec: CommandSpec, url: string | undefined, prefix: string): SlashCommandManifest {
  const name = `${prefix}${spec.id}`;
  // Slack: lowercase, no spaces or periods, at most 32 characters with the slash.
  if (!/^[a-z0-9_-]{1,31}$/.test(name)) {
    throw new Error(`Command "${name}" cannot be a Slack slash command: use 1-31 lowercase letters, digits, "-" or "_" (command id and COMMAND_PREFIX together)`);
  }
  if (RESERVED_SLASH_COMMANDS.has(name)) {
    throw new Error(`Command id "${spec.id}" is a built-in Slack command and cannot be registered by an app: rename the command`);
  }
  const usage = spec.usage.trim();
  return {
    command: `/${name}`,
    ...(url ? { url } : {}),
    description: shorten(spec.description.en.trim(), DESCRIPTION_MAX),
    ...(usage ? { usage_hint: shorten(usage, USAGE_HINT_MAX) } : {}),
    // Raw text: the adapter decodes Slack's entities and mentions itself.
    should_escape: false,
  };
}

/** At most `max` characters, cut at a word boundary where there is one, ending in "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  return (space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, "") + "…";
}

/** The manifest as written to manifest.json: two-space JSON with a final newline. */
export function serializeManifest(manifest: SlackManifest): string {
  return JSON.stringify(manifest, null, 2) + "\n";
}
