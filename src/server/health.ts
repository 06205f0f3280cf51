/**
 * GET /healthz: the process and its store. 200 with `status: "ok"` only when the store answers
 * (a round trip to PostgreSQL); 503 with `status: "unavailable"` and the store's error otherwise,
 * so a load balancer sends traffic only to replicas that can serve it.
 */
import type { StoreHealth } from "../store/types.js";
import type { Route } from "./http.js";

export interface HealthRouteConfig {
  /** The store's health (Store.health); absent when the process runs without a store. */
  store?: { health(): Promise<StoreHealth> };
  /** Further fields for the body (index counts). */
  details?: () => Record<string, unknown>;
}

export function createHealthRoute(config: HealthRouteConfig): Route {
  return {
    method: "GET",
    path: "/healthz",
    async handler(_req, res) {
      const store = config.store ? await config.store.health().catch((err: Error): Partial<StoreHealth> => ({ ok: false, error: err.message })) : undefined;
      const ok = store === undefined || store.ok;
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ status: ok ? "ok" : "unavailable", ...(store ? { store } : {}), ...config.details?.() }));
    },
  };
}
