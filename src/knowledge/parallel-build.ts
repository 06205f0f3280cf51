/**
 * Prepares the files of a build in worker threads: each thread parses, extracts and counts the
 * terms of a chunk of files at a time (see prepare.ts) while the others do the same, and the
 * chunks are put back in corpus order; the calling thread prepares chunks too, between receiving
 * the others'. The graph merge, the postings and the cache folder are then built in the calling
 * thread from the prepared files, as a single-thread build builds them, so the index is the same
 * (`test/knowledge/parallel-build.test.ts`); only the search postings are laid out, and their
 * passages grouped, in a thread of their own meanwhile (`layOutInThread`).
 */
import { Worker } from "node:worker_threads";
import type { SourceFile } from "./load.js";
import { distinctPostings, passageClasses, type DistinctPostings } from "./distinct.js";
import { layoutBuffers, type LaidOutPostings, type Postings, type PostingsBuilder } from "./postings.js";
import { receivePrepared, threadTerms, type PreparedDocument, type PreparedFile, type Preparer, type ThreadTerms } from "./prepare.js";

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

/**
 * Files sent to a thread at a time, at most: small enough to keep the threads equally busy to the
 * end. A small corpus goes in smaller chunks, so that every thread has a share of it.
 */
const CHUNK = 8;
const chunkSize = (files: number, threads: number) => Math.max(1, Math.min(CHUNK, Math.ceil(files / (4 * threads))));

const entry = new URL("./build-worker-entry.mjs", import.meta.url);

/** A file as sent to another thread: where to read it, not its bytes (read there again). */
function fileToSend(f: SourceFile): SourceFile {
  const { bytes: _bytes, ...rest } = f;
  return rest;
}

/**
 * Chunks a worker thread holds at a time: the next ones wait there while its last chunk's files
 * are written and the building thread, between files of its own, receives it.
 */
const IN_FLIGHT = 4;

/** The event loop's turn: messages from the threads are received before this thread goes on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Prepares `files` in `threads` worker threads; the result is in the order of `files`. With
 * `local`, this thread prepares chunks too, between receiving what the others send: receiving and
 * merging take it a fraction of the time preparing takes a thread, so on two processors it would
 * otherwise wait most of the build.
 */
export async function prepareInWorkers(
  files: SourceFile[],
  opts: BuildWorkerData & {
    threads: number;
    onProgress?: (file: string, done: number, total: number) => void;
    /** Each prepared file, in the order of `files`, as soon as it and every file before it are received. */
    onInOrder?: (p: PreparedDocument) => void;
    /** Prepares files in this thread (see prepare.ts), with its own dictionaries. */
    local?: Preparer;
  },
): Promise<PreparedDocument[]> {
  const out: PreparedDocument[] = new Array(files.length);
  let inOrder = 0;
  const chunks: BuildTask[] = [];
  const size = chunkSize(files.length, opts.threads + (opts.local ? 1 : 0));
  for (let at = 0; at < files.length; at += size) chunks.push({ id: at, files: files.slice(at, at + size).map(fileToSend) });
  let next = 0;
  let done = 0;
  const data: BuildWorkerData = { glossaryDir: opts.glossaryDir, cacheDir: opts.cacheDir, glossaryHash: opts.glossaryHash, rebuild: opts.rebuild };
  const workers: Worker[] = [];
  let failed: unknown;
  /** A chunk's prepared files, received in this thread from the thread that prepared them. */
  const receive = (id: number, prepared: PreparedFile[], terms: ThreadTerms) => {
    prepared.forEach((p, i) => {
      out[id + i] = receivePrepared(p, terms);
      opts.onProgress?.(files[id + i].file, ++done, files.length);
    });
    while (inOrder < files.length && out[inOrder]) opts.onInOrder?.(out[inOrder++]);
  };
  const inWorkers = Array.from({ length: Math.min(opts.threads, chunks.length) }, () => {
    const w = new Worker(entry, { workerData: data });
    workers.push(w);
    // The thread's terms as it sends them, for the files it prepares.
    const terms = threadTerms();
    let held = 0;
    return new Promise<void>((resolve, reject) => {
      const send = () => {
        while (held < IN_FLIGHT && next < chunks.length) {
          w.postMessage(chunks[next++]);
          held++;
        }
        if (held === 0) resolve();
      };
      w.on("message", (r: BuildResult) => {
        held--;
        if ("error" in r) return reject(new Error(`A build thread failed: ${r.error}`));
        // The thread's next chunk first, so it works while this one is received.
        send();
        try {
          receive(r.id, r.prepared, terms);
        } catch (e) {
          // A cache file that cannot be written, say: the build stops here, not the process.
          reject(e);
        }
      });
      w.on("error", reject);
      w.on("exit", (code) => reject(new Error(`A build thread stopped (exit code ${code}) before its work was done`)));
      send();
    }).catch((e) => {
      failed ??= e;
      throw e;
    });
  });
  const here = async () => {
    if (!opts.local) return;
    const terms = threadTerms();
    const written: Promise<void>[] = [];
    while (next < chunks.length && failed === undefined) {
      const chunk = chunks[next++];
      const prepared: PreparedFile[] = [];
      for (const f of chunk.files) {
        prepared.push(await opts.local.prepare(f));
        // What the other threads sent is received (and their next chunks sent) between files.
        await turn();
      }
      // Its files are written while the next chunk is prepared; the build waits for them at the end.
      const w = opts.local.written();
      w.catch(() => undefined);
      written.push(w);
      receive(chunk.id, prepared, terms);
    }
    await Promise.all(written);
  };
  try {
    await Promise.all([...inWorkers, here()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

/**
 * A job of the end of a build that a thread of its own does (see build-worker.ts). The dictionary's
 * tables go to `cacheDir`, or with the packages without one (the install's step, scripts/dist.mjs).
 */
export type EndJob = { job: "lexicon"; cacheDir?: string } | { job: "distinct" } | { job: "layout" };

/** The arrays of the search postings a thread needs to group their passages (see distinct.ts). */
export type PostingArrays = Pick<Postings, "offsets" | "passages" | "tfs" | "lengths">;
/** What it sends back: the classes and the postings over them. */
export interface DistinctArrays {
  starts: Uint32Array;
  members: Uint32Array;
  classOf: Uint32Array;
  offsets: Uint32Array;
  passages: Uint32Array;
  tfs: Uint16Array;
  lengths: Uint32Array;
}

/**
 * Starts one end job in a thread of its own and sends it `message`, the buffers of `transfer`
 * moved rather than copied; resolves with its replies, `replies` of them, in order (those not
 * received reject when the thread fails or stops).
 */
function endJob(job: EndJob, message: unknown, opts: { transfer?: ArrayBuffer[]; replies?: number } = {}): Promise<unknown>[] {
  const w = new Worker(entry, { workerData: job });
  const waiting = Array.from({ length: opts.replies ?? 1 }, () => {
    let settle!: { resolve: (v: unknown) => void; reject: (e: unknown) => void };
    const promise = new Promise<unknown>((resolve, reject) => (settle = { resolve, reject }));
    return { promise, ...settle };
  });
  let received = 0;
  const end = () => void w.terminate().catch(() => undefined);
  const fail = (e: unknown) => {
    if (received >= waiting.length) return;
    for (; received < waiting.length; received++) waiting[received].reject(e);
    end();
  };
  w.on("message", (reply: unknown) => {
    if (reply && typeof reply === "object" && "error" in reply) return fail(new Error(String(reply.error)));
    if (received >= waiting.length) return;
    waiting[received++].resolve(reply);
    if (received === waiting.length) end();
  });
  w.once("error", fail);
  w.once("exit", (code) => fail(new Error(`A build thread stopped (exit code ${code}) before its work was done`)));
  w.postMessage(message, opts.transfer ?? []);
  return waiting.map((r) => r.promise);
}

/**
 * Caches the dictionary's tables beside the index in a thread of its own, unless they are cached:
 * started when the threads have prepared the documents, it runs on a processor the end of the
 * build leaves idle. Resolves when the tables are written, or when the thread could not write them
 * (the first answer then parses the dictionary, as it would have).
 */
export function lexiconInThread(cacheDir: string): Promise<void> {
  return endJob({ job: "lexicon", cacheDir }, undefined)[0].then(
    () => undefined,
    () => undefined,
  );
}

/**
 * The postings over distinct passages (`passageClasses`, `distinctPostings`), made in a thread of
 * its own while this one lays out and writes the other parts of the index (the arrays are copied
 * to it: the search postings are being written meanwhile). Made here when the thread fails.
 */
export async function distinctInThread(p: Postings): Promise<DistinctPostings> {
  try {
    const message: PostingArrays = { offsets: p.offsets, passages: p.passages, tfs: p.tfs, lengths: p.lengths };
    return distinctOf(p, (await endJob({ job: "distinct" }, message)[0]) as DistinctArrays);
  } catch {
    return distinctPostings(p, passageClasses(p));
  }
}

/** The postings over distinct passages of `p` from the arrays a thread made. */
function distinctOf(p: Postings, d: DistinctArrays): DistinctPostings {
  return { classes: { starts: d.starts, members: d.members, classOf: d.classOf }, postings: { terms: p.terms, termIds: p.termIds, offsets: d.offsets, passages: d.passages, tfs: d.tfs, lengths: d.lengths, totalLength: p.totalLength } };
}

/** The postings over distinct passages being made in the thread that laid out the postings they group, by those postings. */
const grouping = new WeakMap<Postings, Promise<DistinctPostings>>();

/** The postings over distinct passages of `p` if the thread that laid `p` out makes them (see `layOutInThread`). */
export function groupedInThread(p: Postings): Promise<DistinctPostings> | undefined {
  return grouping.get(p);
}

/**
 * The search postings of `builder`, laid out in a thread of their own while this one lays out the
 * containment postings and ends the build: the documents' arrays are moved to it (the builder
 * keeps the terms), the postings come back in shared memory, not copied, and the thread then
 * groups their passages (`groupedInThread`) while this one writes them and the graph. Laid out
 * at the end of a 10,000-document build, they took this thread 5 seconds, and copying them to
 * the thread that grouped them 1.5 more, while the other processor was idle. Rejects when the
 * thread fails before the postings come back: the documents' arrays are gone then (moved), and
 * the caller counts the search postings again from the documents.
 */
export async function layOutInThread(builder: PostingsBuilder): Promise<Postings> {
  const layout = builder.handOver();
  const [laid, grouped] = endJob({ job: "layout" }, layout, { transfer: layoutBuffers(layout), replies: 2 });
  // A failure to group is handled below, once the postings are back.
  grouped.catch(() => undefined);
  const postings = builder.withTerms((await laid) as LaidOutPostings);
  grouping.set(
    postings,
    grouped.then(
      (d) => distinctOf(postings, d as DistinctArrays),
      () => distinctPostings(postings, passageClasses(postings)),
    ),
  );
  return postings;
}
