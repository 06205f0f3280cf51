/** The lowdb store honours the Store contract, with a real database file. */
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { silentLogger } from "../../src/core/log.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { storeContract } from "./thread-feedback-contract.js";
import { tempDir } from "./fixtures/helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("contract-"));
});
afterAll(async () => cleanup());

storeContract("lowdb", {
  open: () => createStore({ file: join(dir, `db-${++n}.json`), logger: silentLogger }),
  async reopen(store) {
    const file = (store as LowdbStore).file;
    await store.close();
    return createStore({ file, logger: silentLogger });
  },
});
