/** Chooses the store from the configuration: PostgreSQL with DATABASE_URL, else the lowdb file. */
import type { AppConfig } from "../core/config.js";
import type { Logger } from "../core/log.js";
import type { Store } from "./types.js";
import { createStore } from "./lowdb-store.js";

/** Opens the configured store (migrating it as needed). */
export async function openConfiguredStore(config: Pick<AppConfig, "dbFile" | "databaseUrl">, logger: Logger): Promise<Store> {
  // The PostgreSQL client is loaded only for PostgreSQL: loading it (file by file, and the fetch
  // implementation its runtime check pulls in) was 0.06 s of CPU at every start on lowdb without
  // Slack, 0.01 s with it (Slack's client loads fetch itself).
  if (config.databaseUrl) return (await import("./postgres/postgres-store.js")).createPostgresStore({ url: config.databaseUrl, logger });
  return createStore({ file: config.dbFile, logger });
}
