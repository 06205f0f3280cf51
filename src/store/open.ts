/** Chooses the store from the configuration: PostgreSQL with DATABASE_URL, else the lowdb file. */
import type { AppConfig } from "../core/config.js";
import type { Logger } from "../core/log.js";
import type { Store } from "./types.js";
import { createStore } from "./lowdb-store.js";
import { createPostgresStore } from "./postgres/postgres-store.js";

/** Opens the configured store (migrating it as needed). */
export async function openConfiguredStore(config: Pick<AppConfig, "dbFile" | "databaseUrl">, logger: Logger): Promise<Store> {
  if (config.databaseUrl) return createPostgresStore({ url: config.databaseUrl, logger });
  return createStore({ file: config.dbFile, logger });
}
