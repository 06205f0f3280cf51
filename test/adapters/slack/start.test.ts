/**
 * Out of process, as docs/slack.md says to run it: `npm start` with SLACK_BOT_TOKEN,
 * SLACK_SIGNING_SECRET, SLACK_API_URL and PORT set answers a signed `/agenda 15`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../server/running-app.js";
import { sendSigned, slashCommandBody, startFakeSlackApi, startResponseUrlServer, TEAM_ID, waitFor, type FakeSlackApi, type ResponseUrlServer } from "./fake-slack.js";

const SECRET = "start-test-signing-secret";
const repoRoot = new URL("../../../", import.meta.url).pathname;


const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops npm and the server under it (one process group), forcefully after 10 s. */
async function stopGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, "SIGTERM");
  await waitFor(() => !groupAlive(pgid), "npm start to stop", 10_000).catch(() => {
    if (groupAlive(pgid)) process.kill(-pgid, "SIGKILL");
  });
}

describe("npm start with Slack over HTTP", () => {
  let api: FakeSlackApi;
  let responses: ResponseUrlServer;
  let child: ChildProcess;
  let port: number;
  let output = "";
  const tmp = mkdtempSync(join(tmpdir(), "slack-start-"));

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlServer();
    port = await freePort();
    const env: NodeJS.ProcessEnv = {};
    // Only what a deployment would set: no credentials of other platforms leak in from the test runner.
    for (const k of ["PATH", "HOME", "TMPDIR", "LANG", "npm_config_cache"]) if (process.env[k]) env[k] = process.env[k];
    Object.assign(env, {
      SLACK_BOT_TOKEN: "xoxb-start-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.url,
      PORT: String(port),
      DB_FILE: join(tmp, "db.json"),
      CACHE_DIR: join(tmp, "cache"),
      TZ: "Europe/Vienna",
      LOG_LEVEL: "info",
      // Private answers everywhere but this workspace, which posts slash-command answers to the channel.
      SLACK_COMMAND_REPLIES: `private,${TEAM_ID}:channel`,
    });
    // Its own process group, so that npm and the server under it stop together.
    child = spawn("npm", ["start"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    // Ready when /slack/events rejects an unsigned request (401): the Slack app has started.
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
        const status = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body: "", signal: AbortSignal.timeout(2000) })
          .then((r) => r.status)
          .catch(() => 0);
        return status === 401;
      },
      "npm start to serve /slack/events",
      90_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n--- output ---\n${output}`);
    });
  }, 120_000);

  afterAll(async () => {
    if (child?.pid) await stopGroup(child.pid);
    await api?.close();
    await responses?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("warms its answer threads up before any question is asked", async () => {
    await waitFor(() => output.includes("answer thread warmed up"), "an answer thread to warm up with no question asked", 60_000).catch((err: Error) => {
      throw new Error(`${err.message}\n--- output ---\n${output}`);
    });
  }, 70_000);

  it("verified the bot token against SLACK_API_URL", () => {
    expect(api.callsTo("auth.test").map((c) => c.token)).toContain("xoxb-start-test");
  });

  it("answers a signed /agenda 15 POSTed from outside the process, in the channel of a workspace configured so", async () => {
    const res = await sendSigned(`http://127.0.0.1:${port}/slack/events`, slashCommandBody("/agenda", "15", responses.url("agenda")), "application/x-www-form-urlencoded", { secret: SECRET });
    expect(res.status).toBe(200);
    const [message] = await waitFor(() => responses.messages("agenda").length > 0 && responses.messages("agenda"), "the answer on response_url", 30_000);
    expect(message.response_type).toBe("in_channel");
    expect(JSON.stringify(message.blocks)).toContain("001_7da0608a8050477c");
  });
});
