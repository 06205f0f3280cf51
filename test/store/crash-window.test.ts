/**
 * The real app (`npm start`) killed with SIGKILL between posting and recording what it posted:
 * a digest, two answers to mentions and an answer to a slash command are each on their way to
 * Slack when the process dies. The process started next on the same store (restarted in place on
 * lowdb; another replica on PostgreSQL) reads Slack back and posts only what did not arrive, and
 * sends nothing again through a response_url, which cannot be read back.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresStore, createStore, type Store } from "../../src/store/index.js";
import { silentLogger } from "../../src/core/log.js";
import { postgresAvailability, startPostgres, type TestPostgres } from "../fixtures/postgres-server.js";
import { commandBody, prepareDataDir, SIGNING_SECRET, startReplica, startResponseRecorder, type DataDir, type Replica, type ReplicaEnv, type ResponseRecorder } from "../fixtures/replicas.js";
import { BOT_USER_ID, eventBody, sendSigned, startFakeSlackApi, TEAM_ID, waitFor, type FakeSlackApi, type StoredMessage } from "../adapters/slack/fake-slack.js";

const availability = postgresAvailability();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Kind {
  name: string;
  skipReason?: string;
  /** The store environment of the replicas, and a way to open the store from the test. */
  prepare(dir: string): Promise<{ env: Pick<ReplicaEnv, "dbFile" | "databaseUrl">; open(): Promise<Store> }>;
  stop(): Promise<void>;
}

let postgres: TestPostgres | undefined;
const kinds: Kind[] = [
  {
    name: "lowdb, restarted in place",
    async prepare(dir) {
      const file = join(dir, "db.json");
      return { env: { dbFile: file }, open: () => createStore({ file, logger: silentLogger }) };
    },
    stop: async () => undefined,
  },
  {
    name: "PostgreSQL, taken over by another replica",
    skipReason: availability.available ? undefined : availability.reason,
    async prepare() {
      postgres ??= await startPostgres();
      const url = await postgres.createDatabase();
      return { env: { databaseUrl: url }, open: () => createPostgresStore({ url, logger: silentLogger }) };
    },
    async stop() {
      await postgres?.stop();
      postgres = undefined;
    },
  },
];

/** The delivery key and part of each of the app's messages in `channel`. */
const partsIn = (api: FakeSlackApi, channel: string) =>
  api.messages.filter((m) => m.channel === channel && m.bot_id).map((m) => `${String(m.metadata?.event_payload.key)}#${String(m.metadata?.event_payload.part)}`);

for (const kind of kinds) {
  const title = kind.skipReason ? `a process killed between posting and recording it (${kind.name}; skipped: ${kind.skipReason})` : `a process killed between posting and recording it (${kind.name})`;
  if (kind.skipReason) console.warn(`Crash-window test on ${kind.name} skipped: ${kind.skipReason}`);

  // The two kinds side by side: each waits mostly on its app processes and on Slack's moments.
  (kind.skipReason !== undefined ? describe.skip : describe.concurrent)(title, () => {
    let api: FakeSlackApi;
    let responses: ResponseRecorder;
    let data: DataDir;
    const running: Replica[] = [];

    beforeAll(async () => {
      [api, responses, data] = await Promise.all([startFakeSlackApi(), startResponseRecorder(), prepareDataDir()]);
    }, 120_000);
    afterAll(async () => {
      await Promise.all(running.map((r) => r.stop("SIGKILL")));
      await api?.close();
      await responses?.close();
      await kind.stop();
      data?.cleanup();
    }, 60_000);

    it("posts nothing twice and loses nothing: the next process reads Slack back and posts only what did not arrive, and resends nothing through a response_url", async () => {
      const { env: storeEnv, open } = await kind.prepare(data.dataDir);
      const env: ReplicaEnv = { dataDir: data.dataDir, cacheDir: data.cacheDir, slackApiUrl: api.url, ...storeEnv };
      const seed = await open();
      const sub = await seed.subscribe({ conversation: { platform: "slack", id: "CDIGEST" }, body: "wg-prevention", time: "00:00", timeZone: "UTC", daysBefore: 5 });
      await seed.close();

      // The first process posts the digest at start-up; Slack keeps it, the process never hears back.
      const digestHeld = api.hold("chat.postMessage", (p) => p.channel === "CDIGEST");
      const first = await startReplica(env);
      running.push(first);
      await digestHeld;

      // Two mentions: Slack keeps one answer and never gets the other; and a slash command.
      const mention = (channel: string, ts: string, id: string) => {
        const root: StoredMessage = { channel, ts, text: `<@${BOT_USER_ID}> agenda 16`, user: "U0000001" };
        api.addMessage(root);
        const body = eventBody(id, { type: "app_mention", channel, user: "U0000001", text: root.text, ts, team: TEAM_ID });
        return sendSigned(`${first.url}/slack/events`, body, "application/json", { secret: SIGNING_SECRET });
      };
      const kept = api.hold("chat.postMessage", (p) => p.channel === "CKEPT");
      const lost = api.hold("chat.postMessage", (p) => p.channel === "CLOST", { keep: false });
      const commandHeld = responses.hold("cmd");
      const acks = await Promise.all([
        mention("CKEPT", "1700002000.000100", "Ev-crash-kept"),
        mention("CLOST", "1700002001.000100", "Ev-crash-lost"),
        sendSigned(`${first.url}/slack/events`, commandBody("/agenda", "16", responses.url("cmd"), "CCMD", `crash.${Date.now()}`), "application/x-www-form-urlencoded", { secret: SIGNING_SECRET }),
      ]);
      expect(acks.map((a) => a.status)).toEqual([200, 200, 200]);
      await Promise.all([kept, lost, commandHeld]);
      await first.stop("SIGKILL");
      api.releaseHolds();

      const second = await startReplica(env);
      running.push(second);
      await waitFor(() => partsIn(api, "CLOST").length > 0, "the answer that never reached Slack, posted by the next process", 60_000);
      await waitFor(() => second.output.some((l) => l.includes("not sent again")), "the next process leaving the response_url alone", 30_000);
      // Duplicates would arrive within moments of the next process's start; give them the chance.
      await sleep(3000);

      for (const channel of ["CDIGEST", "CKEPT", "CLOST"]) {
        const parts = partsIn(api, channel);
        expect(parts.length, channel).toBeGreaterThan(0);
        expect(new Set(parts).size, `${channel}: ${parts.join(", ")}`).toBe(parts.length);
      }
      expect(partsIn(api, "CKEPT")).toEqual(["Ev-crash-kept#0"]);
      expect(partsIn(api, "CLOST")).toEqual(["Ev-crash-lost#0"]);
      expect(partsIn(api, "CDIGEST")[0]).toBe(`digest:${sub.id}:${new Date().toISOString().slice(0, 10)}#0`);
      expect(responses.messages("cmd")).toHaveLength(1);
      // The next process looked in Slack before posting: the threads and the channel's history.
      expect(api.callsTo("conversations.replies").map((c) => c.params.channel).sort()).toEqual(["CKEPT", "CLOST"]);
      expect(api.callsTo("conversations.history").map((c) => c.params.channel)).toEqual(["CDIGEST"]);

      await second.stop("SIGTERM");
      const store = await open();
      expect(await store.digestEntry(sub.id, new Date().toISOString().slice(0, 10))).toMatchObject({ status: "sent", attempts: 2 });
      await store.close();
    }, 240_000);
  });
}
