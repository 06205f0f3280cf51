/**
 * Bolt and its Web API client log through @slack/logger's interface; this routes their messages
 * into the product's JSON logger so one log stream carries everything.
 */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../core/log.js";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Wraps `logger` for Bolt. Bolt's own level still applies (it defaults to info). */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let name = "bolt";
  const emit = (lvl: LogLevel) => (...args: unknown[]) => {
    if (rank[lvl] < rank[level]) return;
    const errors = args.filter((a): a is Error => a instanceof Error);
    const msg = args.filter((a) => !(a instanceof Error)).map(format).join(" ");
    logger[lvl](msg || errors[0]?.message || "", { component: name, ...(errors.length ? { error: errors.map((e) => e.message).join("; ") } : {}) });
  };
  return {
    debug: emit(LogLevel.DEBUG),
    info: emit(LogLevel.INFO),
    warn: emit(LogLevel.WARN),
    error: emit(LogLevel.ERROR),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: (n) => void (name = n),
  };
}

function format(v: unknown): string {
  if (typeof v === "string") return v;
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
