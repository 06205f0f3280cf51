/**
 * A worker thread of a parallel build (see parallel-build.ts): loads the glossary, then prepares
 * each chunk of files it is sent and posts the prepared files back, their term arrays transferred.
 * Started with an end job instead, it does that one job (caching the dictionary's tables,
 * grouping the search postings' passages, or laying out the search postings and then grouping
 * their passages) and replies once (twice for the layout: the postings, then the groups).
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadGlossary } from "./glossary.js";
import { cacheLexicon, setLexiconCache } from "./lang/lexicon.js";
import { createPreparer, transferables, type PreparedFile } from "./prepare.js";
import { distinctPostings, passageClasses } from "./distinct.js";
import { layOut, type PostingsLayout } from "./postings.js";
import type { BuildTask, BuildWorkerData, BuildResult, DistinctArrays, EndJob, PostingArrays } from "./parallel-build.js";

const given = workerData as BuildWorkerData | EndJob;
if ("job" in given) parentPort!.once("message", (message: unknown) => endJob(given, message));
else prepareChunks(given);

/** A job of the end of a build (see `endJob` in parallel-build.ts): one message in, one reply (two for the layout). */
function endJob(job: EndJob, message: unknown): void {
  try {
    if (job.job === "lexicon") {
      setLexiconCache(job.cacheDir);
      cacheLexicon();
      parentPort!.postMessage("done");
      return;
    }
    if (job.job === "layout") {
      // The postings go back in shared memory as soon as they are laid out: the building thread
      // writes them while this one groups their passages.
      const laid = layOut(message as PostingsLayout, true);
      parentPort!.postMessage(laid);
      return group(laid);
    }
    group(message as PostingArrays);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
}

/** Groups the passages of the search postings (see distinct.ts) and sends back the classes and the postings over them. */
function group(arrays: PostingArrays): void {
  try {
    // Grouping passages reads the arrays alone; the terms stay with the building thread.
    const p = { ...arrays, terms: [], termIds: new Map<string, number>(), totalLength: 0 };
    const d = distinctPostings(p, passageClasses(p));
    const reply: DistinctArrays = { ...d.classes, offsets: d.postings.offsets, passages: d.postings.passages, tfs: d.postings.tfs, lengths: d.postings.lengths };
    parentPort!.postMessage(reply, Object.values(reply).map((a) => a.buffer));
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
}

function prepareChunks(data: BuildWorkerData): void {
  setLexiconCache(data.cacheDir);
  const preparer = createPreparer({ glossary: loadGlossary(data.glossaryDir, data.cacheDir), cacheDir: data.cacheDir, glossaryHash: data.glossaryHash, rebuild: data.rebuild });

  // Chunks are prepared one after the other (a chunk sent while one is prepared waits for it), and
  // each is posted, in the order they came, once its files are in the cache: the terms each file
  // adds to this thread's dictionary are sent with it, so the building thread must receive the
  // files in the order they were prepared. The next chunk is prepared while one's files are written.
  let preparing: Promise<unknown> = Promise.resolve();
  let posting: Promise<unknown> = Promise.resolve();

  parentPort!.on("message", (task: BuildTask) => {
    const done = preparing.then(async () => {
      const prepared: PreparedFile[] = [];
      for (const f of task.files) prepared.push(await preparer.prepare(f));
      return { prepared, written: preparer.written() };
    });
    preparing = done.catch(() => undefined);
    posting = posting.then(async () => {
      try {
        const { prepared, written } = await done;
        await written;
        parentPort!.postMessage({ id: task.id, prepared } satisfies BuildResult, prepared.flatMap(transferables));
      } catch (e) {
        parentPort!.postMessage({ id: task.id, error: (e as Error).stack ?? String(e) } satisfies BuildResult);
      }
    });
  });
}
