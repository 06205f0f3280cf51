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
const prepare = createPreparer({ glossary: loadGlossary(data.glossaryDir, data.cacheDir), cacheDir: data.cacheDir, glossaryHash: data.glossaryHash, rebuild: data.rebuild });

parentPort!.on("message", async (task: BuildTask) => {
  try {
    const prepared: PreparedFile[] = [];
    for (const f of task.files) prepared.push(await prepare(f));
    parentPort!.postMessage({ id: task.id, prepared } satisfies BuildResult, prepared.flatMap(transferables));
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: (e as Error).stack ?? String(e) } satisfies BuildResult);
  }
});
