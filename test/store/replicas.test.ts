/**
 * Three app processes (the real `npm start`) on one PostgreSQL database, behind a simulated load
 * balancer, in front of a local fake Slack: every command answered exactly once though Slack
 * retries each on another replica, nothing lost when a replica is killed mid-run, every
 * subscription's digest posted exactly once, and /healthz and the replies honest while the
 * database is down.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { postgresAvailability, startPostgres, type TestPostgres } from "../fixtures/postgres-server.js";
import { commandBody, deliverCommand, prepareDataDir, startReplicas, startResponseRecorder, type DataDir, type Replica, type ReplicaEnv, type ResponseRecorder } from "../fixtures/replicas.js";
import { startFakeSlackApi, waitFor, type FakeSlackApi } from "../adapters/slack/fake-slack.js";

const availability = postgresAvailability();
if (!availability.available) console.warn(`Replica tests skipped: ${availability.reason}`);
const title = availability.available ? "three replicas on one PostgreSQL database" : `three replicas on one PostgreSQL database (skipped: ${availability.reason})`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!availability.available)(title, () => {
  let server: TestPostgres;
  let api: FakeSlackApi;
  let responses: ResponseRecorder;
  let data: DataDir;
  let env: ReplicaEnv;
  let databaseUrl: string;
  const running: Replica[] = [];

  const sql = async <R extends pg.QueryResultRow>(text: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query<R>(text)).rows;
    } finally {
      await client.end();
    }
  };
  const start = async (n: number) => {
    const started = await startReplicas(n, env);
    running.push(...started);
    return started;
  };

  beforeAll(async () => {
    [server, api, responses, data] = await Promise.all([startPostgres(), startFakeSlackApi(), startResponseRecorder(), prepareDataDir()]);
    databaseUrl = await server.createDatabase();
    env = { dataDir: data.dataDir, cacheDir: data.cacheDir, slackApiUrl: api.url, databaseUrl };
  }, 120_000);

  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop("SIGKILL")));
    await server?.stop();
    await api?.close();
    await responses?.close();
    data?.cleanup();
  }, 60_000);

  it("answers 50 commands, each retried by Slack on another replica, exactly once, losing none when a replica is killed mid-run; then posts each subscription's digest exactly once", async () => {
    const replicas = await start(3);
    const subscribeChannels = Array.from({ length: 10 }, (_, i) => `CSUB${i}`);
    const commands = Array.from({ length: 50 }, (_, i) =>
      i < subscribeChannels.length
        ? { id: `c${i}`, command: "/digest", text: "subscribe wg-prevention at 00:00 UTC 5", channel: subscribeChannels[i] }
        : { id: `c${i}`, command: "/agenda", text: "16", channel: `CASK${i}` },
    );
    const send = (i: number) => {
      const c = commands[i];
      return deliverCommand(replicas, i % 3, commandBody(c.command, c.text, responses.url(c.id), c.channel, `${i}.${Date.now()}.trigger`), { alsoRetry: true, retryDelayMs: i % 4 === 0 ? 0 : 30 });
    };
    // The first 30, spread over the three replicas and 300 ms.
    const firstWave = commands.slice(0, 30).map(async (_, i) => {
      await sleep(i * 10);
      return send(i);
    });
    // Then replica 2 is killed, at a moment when no answer is being posted: typically while the
    // replicas are working answers out. (A replica killed between posting an answer and recording
    // it is test/store/crash-window.test.ts: what went through a response_url is not sent again.)
    await sleep(200);
    await responses.quiet(10);
    await replicas[2].stop("SIGKILL");
    const answeredAtKill = commands.filter((c) => responses.messages(c.id).length > 0).length;
    // The last 20 still go to all three: the balancer fails those for replica 2 over to the others.
    const secondWave = commands.slice(30).map(async (_, k) => {
      await sleep(k * 10);
      return send(30 + k);
    });
    const deliveries = (await Promise.all([...firstWave, ...secondWave])).flat();
    expect(answeredAtKill).toBeLessThan(50);
    expect(deliveries.filter((d) => d.replica === 2 && d.status === "failed").length).toBeGreaterThan(0);
    expect(deliveries.length).toBeGreaterThanOrEqual(100);
    await waitFor(() => commands.every((c) => responses.messages(c.id).length > 0), "a reply to every command", 60_000);
    // Late duplicates would arrive within moments; give them the chance.
    await sleep(2000);
    const counts = Object.fromEntries(commands.map((c) => [c.id, responses.messages(c.id).length]));
    expect(counts).toEqual(Object.fromEntries(commands.map((c) => [c.id, 1])));
    for (const c of commands.slice(0, 10)) expect(String(responses.messages(c.id)[0].text)).toContain("daily digest");
    for (const c of commands.slice(10)) expect(String(responses.messages(c.id)[0].text)).toMatch(/16th meeting|Sixteenth meeting/i);
    expect((await sql<{ n: string }>("SELECT count(*) AS n FROM subscriptions"))[0].n).toBe("10");

    // Digest time: the survivors stop, three replicas start and race through their first tick.
    await Promise.all(replicas.map((r) => r.stop("SIGTERM")));
    await start(3);
    const postsTo = (channel: string) => api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);
    await waitFor(() => subscribeChannels.every((ch) => postsTo(ch).length > 0), "a digest in every subscribed channel", 60_000);
    await sleep(2000);
    expect(Object.fromEntries(subscribeChannels.map((ch) => [ch, postsTo(ch).length]))).toEqual(Object.fromEntries(subscribeChannels.map((ch) => [ch, 1])));
    expect(String(postsTo("CSUB0")[0].params.text)).toMatch(/daily digest/);
    const log = await sql<{ status: string; attempts: number }>("SELECT status, attempts FROM digest_log");
    expect(log).toHaveLength(10);
    expect(log.every((e) => e.status === "sent" && e.attempts === 1)).toBe(true);
  }, 240_000);

  it("reports the store on /healthz, answers 503 while the database is down and says to try again shortly", async () => {
    const [replica] = running.filter((r) => r.alive).length ? running.filter((r) => r.alive) : await start(1);
    const health = async () => {
      const res = await fetch(`${replica.url}/healthz`);
      return { status: res.status, body: (await res.json()) as { status: string; store: { kind: string; ok: boolean } } };
    };
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", store: { kind: "postgres", ok: true } } });
    await server.pause();
    try {
      expect(await health()).toMatchObject({ status: 503, body: { status: "unavailable", store: { kind: "postgres", ok: false } } });
      await deliverCommand([replica], 0, commandBody("/digest", "subscribe wg-prevention", responses.url("down"), "CDOWN", `down.${Date.now()}`));
      const [reply] = await waitFor(() => responses.messages("down").length > 0 && responses.messages("down"), "the reply while the database is down", 20_000);
      expect(reply).toMatchObject({ response_type: "ephemeral" });
      expect(String(reply.text)).toContain("try again shortly");
    } finally {
      await server.start();
    }
    await waitFor(async () => (await health()).status === 200, "healthy again after the database is back", 20_000);
  }, 60_000);
});
