/** Persistence: the Store contract and its lowdb implementation. */
export type { Store, Subscription, Feedback, DigestLogEntry, ThreadRecord, QuestionRecord } from "./types.js";
export { createStore, readStoreSnapshot, StoreClosedError, type LowdbStore, type StoreConfig, type RecoveredFile } from "./lowdb-store.js";
export { StoreLockedError } from "./lock.js";
export { UnsupportedVersionError, migrations, migrate } from "./migrations.js";
export { CURRENT_VERSION, type Database } from "./schema.js";
export { buildFeedbackReport, formatFeedbackReport, normalizeQuestion, type FeedbackReport, type ReportSource } from "./feedback-report.js";
