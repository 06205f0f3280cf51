/**
 * The running app (compiled, as `npm start` runs it: real Bolt dispatch, the Teams endpoint, a
 * real lowdb file, answers on worker threads) under hostile and broken traffic: bodies of the
 * wrong shape, very long text, replays, retries, future timestamps and a restart.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BOT_USER_ID, eventBody, sendSigned, sign, slashCommandBody, startFakeSlackApi, startResponseUrlServer, TEAM_ID, waitFor, type FakeSlackApi, type ResponseUrlServer } from "../adapters/slack/fake-slack.js";
import { fixture, startCapture, type CaptureServer } from "../adapters/teams/helpers.js";
import { startApp, type RunningApp } from "./running-app.js";

const SECRET = "hostile-traffic-signing-secret";
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

describe("the running app under hostile traffic", () => {
  let api: FakeSlackApi;
  let responses: ResponseUrlServer;
  let connector: CaptureServer;
  let app: RunningApp;
  const tmp = mkdtempSync(join(tmpdir(), "hostile-"));
  const env = () => ({
    SLACK_BOT_TOKEN: "xoxb-hostile",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: api.url,
    DB_FILE: join(tmp, "db.json"),
    CACHE_DIR: join(tmp, "cache"),
    ANSWER_THREADS: "1",
  });
  const url = () => `http://127.0.0.1:${app.port}/slack/events`;
  const send = (body: string, type: string, o: { timestamp?: number; signature?: string } = {}) => sendSigned(url(), body, type, { secret: SECRET, ...o });
  const healthy = () => fetch(`http://127.0.0.1:${app.port}/healthz`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status);
  const postsTo = (channel: string) => api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);
  const now = () => Math.floor(Date.now() / 1000);
  const dm = (eventId: string, channel: string, text: string, ts: string) =>
    eventBody(eventId, { type: "message", channel_type: "im", user: "U0000001", text, ts, channel, team: TEAM_ID });

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlServer();
    connector = await startCapture();
    // The bundled documents' index, built once for the run (test/fixtures/index-templates.ts): the
    // app loads it as a restarted server does instead of building it at its first start.
    cpSync(inject("indexTemplates").bundled, join(tmp, "cache"), { recursive: true });
    app = await startApp({ env: env(), compiled: true });
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await api?.close();
    await responses?.close();
    await connector?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("answers signed bodies of the wrong shape with a 400 and a code, and keeps running", async () => {
    const cases: [string, string][] = [
      ["null", JSON_TYPE],
      ["[]", JSON_TYPE],
      ['"text"', JSON_TYPE],
      ['{"type":"event_callback","event_id":"Ev1"}', JSON_TYPE],
      ['{"type":"event_callback","event_id":"Ev1","event":null}', JSON_TYPE],
      ["payload=null", FORM],
      ["payload=%7B%22type%22%3A1%7D", FORM],
      ["payload=%7B%22type%22%3A%22block_actions%22%7D", FORM],
      ["command=%2Fagenda", FORM],
      ["", FORM],
    ];
    for (const [body, type] of cases) {
      const res = await send(body, type);
      expect(res.status, body).toBe(400);
      expect(JSON.parse(res.body).error, body).toBe("bad_shape");
    }
    expect((await send("{not json", JSON_TYPE)).status).toBe(400);
    expect(JSON.parse((await send("payload=%7Bnot", FORM)).body).error).toBe("invalid_json");
    expect(await healthy()).toBe(200);
    expect(app.child.exitCode).toBeNull();
    // Slack's certificate check is unsigned and gets a plain 200, nothing more.
    const ssl = await fetch(url(), { method: "POST", headers: { "content-type": FORM }, body: "ssl_check=1&token=x" });
    expect(ssl.status).toBe(200);
  });

  it("refuses signed requests dated ten minutes or a day in the future", async () => {
    for (const ahead of [600, 86_400]) {
      const res = await send(slashCommandBody("/agenda", "15", responses.url(`future-${ahead}`)), FORM, { timestamp: now() + ahead });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).error).toBe("timestamp_future");
    }
    const ok = await send(slashCommandBody("/agenda", "15", responses.url("skew")), FORM, { timestamp: now() + 20 });
    expect(ok.status).toBe(200);
    await waitFor(() => responses.messages("skew").length > 0, "an answer to a request within the allowed skew", 30_000);
    expect(responses.messages("future-600")).toEqual([]);
  });

  it("answers a correctly signed slash command replayed three times only once", async () => {
    const body = slashCommandBody("/agenda", "15", responses.url("replay"));
    const ts = now();
    const signature = sign(SECRET, body, ts);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(body, FORM, { timestamp: ts, signature })).status);
    expect(statuses).toEqual([200, 200, 200]);
    // A later command is answered; by then a second answer to the replays would have arrived too.
    // Answers run in parallel: the later one may come first, so wait for both.
    await send(slashCommandBody("/agenda", "16", responses.url("after-replay")), FORM);
    await waitFor(() => responses.messages("after-replay").length > 0 && responses.messages("replay").length > 0, "both answers", 30_000);
    expect(responses.messages("replay")).toHaveLength(1);
  });

  it("answers a slash command Slack re-sends four times (same trigger id, signed anew) once", async () => {
    const body = slashCommandBody("/agenda", "15", responses.url("resent"), { trigger_id: "9.9.resent" });
    for (let i = 0; i < 4; i++) expect((await send(body, FORM, { timestamp: now() - i })).status).toBe(200);
    await send(slashCommandBody("/agenda", "16", responses.url("after-resent")), FORM);
    // Answers run in parallel: the next command's answer may come first, so wait for both.
    await waitFor(() => responses.messages("after-resent").length > 0 && responses.messages("resent").length > 0, "both answers", 30_000);
    expect(responses.messages("resent")).toHaveLength(1);
  });

  it("cuts a 160,000-character message to Slack's limit and answers it once and briefly, never echoing it, while the health check answers", async () => {
    const question = "what is on the agenda of the meeting ".repeat(4_400).slice(0, 160_000);
    const sent = send(dm("Ev-long", "D0000160", question, "1700000500.000100"), JSON_TYPE);
    expect(await healthy()).toBe(200);
    expect((await sent).status).toBe(200);
    const [post] = await waitFor(() => postsTo("D0000160").length > 0 && postsTo("D0000160"), "the answer to the long message", 30_000);
    expect(await healthy()).toBe(200);
    const text = String(post.params.text);
    expect(text.length).toBeLessThan(1_000);
    expect(text).not.toContain(question.slice(0, 100));
    expect(postsTo("D0000160")).toHaveLength(1);
  });

  it("answers a 999,000-character Teams message with one short reply", async () => {
    const activity = fixture("personal-message");
    activity.serviceUrl = `${connector.url}/`;
    activity.conversation.id = "a:long-message";
    activity.text = "x".repeat(999_000);
    const res = await fetch(`http://127.0.0.1:${app.port}/api/messages`, { method: "POST", headers: { "content-type": JSON_TYPE }, body: JSON.stringify(activity) });
    expect(res.status).toBeLessThan(300);
    await connector.waitFor(1, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    const replies = connector.calls.filter((c) => c.path.includes("a:long-message") && c.body?.type === "message");
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0].body).length).toBeLessThan(10_000);
    expect(JSON.stringify(replies[0].body)).not.toContain("x".repeat(100));
  });

  it("remembers answered events across a restart: Slack's retry after the restart is not answered again", async () => {
    const body = dm("Ev-restart", "D0000777", "agenda 15", "1700000600.000100");
    await send(body, JSON_TYPE);
    await waitFor(() => postsTo("D0000777").length > 0, "the first answer", 30_000);
    await app.stop();
    app = await startApp({ env: { ...env(), PORT: String(app.port) }, compiled: true });
    // Slack's retry: the same event, signed anew.
    expect((await send(body, JSON_TYPE, { timestamp: now() + 1 })).status).toBe(200);
    await send(dm("Ev-after-restart", "D0000778", "agenda 16", "1700000601.000100"), JSON_TYPE);
    await waitFor(() => postsTo("D0000778").length > 0, "the next answer", 30_000);
    expect(postsTo("D0000777")).toHaveLength(1);
  }, 120_000);

  it("acknowledges a slash command while the database file cannot be written, and answers it once after a crash, from the request journal", async () => {
    // lowdb writes the file through this temporary file: as a named pipe nobody reads, every write of the file hangs.
    const held = join(tmp, ".db.json.tmp");
    // A write still in flight (the answers of the tests before) holds the name until it renames the file.
    await waitFor(() => {
      try {
        execFileSync("mkfifo", [held], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    }, "the database file's temporary name free for the pipe", 10_000);
    try {
      const res = await send(slashCommandBody("/agenda", "15", responses.url("held-write")), FORM);
      expect(res.status).toBe(200);
      const exited = new Promise((r) => app.child.once("exit", r));
      app.child.kill("SIGKILL");
      await exited;
    } finally {
      rmSync(held, { force: true });
    }
    app = await startApp({ env: { ...env(), PORT: String(app.port) }, compiled: true });
    await waitFor(() => responses.messages("held-write").length > 0, "the answer after the restart", 30_000);
    expect(responses.messages("held-write")).toHaveLength(1);
    expect(String(responses.messages("held-write")[0].text)).toMatch(/15/);
  }, 120_000);
});
