/**
 * The one place that reads the environment. Every variable goes through one zod schema; a bad
 * value stops start-up with a message naming the variable and the fix.
 */
import { z } from "zod";
import { resolve } from "node:path";
import { availableParallelism } from "node:os";
import { isValidTimeZone } from "./time.js";
import { DEFAULT_OFFICIAL_DOCUMENTS_URL } from "./official-document.js";

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const optionalUrl = (example: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    message: `must be an http(s) URL such as ${example}`,
  });

const envSchema = z.object({
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith("xoxb-"), {
    message: "must be a bot token starting with xoxb- (Slack app settings > OAuth & Permissions)",
  }),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith("xapp-"), {
    message: "must be an app-level token starting with xapp- (Slack app settings > Basic Information > App-Level Tokens)",
  }),
  SLACK_API_URL: optionalUrl("https://slack.com/api/"),
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: optionalString.refine((v) => v === undefined || ["MultiTenant", "SingleTenant", "UserAssignedMSI"].includes(v), {
    message: "must be MultiTenant, SingleTenant or UserAssignedMSI",
  }),
  PORT: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && +v >= 0 && +v < 65536), {
    message: "must be a TCP port number between 0 and 65535, e.g. PORT=3978",
  }),
  DATA_DIR: optionalString,
  DOCUMENTS_DIR: optionalString,
  DB_FILE: optionalString,
  DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
    message: "must be a PostgreSQL URL such as postgres://assistant:secret@db.example.org:5432/assistant (unset it to use the lowdb file DB_FILE)",
  }),
  CACHE_DIR: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl("https://api.openai.com/v1"),
  OPENAI_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: optionalString.refine((v) => v === undefined || /^\d+$/.test(v), {
    message: "must be a whole number of milliseconds, e.g. OPENAI_TIMEOUT_MS=8000",
  }),
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_ENDPOINT: optionalUrl("https://my-resource.openai.azure.com"),
  AZURE_OPENAI_DEPLOYMENT: optionalString,
  OPENAI_API_VERSION: optionalString,
  TZ: optionalString.refine((v) => v === undefined || isValidTimeZone(v), {
    message: "must be an IANA time zone such as Europe/Vienna or UTC",
  }),
  ANSWER_THREADS: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && +v <= 64), {
    message: "must be a whole number of worker threads from 0 to 64 (0 answers on the main thread), e.g. ANSWER_THREADS=2",
  }),
  ANSWER_QUEUE_MAX: optionalString.refine((v) => v === undefined || (/^\d+$/.test(v) && +v >= 1), {
    message: "must be a whole number of waiting questions, at least 1, e.g. ANSWER_QUEUE_MAX=1000",
  }),
  TEAMS_ALLOW_UNAUTHENTICATED: optionalString.refine((v) => v === undefined || v === "0" || v === "1", {
    message: "must be 1 (serve /api/messages without credentials on every interface) or 0",
  }),
  COMMAND_PREFIX: optionalString.refine((v) => v === undefined || /^[a-z0-9_-]{1,16}$/.test(v), {
    message: "must be 1-16 lowercase letters, digits, - or _, e.g. COMMAND_PREFIX=uncac- (then /uncac-agenda)",
  }),
  DIGEST_MANAGERS: optionalString.refine((v) => v === undefined || ["anyone", "channel-managers", "admins"].includes(v), {
    message: "must be anyone, channel-managers (workspace admins, the channel's creator and ADMIN_USERS) or admins (ADMIN_USERS only)",
  }),
  ADMIN_USERS: optionalString.refine((v) => v === undefined || v.split(",").every((u) => u.trim() !== ""), {
    message: "must be user ids separated by commas, e.g. ADMIN_USERS=U012AB3CD,6d2f0a9e-3c41-4b7a-9e55-0c2d7a1b8f34",
  }),
  LIMITED_DISTRIBUTION_CHANNELS: optionalString.refine((v) => v === undefined || v.split(",").every((u) => u.trim() !== ""), {
    message: "must be conversation ids separated by commas, e.g. LIMITED_DISTRIBUTION_CHANNELS=C0SECRETARIAT",
  }),
  OFFICIAL_DOCUMENTS_URL: optionalUrl("https://documents.un.org"),
  SLACK_COMMAND_REPLIES: optionalString.refine((v) => v === undefined || /^(private|channel)$/.test(v) || isTeamReplies(v), {
    message:
      "must be private (slash-command answers shown to the asker only, with a Share in channel button) or channel, optionally followed by workspace exceptions, e.g. SLACK_COMMAND_REPLIES=private,T0123ABCD:channel",
  }),
  LOG_LEVEL: optionalString.refine((v) => v === undefined || ["debug", "info", "warn", "error", "silent"].includes(v), {
    message: "must be one of debug, info, warn, error, silent",
  }),
});


/**
 * The variables any one of which configures a language model's endpoint (`AppConfig.llm`). Without
 * them `npm run -s ask` opens no connection, and scripts/ask.sh starts it without
 * NODE_EXTRA_CA_CERTS, which Node 20 parses at every start; that script names them too.
 */
export const LLM_ENDPOINT_VARIABLES = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY"] as const;

/** LLM endpoint settings, present only when one is configured. */
export interface LlmConfig {
  provider: "openai" | "azure";
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  azureEndpoint?: string;
  azureDeployment?: string;
  apiVersion?: string;
}

/** Settings of the whole application, derived once from the environment. */
export interface AppConfig {
  port: number;
  dataDir: string;
  /** The first documents folder (messages); `documentsDirs` lists them all. */
  documentsDir: string;
  /** DOCUMENTS_DIR: one or more folders, each read recursively. */
  documentsDirs: string[];
  glossaryDir: string;
  cacheDir: string;
  dbFile: string;
  /** DATABASE_URL: state in PostgreSQL (several replicas); without it, the lowdb file dbFile. */
  databaseUrl?: string;
  timeZone: string;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Whether LOG_LEVEL was set (the console chat keeps info logs off the terminal unless asked). */
  logLevelSet: boolean;
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  /**
   * Without credentials, /api/messages answers loopback callers only unless this is set
   * (TEAMS_ALLOW_UNAUTHENTICATED=1).
   */
  teams: { appId?: string; appPassword?: string; tenantId?: string; appType: string; allowUnauthenticated?: boolean };
  llm?: LlmConfig;
  /**
   * Questions are answered on worker threads so that acknowledging never waits for an answer
   * (ANSWER_THREADS, default one less than the CPUs, at least 1; 0 answers on the main thread),
   * with at most `queueMax` waiting (ANSWER_QUEUE_MAX, default 1000) before "busy, try again".
   */
  answering: { threads: number; queueMax: number };
  /** Who may do what, and what the commands are called. */
  access: AccessConfig;
  /** How answers are presented. */
  presentation: PresentationConfig;
}

/** OFFICIAL_DOCUMENTS_URL, SLACK_COMMAND_REPLIES. */
export interface PresentationConfig {
  /** Base address of the Official Document System, which citations link by symbol and language. */
  officialDocumentsUrl: string;
  /**
   * Where Slack slash-command answers go: "private" (ephemeral, with a "Share in channel" button)
   * or "channel"; `byTeam` overrides it for single workspaces (team id -> mode).
   */
  slackCommandReplies: { mode: SlackReplyMode; byTeam: Record<string, SlackReplyMode> };
}

export type SlackReplyMode = "private" | "channel";

/** The reply mode of slash commands in one Slack workspace. */
export function slackReplyMode(config: PresentationConfig["slackCommandReplies"], team: string | undefined): SlackReplyMode {
  return (team && config.byTeam[team]) || config.mode;
}

/** COMMAND_PREFIX, DIGEST_MANAGERS, ADMIN_USERS, LIMITED_DISTRIBUTION_CHANNELS. */
export interface AccessConfig {
  /** Put before every command name in Slack and Teams ("uncac-" makes /uncac-agenda); "" by default. */
  commandPrefix: string;
  /** Who may change a channel's digest; "channel-managers" by default. */
  digestManagers: "anyone" | "channel-managers" | "admins";
  /** Platform user ids (Slack U…, Teams Entra object ids) who may always change digests. */
  adminUsers: string[];
  /** Conversations where documents of limited distribution ("Distr.: Limited") may be quoted. */
  limitedDistributionChannels: string[];
}

/** Raised when the environment is invalid; `message` lists every bad variable and its fix. */
export class ConfigError extends Error {
  readonly code = "config_invalid";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads and validates the environment (defaults to `process.env`).
 * @throws ConfigError naming each bad variable and how to fix it.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push("SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN when Slack runs over HTTP (set it, or set SLACK_APP_TOKEN for Socket Mode)");
  }
  if ((e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) && !e.SLACK_BOT_TOKEN) {
    problems.push("SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set (Slack app settings > OAuth & Permissions)");
  }
  if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD && e.MICROSOFT_APP_TYPE !== "UserAssignedMSI") {
    problems.push("MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (Azure Bot > Configuration > Manage password)");
  }
  if (e.AZURE_OPENAI_API_KEY && (!e.AZURE_OPENAI_ENDPOINT || !e.AZURE_OPENAI_DEPLOYMENT)) {
    problems.push("AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT: both required with AZURE_OPENAI_API_KEY");
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(cwd, e.DATA_DIR ?? "data");
  const documentsDirs = e.DOCUMENTS_DIR ? e.DOCUMENTS_DIR.split(":").filter(Boolean).map((d) => resolve(cwd, d)) : [resolve(dataDir, "documents")];
  const timeoutMs = e.OPENAI_TIMEOUT_MS ? Number(e.OPENAI_TIMEOUT_MS) : 8000;
  let llm: LlmConfig | undefined;
  if (e.AZURE_OPENAI_API_KEY) {
    llm = {
      provider: "azure",
      apiKey: e.AZURE_OPENAI_API_KEY,
      model: e.AZURE_OPENAI_DEPLOYMENT!,
      azureEndpoint: e.AZURE_OPENAI_ENDPOINT,
      azureDeployment: e.AZURE_OPENAI_DEPLOYMENT,
      apiVersion: e.OPENAI_API_VERSION ?? "2024-10-21",
      timeoutMs,
    };
  } else if (e.OPENAI_API_KEY || e.OPENAI_BASE_URL) {
    llm = {
      provider: "openai",
      // Local OpenAI-compatible servers often need no key; the client still wants a string.
      apiKey: e.OPENAI_API_KEY ?? "not-needed",
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? "gpt-4o-mini",
      timeoutMs,
    };
  }

  return {
    port: e.PORT ? Number(e.PORT) : 3978,
    dataDir,
    documentsDir: documentsDirs[0],
    documentsDirs,
    glossaryDir: resolve(dataDir, "terms"),
    cacheDir: resolve(cwd, e.CACHE_DIR ?? ".cache"),
    dbFile: resolve(cwd, e.DB_FILE ?? resolve(dataDir, "db.json")),
    databaseUrl: e.DATABASE_URL,
    timeZone: e.TZ ?? "Europe/Vienna",
    logLevel: (e.LOG_LEVEL ?? "info") as AppConfig["logLevel"],
    logLevelSet: e.LOG_LEVEL !== undefined,
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL }
      : undefined,
    teams: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE ?? (e.MICROSOFT_APP_TENANT_ID ? "SingleTenant" : "MultiTenant"),
      allowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED === "1",
    },
    llm,
    answering: {
      threads: e.ANSWER_THREADS !== undefined ? Number(e.ANSWER_THREADS) : Math.max(1, availableParallelism() - 1),
      queueMax: e.ANSWER_QUEUE_MAX !== undefined ? Number(e.ANSWER_QUEUE_MAX) : 1000,
    },
    access: {
      commandPrefix: e.COMMAND_PREFIX ?? "",
      digestManagers: (e.DIGEST_MANAGERS ?? "channel-managers") as AccessConfig["digestManagers"],
      adminUsers: list(e.ADMIN_USERS),
      limitedDistributionChannels: list(e.LIMITED_DISTRIBUTION_CHANNELS),
    },
    presentation: {
      officialDocumentsUrl: e.OFFICIAL_DOCUMENTS_URL ?? DEFAULT_OFFICIAL_DOCUMENTS_URL,
      slackCommandReplies: teamReplies(e.SLACK_COMMAND_REPLIES),
    },
  };
}

const TEAM_REPLY = /^[A-Z0-9]+:(private|channel)$/;

/** "private,T0123:channel" (the default mode first, then workspace exceptions) or exceptions alone. */
function isTeamReplies(value: string): boolean {
  const parts = value.split(",").map((p) => p.trim());
  const rest = /^(private|channel)$/.test(parts[0]) ? parts.slice(1) : parts;
  return rest.length > 0 && rest.every((p) => TEAM_REPLY.test(p));
}

function teamReplies(value: string | undefined): PresentationConfig["slackCommandReplies"] {
  const parts = list(value);
  const mode = (parts[0] === "channel" || parts[0] === "private" ? parts.shift() : "private") as SlackReplyMode;
  const byTeam = Object.fromEntries(parts.map((p) => p.split(":") as [string, SlackReplyMode]));
  return { mode, byTeam };
}

function list(value: string | undefined): string[] {
  return value ? value.split(",").map((v) => v.trim()) : [];
}
