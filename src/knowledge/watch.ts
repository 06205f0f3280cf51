/**
 * Watches the documents folders and rebuilds the index when a file is added, changed or
 * removed. A file still being written is not read half-way: a rebuild waits until every
 * changed file has kept its size and time for a settling interval. Only changed files are
 * parsed again (the per-document parse cache); the rest of the build is reused from it.
 */
import { existsSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

export interface WatchConfig {
  dirs: string[];
  /** Rebuilds and swaps the index; the watcher serialises calls. */
  rebuild: (changed: string[]) => Promise<void>;
  /** How long a changed file must stay unchanged before it is read (ms). */
  settleMs?: number;
  onError?: (err: unknown) => void;
}

export interface CorpusWatcher {
  close(): void;
  /** Resolves when no rebuild is pending or running (tests). */
  idle(): Promise<void>;
}

const fingerprint = (path: string) => {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "gone";
  }
};

/** Starts watching; call `close()` to stop. */
export function watchCorpus(config: WatchConfig): CorpusWatcher {
  const settleMs = config.settleMs ?? 500;
  const pending = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, settleMs);
  };
  const check = () => {
    // Files whose size or time moved since the last look are still being written: wait again.
    let moving = false;
    for (const [path, seen] of pending) {
      const now = fingerprint(path);
      if (now !== seen) {
        pending.set(path, now);
        moving = true;
      }
    }
    if (moving) return schedule();
    const changed = [...pending.keys()];
    pending.clear();
    busy = true;
    running = running
      .then(() => config.rebuild(changed))
      .catch((e) => config.onError?.(e))
      .finally(() => {
        busy = false;
      });
  };

  const watchers: FSWatcher[] = config.dirs.filter((d) => existsSync(d)).map((dir) =>
    watch(dir, { recursive: true }, (_event, name) => {
      if (!name || /(?:^|[/\\])\.|\.tmp$|~$/.test(name)) return;
      const path = join(dir, name.toString());
      pending.set(path, fingerprint(path));
      schedule();
    }),
  );
  for (const w of watchers) w.on("error", (e) => config.onError?.(e));

  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
    async idle() {
      while (pending.size || busy || timer?.hasRef()) {
        await new Promise((r) => setTimeout(r, 50));
        if (!pending.size && !busy) break;
      }
      await running;
    },
  };
}
