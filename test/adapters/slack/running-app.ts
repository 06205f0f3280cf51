/** The Slack adapter running on the shared HTTP server on 127.0.0.1, for tests over real HTTP. */
import { silentLogger } from "../../../src/core/log.js";
import { createHttpServer } from "../../../src/server/http.js";
import { createSlackAdapter, type SlackAdapterConfig } from "../../../src/adapters/slack/index.js";
import { sendSigned } from "./fake-slack.js";

export const TEST_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export interface RunningSlackApp {
  /** POST /slack/events on the running server. */
  url: string;
  /** Sends a body signed with the test secret, as Slack does. */
  send(body: string, contentType?: string): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

/** Starts the adapter against the fake Web API at `apiUrl`. */
export async function startSlackApp(apiUrl: string, config: Omit<SlackAdapterConfig, "slack">): Promise<RunningSlackApp> {
  const adapter = createSlackAdapter({ logger: silentLogger, ...config, slack: { botToken: "xoxb-test-token", signingSecret: TEST_SECRET, apiUrl } });
  const server = createHttpServer(adapter.routes);
  await adapter.start();
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/slack/events`;
  return {
    url,
    send: (body, contentType = "application/json") => sendSigned(url, body, contentType, { secret: TEST_SECRET }),
    async stop() {
      await adapter.stop();
      await server.close();
    },
  };
}
