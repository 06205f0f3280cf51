/**
 * Prepares the files of a build in worker threads: each thread parses, extracts and counts the
 * terms of a chunk of files at a time (see prepare.ts) while the others do the same, and the
 * chunks are put back in corpus order. The graph merge, the postings and the cache folder are then
 * built in the calling thread from the prepared files, as a single-thread build builds them, so
 * the index is the same (`test/knowledge/parallel-build.test.ts`).
 */
import { Worker } from "node:worker_threads";
import type { SourceFile } from "./load.js";
import { receivePrepared, threadTerms, type PreparedDocument, type PreparedFile } from "./prepare.js";

export interface BuildWorkerData {
  glossaryDir: string;
  cacheDir?: string;
  glossaryHash: string;
  rebuild: boolean;
}
export interface BuildTask {
  id: number;
  files: SourceFile[];
}
export type BuildResult = { id: number; prepared: PreparedFile[] } | { id: number; error: string };

/** Files sent to a thread at a time: small enough to keep the threads equally busy to the end. */
const CHUNK = 8;

const entry = new URL("./build-worker-entry.mjs", import.meta.url);

/** A file as sent to another thread: where to read it, not its bytes (read there again). */
function fileToSend(f: SourceFile): SourceFile {
  const { bytes: _bytes, ...rest } = f;
  return rest;
}

/** Prepares `files` in `threads` worker threads; the result is in the order of `files`. */
export async function prepareInWorkers(
  files: SourceFile[],
  opts: BuildWorkerData & {
    threads: number;
    onProgress?: (file: string, done: number, total: number) => void;
    /** Each prepared file, in the order of `files`, as soon as it and every file before it are received. */
    onInOrder?: (p: PreparedDocument) => void;
  },
): Promise<PreparedDocument[]> {
  const out: PreparedDocument[] = new Array(files.length);
  let inOrder = 0;
  const chunks: BuildTask[] = [];
  for (let at = 0; at < files.length; at += CHUNK) chunks.push({ id: at, files: files.slice(at, at + CHUNK).map(fileToSend) });
  let next = 0;
  let done = 0;
  const data: BuildWorkerData = { glossaryDir: opts.glossaryDir, cacheDir: opts.cacheDir, glossaryHash: opts.glossaryHash, rebuild: opts.rebuild };
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(opts.threads, chunks.length) }, () => {
        const w = new Worker(entry, { workerData: data });
        workers.push(w);
        // The thread's terms as it sends them, for the files it prepares.
        const terms = threadTerms();
        return new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next < chunks.length) w.postMessage(chunks[next++]);
            else resolve();
          };
          w.on("message", (r: BuildResult) => {
            if ("error" in r) return reject(new Error(`A build thread failed: ${r.error}`));
            // The thread's next chunk first, so it works while this one is received.
            send();
            try {
              r.prepared.forEach((p, i) => {
                out[r.id + i] = receivePrepared(p, terms);
                opts.onProgress?.(files[r.id + i].file, ++done, files.length);
              });
              while (inOrder < files.length && out[inOrder]) opts.onInOrder?.(out[inOrder++]);
            } catch (e) {
              // A cache file that cannot be written, say: the build stops here, not the process.
              reject(e);
            }
          });
          w.on("error", reject);
          w.on("exit", (code) => reject(new Error(`A build thread stopped (exit code ${code}) before its work was done`)));
          send();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
