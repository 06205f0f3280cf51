/**
 * One process owns a database file. The owner holds `<file>.lock`, created exclusively (`wx`) and
 * holding its pid. A lock whose pid is no longer alive was left by a crash and is taken over.
 */
import { open, readFile, unlink } from "node:fs/promises";
import { unlinkSync, readFileSync } from "node:fs";

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
  let tookOver: { pid: number } | undefined;
  // Two attempts: the second follows the removal of a stale lock. A third process racing us for
  // the same stale lock loses on the exclusive create and is refused like any other.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return makeLock(lockFile, tookOver);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const text = await readFile(lockFile, "utf8").catch(() => "");
    const pid = Number.parseInt(text.trim(), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new StoreLockedError(file, pid);
    // Dead pid, or a lock file left empty by a crash between create and write: stale.
    await unlink(lockFile).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
    tookOver = { pid: Number.isInteger(pid) ? pid : 0 };
  }
  const text = await readFile(lockFile, "utf8").catch(() => "0");
  throw new StoreLockedError(file, Number.parseInt(text.trim(), 10) || 0);
}

function makeLock(lockFile: string, tookOver: { pid: number } | undefined): FileLock {
  let released = false;
  // A normal exit (process.exit, end of the event loop) must not leave a lock behind that the
  // next start would have to treat as stale.
  const onExit = () => {
    if (released) return;
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
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
      if (text.trim() === String(process.pid)) await unlink(lockFile).catch(() => undefined);
    },
  };
}
