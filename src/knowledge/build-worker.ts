/**
 * A worker thread of a parallel build (see parallel-build.ts): loads the glossary, then prepares
 * each chunk of files it is sent and posts the prepared files back, their term arrays transferred.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadGlossary } from "./glossary.js";
import { setLexiconCache } from "./lang/lexicon.js";
import { createPreparer, transferables, type PreparedFile } from "./prepare.js";
import type { BuildTask, BuildWorkerData, BuildResult } from "./parallel-build.js";

const data = workerData as BuildWorkerData;
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
