/** Persistence: the Store contract, its lowdb implementation (the default) and its PostgreSQL one. */
export type { Store, Subscription, Feedback, DigestLogEntry, DigestClaim, EventClaim, StoreHealth, PendingRequest, ThreadRecord, QuestionRecord } from "./types.js";
export { createStore, readStoreSnapshot, type LowdbStore, type StoreConfig, type RecoveredFile, type RejectedRecords, lastGoodCopyOf } from "./lowdb-store.js";
export { StoreClosedError, StoreUnavailableError } from "./errors.js";
export { StoreLockedError } from "./lock.js";
export { UnsupportedVersionError, migrations, migrate } from "./migrations.js";
export { CURRENT_VERSION, type Database } from "./schema.js";
export { createPostgresStore, redactUrl, type PostgresStore, type PostgresStoreConfig } from "./postgres/postgres-store.js";
export { SchemaTooNewError } from "./postgres/migrate.js";
export { openConfiguredStore } from "./open.js";
export { buildFeedbackReport, formatFeedbackReport, normalizeQuestion, type FeedbackReport, type ReportSource } from "./feedback-report.js";
