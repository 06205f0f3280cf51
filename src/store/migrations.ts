/**
 * Brings a database file of any older shape up to CURRENT_VERSION, one step at a time, so a
 * deployment can skip releases. Each step is a pure function over plain JSON; validation of the
 * result is the caller's job (schema.ts).
 */
import { CURRENT_VERSION } from "./schema.js";

/** A step from `from` to `from + 1`. */
export interface Migration {
  from: number;
  description: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/** Raised when the file was written by a newer release; opening it would lose data. */
export class UnsupportedVersionError extends Error {
  readonly code = "db_version_unsupported";
  constructor(readonly version: unknown) {
    super(`The database file has version ${JSON.stringify(version)}, newer than this release understands (${CURRENT_VERSION}); upgrade the assistant or point DB_FILE at another file.`);
    this.name = "UnsupportedVersionError";
  }
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The ordered migrations. v0 is the first, version-less layout: subscriptions without a time zone
 * or a lead time, conversation references as an object keyed "platform:conversationId", no
 * unreachable marks and no digest log.
 */
export const migrations: Migration[] = [
  {
    from: 0,
    description: "add version, time zone and days-before to subscriptions, a list of conversation references, unreachable marks and the digest log",
    up(data) {
      const refs = Object.entries(asRecord(data.conversationReferences)).map(([key, reference]) => {
        const cut = key.indexOf(":");
        return {
          platform: cut > 0 ? key.slice(0, cut) : "teams",
          conversationId: cut > 0 ? key.slice(cut + 1) : key,
          reference,
          updatedAt: new Date(0).toISOString(),
        };
      });
      const subscriptions = asArray(data.subscriptions).map((s) => {
        const sub = asRecord(s);
        return { ...sub, timeZone: sub.timeZone ?? "Europe/Vienna", daysBefore: sub.daysBefore ?? 3 };
      });
      return {
        version: 1,
        subscriptions,
        conversationReferences: refs,
        unreachable: [],
        digestLog: [],
        feedback: asArray(data.feedback),
      };
    },
  },
];

/** The version a raw file claims: 0 when it has none (the first layout). */
export function versionOf(data: Record<string, unknown>): number {
  if (data.version === undefined) return 0;
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 0) throw new UnsupportedVersionError(data.version);
  return data.version;
}

/**
 * Applies every migration from the file's version to CURRENT_VERSION.
 * @returns the migrated data and the version it started from.
 * @throws UnsupportedVersionError for files newer than this release.
 */
export function migrate(raw: Record<string, unknown>, steps: Migration[] = migrations): { data: Record<string, unknown>; from: number } {
  const from = versionOf(raw);
  if (from > CURRENT_VERSION) throw new UnsupportedVersionError(raw.version);
  let data = raw;
  for (let v = from; v < CURRENT_VERSION; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from database version ${v}`);
    data = step.up(data);
  }
  return { data, from };
}
