/**
 * A zod model of the Teams app manifest, schema v1.22
 * (https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json), limited
 * to the properties this app uses. Limits, formats and patterns are those of the published JSON
 * schema (draft-04); objects are strict because the schema sets additionalProperties: false.
 * Vendoring the whole 88 KB schema with a JSON-schema validator was not worth a new dependency.
 */
import { z } from "zod";

export const MANIFEST_VERSION = "1.22";
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

// definitions/*
const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, "must be a GUID");
const httpsUrl = z.string().max(2048).regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\//, "must be an http(s) URL");
const relativePath = z.string().max(2048);
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1f5c99");
/** The schema only caps `version` at 256 characters; Teams also requires semver, as definitions/semver says. */
const semver = z.string().max(256).regex(/^([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)$/, "must be a semantic version like 1.0.0");
const botScope = z.enum(["team", "personal", "groupChat", "copilot"]);

export const developerSchema = z.strictObject({
  name: z.string().max(32),
  mpnId: z.string().max(10).optional(),
  websiteUrl: httpsUrl,
  privacyUrl: httpsUrl,
  termsOfUseUrl: httpsUrl,
});

export const nameSchema = z.strictObject({ short: z.string().max(30), full: z.string().max(100).optional() });
export const descriptionSchema = z.strictObject({ short: z.string().max(80), full: z.string().max(4000) });

export const botCommandSchema = z.strictObject({ title: z.string().max(128), description: z.string().max(4000) });

export const botSchema = z.strictObject({
  botId: guid,
  needsChannelSelector: z.boolean().optional(),
  isNotificationOnly: z.boolean().optional(),
  supportsFiles: z.boolean().optional(),
  supportsCalling: z.boolean().optional(),
  supportsVideo: z.boolean().optional(),
  scopes: z.array(botScope).max(3),
  commandLists: z.array(z.strictObject({ scopes: z.array(botScope).max(3), commands: z.array(botCommandSchema).max(10) })).max(3).optional(),
});

export const teamsManifestSchema = z.strictObject({
  $schema: z.url().optional(),
  manifestVersion: z.literal(MANIFEST_VERSION),
  version: semver,
  id: guid,
  developer: developerSchema,
  name: nameSchema,
  description: descriptionSchema,
  icons: z.strictObject({ outline: relativePath, color: relativePath, color32x32: relativePath.optional() }),
  accentColor: hexColor,
  bots: z.array(botSchema).max(1).optional(),
  webApplicationInfo: z.strictObject({ id: guid, resource: httpsUrl.optional() }).optional(),
  authorization: z
    .strictObject({
      permissions: z.strictObject({
        resourceSpecific: z.array(z.strictObject({ name: z.string().max(128), type: z.enum(["Application", "Delegated"]) })).optional(),
      }),
    })
    .optional(),
  validDomains: z.array(z.string().max(2048)).optional(),
});

export type TeamsManifest = z.infer<typeof teamsManifestSchema>;
