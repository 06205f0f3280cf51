/**
 * The Store contract's request memory, as every Store implementation must keep it. Run against a
 * real store by each implementation's test file: `describeRequestMemory("lowdb", open)`.
 */
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.js";

/** Opens a store on a fresh database at each call with `fresh`, or reopens the same one. */
export type OpenStore = (opts: { fresh: boolean; now: () => Date }) => Promise<Store>;

export function describeRequestMemory(name: string, open: OpenStore): void {
  describe(`${name}: remembering requests (replays and retries answered once)`, () => {
    let clock = new Date("2024-09-02T06:00:00Z");
    const now = () => clock;
    const later = (ms: number) => new Date(clock.getTime() + ms);

    it("claims a request id once; a second claim of the same id is refused", async () => {
      const store = await open({ fresh: true, now });
      expect(await store.claimRequest("evt:1", later(60_000))).toBe(true);
      expect(await store.claimRequest("evt:1", later(60_000))).toBe(false);
      expect(await store.claimRequest("evt:2", later(60_000))).toBe(true);
      await store.close();
    });

    it("lets only one of many simultaneous claims of one id win", async () => {
      const store = await open({ fresh: true, now });
      const results = await Promise.all(Array.from({ length: 10 }, () => store.claimRequest("evt:race", later(60_000))));
      expect(results.filter(Boolean)).toHaveLength(1);
      await store.close();
    });

    it("remembers a claimed id across a close and a reopen (a restart answers a retry no more)", async () => {
      const first = await open({ fresh: true, now });
      await first.claimRequest("sig:abc", later(300_000));
      await first.close();
      const second = await open({ fresh: false, now });
      expect(await second.claimRequest("sig:abc", later(300_000))).toBe(false);
      await second.close();
    });

    it("forgets an id once it has expired", async () => {
      const store = await open({ fresh: true, now });
      await store.claimRequest("evt:old", later(1_000));
      clock = later(2_000);
      expect(await store.claimRequest("evt:old", later(1_000))).toBe(true);
      await store.close();
    });

    it("keeps a claimed payload pending until settled, across a reopen", async () => {
      const first = await open({ fresh: true, now });
      await first.claimRequest("cmd:1", later(600_000), { command: "/digest", text: "subscribe prevention" });
      await first.claimRequest("cmd:2", later(600_000), { command: "/agenda", text: "15" });
      await first.claimRequest("evt:3", later(600_000));
      await first.settleRequest("cmd:2");
      await first.close();
      const second = await open({ fresh: false, now });
      const pending = await second.pendingRequests();
      expect(pending).toEqual([{ key: "cmd:1", claimedAt: clock.toISOString(), payload: { command: "/digest", text: "subscribe prevention" } }]);
      await second.settleRequest("cmd:1");
      expect(await second.pendingRequests()).toEqual([]);
      expect(await second.claimRequest("cmd:1", later(600_000))).toBe(false);
      await second.close();
    });
  });
}
