/**
 * Microsoft Teams, on the Microsoft 365 Agents SDK (@microsoft/agents-hosting). The SDK stays
 * inside this folder: nothing else imports it.
 */
export { createTeamsAdapter, TEAMS_MESSAGES_PATH, type TeamsAdapter, type TeamsAdapterConfig } from "./adapter.js";
export { classifyTeamsError, type TeamsFailure } from "./errors.js";
export { renderReply, type RenderOptions } from "./render.js";
export { buildTeamsManifest, PLACEHOLDER_APP_ID, type TeamsManifest, type TeamsAppInfo } from "./app-package/manifest.js";
export { buildAppPackage, type AppPackage, type AppPackageConfig } from "./app-package/build.js";
