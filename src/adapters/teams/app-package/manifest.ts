/**
 * The Teams app manifest, generated from the command registry so the command menu Teams shows
 * is always the commands the bot understands.
 */
import { z } from "zod";
import type { CommandSpec } from "../../../core/command.js";
import { MANIFEST_SCHEMA_URL, MANIFEST_VERSION, descriptionSchema, developerSchema, nameSchema, teamsManifestSchema, type TeamsManifest } from "./manifest-schema.js";

export { MANIFEST_SCHEMA_URL, MANIFEST_VERSION, teamsManifestSchema, type TeamsManifest };

/**
 * Used for `id` and `botId` when MICROSOFT_APP_ID is unset, so the package still builds (for
 * review, or the Developer Portal's import). Teams will not run a bot with this id.
 */
export const PLACEHOLDER_APP_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Teams clients before manifest v1.22 cut command titles at 32 characters and descriptions at
 * 128; staying within those keeps the command menu readable everywhere.
 */
export const COMMAND_TITLE_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 128;

/** What teams/app.json says about the app: everything in the manifest that is not generated. */
export const teamsAppInfoSchema = z.strictObject({
  version: z.string(),
  name: nameSchema,
  description: descriptionSchema,
  developer: developerSchema,
  accentColor: z.string(),
});
export type TeamsAppInfo = z.infer<typeof teamsAppInfoSchema>;

/** Raised when the manifest would not validate; `problems` name each bad field. */
export class ManifestError extends Error {
  readonly code = "teams_manifest_invalid";
  constructor(readonly problems: string[]) {
    super(`Invalid Teams app manifest:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ManifestError";
  }
}

export interface BuildManifestInput {
  commands: readonly Pick<CommandSpec, "id" | "description">[];
  /** AppConfig.teams.appId (MICROSOFT_APP_ID). */
  appId?: string;
  app: TeamsAppInfo;
  /** COMMAND_PREFIX: "uncac-" makes the menu offer "uncac-agenda". */
  commandPrefix?: string;
}

const BOT_SCOPES = ["personal", "team", "groupChat"] as const;

/**
 * Resource-specific consent to receive every message of the team's channels, granted when the
 * app is added to a team: without it Teams sends only @mentions, and a reply in a thread the
 * bot answered in could not be answered without a new mention. The bot ignores the rest.
 */
export const CHANNEL_MESSAGES_PERMISSION = "ChannelMessage.Read.Group";

/** The bot command list entry of one command: its id as title, its English description. */
export function commandEntry(spec: Pick<CommandSpec, "id" | "description">, prefix = ""): { title: string; description: string } {
  const title = `${prefix}${spec.id}`;
  if (title.length > COMMAND_TITLE_MAX) throw new ManifestError([`command "${title}": longer than ${COMMAND_TITLE_MAX} characters cannot be a Teams command title (command id and COMMAND_PREFIX together)`]);
  const d = spec.description.en.trim();
  const description = Array.from(d).length <= COMMAND_DESCRIPTION_MAX ? d : Array.from(d).slice(0, COMMAND_DESCRIPTION_MAX - 1).join("") + "…";
  return { title, description };
}

/**
 * Builds and validates the manifest.
 * @throws ManifestError naming each field that breaks the schema (or more than 10 commands).
 */
export function buildTeamsManifest(input: BuildManifestInput): TeamsManifest {
  const id = input.appId ?? PLACEHOLDER_APP_ID;
  const commands = input.commands.map((c) => commandEntry(c, input.commandPrefix));
  const manifest = {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: input.app.version,
    id,
    developer: input.app.developer,
    name: input.app.name,
    description: input.app.description,
    icons: { outline: "outline.png", color: "color.png" },
    accentColor: input.app.accentColor,
    bots: [
      {
        botId: id,
        scopes: [...BOT_SCOPES],
        supportsFiles: false,
        isNotificationOnly: false,
        // One list per scope, as the schema recommends; every scope offers every command.
        commandLists: BOT_SCOPES.map((scope) => ({ scopes: [scope], commands })),
      },
    ],
    webApplicationInfo: { id },
    authorization: { permissions: { resourceSpecific: [{ name: CHANNEL_MESSAGES_PERMISSION, type: "Application" as const }] } },
  };
  const parsed = teamsManifestSchema.safeParse(manifest);
  if (!parsed.success) {
    throw new ManifestError(
      parsed.error.issues.map((i) => {
        const path = i.path.join(".");
        const hint = path === "id" || path.endsWith("botId") ? " (MICROSOFT_APP_ID must be the bot's Microsoft App ID, a GUID)" : "";
        return `${path}: ${i.message}${hint}`;
      }),
    );
  }
  return parsed.data;
}
