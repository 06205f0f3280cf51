/** GET /healthz over real HTTP with a real lowdb store: ready only while the store answers. */
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { createHttpServer, type HttpServer } from "../../src/server/http.js";
import { createHealthRoute } from "../../src/server/health.js";
import { createStore } from "../../src/store/index.js";
import { silentLogger } from "../../src/core/log.js";
import { tempDir } from "../store/fixtures/helpers.js";

let server: HttpServer | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await server?.close();
  await cleanup?.();
});

async function serve(route: ReturnType<typeof createHealthRoute>) {
  server = createHttpServer([route]);
  const port = await server.listen(0, "127.0.0.1");
  return async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: res.status, body: await res.json() };
  };
}

describe("/healthz", () => {
  it("answers 200 with the store and the details while the store answers, 503 once it does not", async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    const store = await createStore({ file: join(t.dir, "db.json"), logger: silentLogger });
    const get = await serve(createHealthRoute({ store, details: () => ({ documents: 5 }) }));
    expect(await get()).toEqual({ status: 200, body: { status: "ok", store: { kind: "lowdb", ok: true }, documents: 5 } });
    await store.close();
    expect(await get()).toEqual({ status: 503, body: { status: "unavailable", store: { kind: "lowdb", ok: false, error: "closed" }, documents: 5 } });
  });

  it("answers 503 naming the error when asking the store fails", async () => {
    const get = await serve(createHealthRoute({ store: { health: () => Promise.reject(new Error("connection refused")) } }));
    expect(await get()).toMatchObject({ status: 503, body: { status: "unavailable", store: { ok: false, error: "connection refused" } } });
  });
});
