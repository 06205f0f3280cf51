/** loadConfig: the one reader of the environment. Bad values stop start-up naming the variable and the fix. */
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { ConfigError, loadConfig } from "../../src/core/config.js";

const cwd = "/srv/assistant";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, cwd);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).code).toBe("config_invalid");
    return (e as ConfigError).problems;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe("loadConfig rejects bad values, naming the variable and the fix", () => {
  it.each([
    [{ PORT: "abc" }, "PORT", "e.g. PORT=3978"],
    [{ PORT: "70000" }, "PORT", "between 0 and 65535"],
    [{ SLACK_BOT_TOKEN: "abc", SLACK_SIGNING_SECRET: "s" }, "SLACK_BOT_TOKEN", "starting with xoxb-"],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "abc" }, "SLACK_APP_TOKEN", "starting with xapp-"],
    [{ TZ: "Mars/Base" }, "TZ", "IANA time zone such as Europe/Vienna"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET", "set SLACK_APP_TOKEN for Socket Mode"],
    [{ SLACK_SIGNING_SECRET: "s" }, "SLACK_BOT_TOKEN", "OAuth & Permissions"],
    [{ OPENAI_BASE_URL: "notaurl" }, "OPENAI_BASE_URL", "http(s) URL such as https://api.openai.com/v1"],
    [{ AZURE_OPENAI_API_KEY: "k" }, "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_DEPLOYMENT"],
    [{ AZURE_OPENAI_API_KEY: "k", AZURE_OPENAI_ENDPOINT: "my-resource", AZURE_OPENAI_DEPLOYMENT: "d" }, "AZURE_OPENAI_ENDPOINT", "https://my-resource.openai.azure.com"],
    [{ MICROSOFT_APP_ID: "id" }, "MICROSOFT_APP_PASSWORD", "Manage password"],
    [{ MICROSOFT_APP_TYPE: "Personal" }, "MICROSOFT_APP_TYPE", "MultiTenant, SingleTenant or UserAssignedMSI"],
    [{ OPENAI_TIMEOUT_MS: "soon" }, "OPENAI_TIMEOUT_MS", "OPENAI_TIMEOUT_MS=8000"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL", "debug, info, warn, error, silent"],
    [{ DATABASE_URL: "mysql://db/assistant" }, "DATABASE_URL", "postgres://assistant:secret@db.example.org:5432/assistant"],
  ] as const)("rejects %j", (env, variable, fix) => {
    const problems = problemsOf(env);
    const p = problems.find((x) => x.startsWith(`${variable}`));
    expect(p, problems.join("\n")).toBeDefined();
    expect(p).toContain(fix);
  });

  it("lists every bad variable at once, one per line of the message", () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: "abc", TZ: "Mars/Base", OPENAI_BASE_URL: "notaurl" }, cwd);
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems.map((p) => p.split(":")[0]).sort()).toEqual(["OPENAI_BASE_URL", "PORT", "TZ"]);
    expect(error?.message).toMatch(/^Invalid configuration:\n {2}- /);
    expect(error?.message.split("\n")).toHaveLength(4);
  });
});

describe("loadConfig defaults", () => {
  it("runs on port 3978 in Europe/Vienna with the bundled data and no platform or model", () => {
    const c = loadConfig({}, cwd);
    expect(c).toMatchObject({
      port: 3978,
      timeZone: "Europe/Vienna",
      logLevel: "info",
      dataDir: resolve(cwd, "data"),
      documentsDir: resolve(cwd, "data", "documents"),
      glossaryDir: resolve(cwd, "data", "terms"),
      cacheDir: resolve(cwd, ".cache"),
      dbFile: resolve(cwd, "data", "db.json"),
      teams: { appType: "MultiTenant" },
    });
    expect(c.slack).toBeUndefined();
    expect(c.llm).toBeUndefined();
    expect(c.databaseUrl).toBeUndefined();
  });

  it("selects PostgreSQL with a postgres:// or postgresql:// DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://assistant:pw@db:5432/assistant" }, cwd).databaseUrl).toBe("postgres://assistant:pw@db:5432/assistant");
    expect(loadConfig({ DATABASE_URL: "postgresql://db/assistant?sslmode=require" }, cwd).databaseUrl).toBe("postgresql://db/assistant?sslmode=require");
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", TZ: " ", SLACK_BOT_TOKEN: "" }, cwd)).toMatchObject({ port: 3978, timeZone: "Europe/Vienna" });
  });

  it("reads valid values", () => {
    const c = loadConfig({ PORT: "0", TZ: "Asia/Shanghai", DATA_DIR: "/data", DB_FILE: "db/x.json", LOG_LEVEL: "warn" }, cwd);
    expect(c).toMatchObject({ port: 0, timeZone: "Asia/Shanghai", documentsDir: "/data/documents", dbFile: resolve(cwd, "db/x.json"), logLevel: "warn" });
  });

  it("accepts Slack over HTTP with a signing secret, and Socket Mode with an app token", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }, cwd).slack).toEqual({ botToken: "xoxb-1", signingSecret: "s", appToken: undefined, apiUrl: undefined });
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }, cwd).slack).toMatchObject({ botToken: "xoxb-1", appToken: "xapp-1" });
  });

  it("makes a Teams app with a tenant single-tenant unless told otherwise", () => {
    expect(loadConfig({ MICROSOFT_APP_ID: "id", MICROSOFT_APP_PASSWORD: "pw", MICROSOFT_APP_TENANT_ID: "t" }, cwd).teams).toEqual({ appId: "id", appPassword: "pw", tenantId: "t", appType: "SingleTenant", allowUnauthenticated: false });
    expect(loadConfig({ MICROSOFT_APP_ID: "id", MICROSOFT_APP_TYPE: "UserAssignedMSI" }, cwd).teams.appType).toBe("UserAssignedMSI");
  });
});

describe("loadConfig for answering and the Teams endpoint", () => {
  it("reads worker threads, the queue bound and the Teams opt-in, naming a bad value's variable", () => {
    const c = loadConfig({ ANSWER_THREADS: "3", ANSWER_QUEUE_MAX: "50", TEAMS_ALLOW_UNAUTHENTICATED: "1" }, cwd);
    expect(c.answering).toEqual({ threads: 3, queueMax: 50 });
    expect(c.teams.allowUnauthenticated).toBe(true);
    expect(loadConfig({}, cwd).answering.threads).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ ANSWER_THREADS: "many" }, cwd)).toThrow(/ANSWER_THREADS/);
    expect(() => loadConfig({ ANSWER_QUEUE_MAX: "0" }, cwd)).toThrow(/ANSWER_QUEUE_MAX/);
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "yes" }, cwd)).toThrow(/TEAMS_ALLOW_UNAUTHENTICATED/);
  });
});

describe("loadConfig picks the model endpoint", () => {
  it("uses OpenAI with gpt-4o-mini and an 8 s budget when only OPENAI_API_KEY is set", () => {
    expect(loadConfig({ OPENAI_API_KEY: "sk-1" }, cwd).llm).toEqual({ provider: "openai", apiKey: "sk-1", baseURL: undefined, model: "gpt-4o-mini", timeoutMs: 8000 });
  });

  it("uses an OpenAI-compatible server at OPENAI_BASE_URL without a key", () => {
    expect(loadConfig({ OPENAI_BASE_URL: "http://127.0.0.1:8080/v1", OPENAI_MODEL: "local", OPENAI_TIMEOUT_MS: "2000" }, cwd).llm).toMatchObject({
      provider: "openai",
      baseURL: "http://127.0.0.1:8080/v1",
      model: "local",
      timeoutMs: 2000,
      apiKey: "not-needed",
    });
  });

  it("uses Azure OpenAI with the deployment as model and a default API version", () => {
    const azure = { AZURE_OPENAI_API_KEY: "az", AZURE_OPENAI_ENDPOINT: "https://r.openai.azure.com", AZURE_OPENAI_DEPLOYMENT: "gpt4o" };
    expect(loadConfig(azure, cwd).llm).toEqual({
      provider: "azure",
      apiKey: "az",
      model: "gpt4o",
      azureEndpoint: "https://r.openai.azure.com",
      azureDeployment: "gpt4o",
      apiVersion: "2024-10-21",
      timeoutMs: 8000,
    });
    expect(loadConfig({ ...azure, OPENAI_API_VERSION: "2025-01-01" }, cwd).llm?.apiVersion).toBe("2025-01-01");
  });

  it("prefers Azure when both Azure and OpenAI are configured", () => {
    const c = loadConfig({ OPENAI_API_KEY: "sk-1", AZURE_OPENAI_API_KEY: "az", AZURE_OPENAI_ENDPOINT: "https://r.openai.azure.com", AZURE_OPENAI_DEPLOYMENT: "d" }, cwd);
    expect(c.llm?.provider).toBe("azure");
  });
});
