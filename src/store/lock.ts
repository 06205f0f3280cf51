/**
 * One process owns a database file. The owner holds `<file>.lock`, created exclusively (`wx`) and
 * holding its pid, the machine's boot id and the process's start time. A lock whose process is
 * gone was left by a crash and is taken over. A pid alone is not enough: a container restarted
 * after a crash runs the assistant under the same pid again, so a lock naming a live pid is stale
 * when that pid's start time (or the boot) differs from the one recorded.
 */
import { open, readFile, unlink } from "node:fs/promises";
import { unlinkSync, readFileSync } from "node:fs";

/** Who holds a lock: pid, boot id and process start time (clock ticks since boot), where /proc tells. */
interface LockOwner {
  pid: number;
  bootId?: string;
  startTime?: string;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined without /proc. */
export function processStartTime(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

/** This process as a lock owner. */
export function currentOwner(): LockOwner {
  return { pid: process.pid, bootId: readProc("/proc/sys/kernel/random/boot_id"), startTime: processStartTime(process.pid) };
}

function formatOwner(o: LockOwner): string {
  return `${o.pid}\n${o.bootId ?? ""}\n${o.startTime ?? ""}\n`;
}

/** Reads a lock file's owner; older lock files hold the pid alone. */
function parseOwner(text: string): LockOwner {
  const [pid, bootId, startTime] = text.split("\n").map((l) => l.trim());
  return { pid: Number.parseInt(pid ?? "", 10), bootId: bootId || undefined, startTime: startTime || undefined };
}

/** Whether the process that wrote the lock still runs: same boot, pid alive, and the same start time. */
function ownerAlive(o: LockOwner, me: LockOwner): boolean {
  if (!Number.isInteger(o.pid) || o.pid <= 0) return false;
  if (o.bootId && me.bootId && o.bootId !== me.bootId) return false;
  if (!isAlive(o.pid)) return false;
  if (o.startTime) {
    const now = processStartTime(o.pid);
    if (now !== undefined && now !== o.startTime) return false;
  }
  return true;
}

/** Raised when another live process (or another store in this process) owns the file. */
export class StoreLockedError extends Error {
  readonly code = "db_locked";
  constructor(
    readonly file: string,
    readonly pid: number,
  ) {
    super(
      `The database ${file} is in use by process ${pid} (lock file ${file}.lock). Only one assistant process may use a database file: stop process ${pid}, or set DB_FILE to another file.`,
    );
    this.name = "StoreLockedError";
  }
}

/** A held lock; release() is idempotent. */
export interface FileLock {
  readonly lockFile: string;
  /** True when a stale lock (dead pid) was taken over. */
  readonly tookOver: { pid: number } | undefined;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; it is alive.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Acquires `<file>.lock` for this process.
 * @throws StoreLockedError when a live process holds it.
 */
export async function acquireLock(file: string): Promise<FileLock> {
  const lockFile = `${file}.lock`;
  const me = currentOwner();
  let tookOver: { pid: number } | undefined;
  // Two attempts: the second follows the removal of a stale lock. A third process racing us for
  // the same stale lock loses on the exclusive create and is refused like any other.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(formatOwner(me));
      await handle.close();
      return makeLock(lockFile, tookOver);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const text = await readFile(lockFile, "utf8").catch(() => "");
    const owner = parseOwner(text);
    const pid = owner.pid;
    if (ownerAlive(owner, me)) throw new StoreLockedError(file, pid);
    // Dead pid, a pid now used by another process (or by this one, restarted), a previous boot,
    // or a lock file left empty by a crash between create and write: stale.
    await unlink(lockFile).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
    tookOver = { pid: Number.isInteger(pid) ? pid : 0 };
  }
  const text = await readFile(lockFile, "utf8").catch(() => "0");
  throw new StoreLockedError(file, parseOwner(text).pid || 0);
}

function makeLock(lockFile: string, tookOver: { pid: number } | undefined): FileLock {
  let released = false;
  // A normal exit (process.exit, end of the event loop) must not leave a lock behind that the
  // next start would have to treat as stale.
  const onExit = () => {
    if (released) return;
    try {
      if (parseOwner(readFileSync(lockFile, "utf8")).pid === process.pid) unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  };
  process.once("exit", onExit);
  return {
    lockFile,
    tookOver,
    async release() {
      if (released) return;
      released = true;
      process.off("exit", onExit);
      const text = await readFile(lockFile, "utf8").catch(() => "");
      // Only remove our own lock: after a takeover by someone else it is theirs.
      if (parseOwner(text).pid === process.pid) await unlink(lockFile).catch(() => undefined);
    },
  };
}
