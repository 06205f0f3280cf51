/**
 * Measures one corpus: the product's index (build, cache load, size, heap, search and graph
 * latency), optionally answer latency through the assistant, then MiniSearch over the same
 * passages in the same process, so both sides meet the same machine at the same moment.
 */
import { join } from "node:path";
import type { IndexCounts, KnowledgeIndex } from "../src/knowledge/model.js";
import { loadIndex } from "../src/knowledge/load.js";
import { indexFolderParts } from "../src/knowledge/index-cache.js";
import type { AnswerLatency } from "./answers.js";
import { runBenchScript } from "./entry.js";
import { baselineDoc, baselineSearch, buildBaseline, type BaselineDoc } from "./minisearch-baseline.js";
import { GRAPH_TASKS, SEARCH_QUERIES } from "./queries.js";
import { heapUsedAfterGc, median, sampleTasks, summarize, timed, type Summary } from "./stats.js";
import type { ServeProbe } from "./serve-probe.js";

export interface CorpusSource {
  name: string;
  documentsDir: string;
  glossaryDir: string;
  /** Bytes of document text. */
  textBytes: number;
}

export interface CorpusBenchConfig {
  /** Where this corpus's index cache and the serialized baseline go. */
  workDir: string;
  buildRuns: number;
  loadRuns: number;
  searchRounds: number;
  graphRounds: number;
  answerRounds: number;
  /** Why answers are skipped, when `serving` is not set. */
  answersSkipped?: string;
  /**
   * Start the assistant in fresh processes as the server does (first question after start, RSS
   * from the OS) and time its answers there; answers are skipped when not set.
   */
  serving?: boolean;
  /**
   * MiniSearch indexes at most this many passages (the first, in corpus order): past about
   * 2,000 documents it needs gigabytes and an hour here. Its build, load, size and heap are then
   * extrapolated linearly to the whole corpus and its searches timed over the sample, one round.
   */
  baselineMaxPassages?: number;
  progress: (message: string, final?: boolean) => void;
}

export interface ProductMeasures {
  /** Parse + graph + BM25 + cache write (loadIndex with rebuild), median of runs. */
  buildMs: number;
  /** CPU time (user + system) of the build, median of runs: robust to a busy machine. */
  buildCpuMs: number;
  buildRuns: number[];
  /** Reading and checking the cache (manifest, postings, graph, document shards) and building the query API over it. */
  cacheLoadMs: number;
  cacheLoadCpuMs: number;
  loadRuns: number[];
  cacheBytes: number;
  /** Bytes of the cache's parts: document shards, graph lines, binary postings. */
  cacheParts: { documents: number; graph: number; bm25: number; containment: number };
  bm25Terms: number;
  /** `heapUsed` after a full GC with the freshly built index held. */
  heapUsedAfterBuild: number;
  /** What holding the index adds to the heap (after GC, against the heap before building). */
  indexHeapBytes: number;
  search: Summary;
  /** CPU time of each search (user + system): what the machine's load does not inflate. */
  searchCpu: Summary;
  /** Queries with at least one hit. */
  searchHits: number;
  graph: { key: string; latency: Summary }[];
}

export interface BaselineResult {
  buildMs: number;
  buildCpuMs: number;
  loadMs: number;
  loadCpuMs: number;
  serializedBytes: number;
  indexHeapBytes: number;
  search: Summary;
  searchCpu: Summary;
  searchHits: number;
  /** Queries whose first hit is the product's first hit too (not counted over a sample). */
  sameTopHit: number;
  /**
   * Set when MiniSearch indexed a sample of the passages: build, load, size and heap above are
   * the sample's times `factor` (extrapolated linearly); searches and hits are the sample's own.
   */
  sample?: { passages: number; of: number; factor: number; measured: { buildMs: number; buildCpuMs: number; loadMs: number; loadCpuMs: number; serializedBytes: number; indexHeapBytes: number } };
}

export interface CorpusResult {
  name: string;
  textBytes: number;
  counts: IndexCounts;
  product: ProductMeasures;
  minisearch: BaselineResult;
  answers: AnswerLatency | { skipped: string };
  /** Start-ups in fresh processes, with the warm-up the server does and without one. */
  serving: { warm: ServeProbe; cold: ServeProbe } | { skipped: string };
}

/** Where a corpus's index cache lives in the benchmark's folder. */
export const corpusCacheDir = (workDir: string, name: string): string => join(workDir, `cache-${name.replace(/[^a-z0-9]+/gi, "-")}`);

/** Runs every measurement over one corpus. */
export async function benchCorpus(source: CorpusSource, config: CorpusBenchConfig): Promise<CorpusResult> {
  // The product's index lives only inside measureProduct, so it can be collected before the
  // baseline is built and each side's heap figure is its own.
  const { product, counts, productTop, docs } = await measureProduct(source, config);
  const minisearch = await measureBaseline(source, config, docs, productTop);
  let serving: CorpusResult["serving"] = { skipped: config.answersSkipped ?? "--no-answers" };
  let answers: CorpusResult["answers"] = { skipped: config.answersSkipped ?? "--no-answers" };
  if (config.serving) {
    const cacheDir = corpusCacheDir(config.workDir, source.name);
    // Answers are timed in the serving process, as the server answers after a start: the
    // benchmark's own process built the index and the baseline's, and answered with their
    // heap and their compiled code.
    config.progress(`${source.name}: starting the assistant in a fresh process and timing answers (${config.answerRounds} round${config.answerRounds === 1 ? "" : "s"}), then starting it without the warm-up`);
    serving = { warm: await probeServing(source, cacheDir, true, config.answerRounds), cold: await probeServing(source, cacheDir, false, 0) };
    answers = serving.warm.answers ?? { skipped: "the serving process timed no answers" };
    config.progress(`${source.name}: first free question after start ${Math.round(serving.warm.firstQuestionMs)} ms, peak RSS ${Math.round(serving.warm.peakRssBytes / 2 ** 20)} MiB`, true);
  }
  return { name: source.name, textBytes: source.textBytes, counts, product, minisearch, answers, serving };
}

/** Runs bench/serve-probe.ts in a fresh process over the corpus's cache, compiled when this script is. */
function probeServing(source: CorpusSource, cacheDir: string, warm: boolean, rounds: number): Promise<ServeProbe> {
  return runBenchScript<ServeProbe>("serve-probe", ["--documents", source.documentsDir, "--glossary", source.glossaryDir, "--cache", cacheDir, ...(warm ? [] : ["--cold"]), "--rounds", String(rounds)]);
}

async function measureProduct(source: CorpusSource, config: CorpusBenchConfig) {
  const { progress } = config;
  const cacheDir = corpusCacheDir(config.workDir, source.name);
  const base = { documentsDir: source.documentsDir, glossaryDir: source.glossaryDir, cacheDir };

  // Build: everything from text to a written cache.
  const buildRuns: number[] = [];
  const buildCpu: number[] = [];
  let heapUsedAfterBuild = 0;
  let indexHeapBytes = 0;
  let cacheFile = "";
  for (let r = 0; r < config.buildRuns; r++) {
    const heapBefore = heapUsedAfterGc();
    const label = `${source.name}: building the index${config.buildRuns > 1 ? ` (run ${r + 1}/${config.buildRuns})` : ""}`;
    const built = await timed(() =>
      loadIndex({
        ...base,
        rebuild: true,
        onProgress: (_file, done, total) => {
          if (done % 100 === 0 || done === total) progress(`${label}: parsed ${done}/${total} documents${done === total ? ", extracting the graph and BM25" : ""}`);
        },
      }),
    );
    buildRuns.push(built.ms);
    buildCpu.push(built.cpuMs);
    if (r === 0) {
      // The first run's figures: later runs may find memory the previous run left to the GC.
      heapUsedAfterBuild = heapUsedAfterGc();
      indexHeapBytes = heapUsedAfterBuild - heapBefore;
    }
    cacheFile = built.value.cacheFile!;
    progress(`${label}: ${Math.round(built.ms)} ms`, true);
  }

  const cacheParts = cacheBreakdown(cacheFile);
  const cacheBytes = cacheParts.parts.documents + cacheParts.parts.graph + cacheParts.parts.bm25 + cacheParts.parts.containment;

  // Cache load: a start-up with a current cache.
  const loadRuns: number[] = [];
  const loadCpu: number[] = [];
  let index: KnowledgeIndex | undefined;
  for (let r = 0; r < config.loadRuns; r++) {
    index = undefined;
    heapUsedAfterGc();
    progress(`${source.name}: loading the index from its cache (run ${r + 1}/${config.loadRuns})`);
    const loaded = await timed(() => loadIndex(base));
    if (!loaded.value.fromCache) throw new Error(`${source.name}: the index was rebuilt instead of loaded from ${cacheFile}`);
    loadRuns.push(loaded.ms);
    loadCpu.push(loaded.cpuMs);
    index = loaded.value.index;
  }
  progress(`${source.name}: cache load ${Math.round(median(loadRuns))} ms`, true);
  const ix = index!;

  progress(`${source.name}: timing ${SEARCH_QUERIES.length} searches x ${config.searchRounds} and graph lookups`);
  const productTop = new Map<string, string | undefined>();
  for (const q of SEARCH_QUERIES) productTop.set(q, ix.search(q)[0]?.passage.id);
  const searchCpu = new Map<"search", number[]>();
  const searchSamples = await sampleTasks(
    SEARCH_QUERIES.map((q) => ({ key: "search", run: () => ix.search(q) })),
    { rounds: config.searchRounds, warmup: 1, cpu: searchCpu },
  );
  const graphSamples = await sampleTasks(
    GRAPH_TASKS.map((t) => ({ key: t.key, run: () => t.run(ix) })),
    { rounds: config.graphRounds, warmup: 2 },
  );

  const counts = ix.counts();
  const product: ProductMeasures = {
    buildMs: median(buildRuns),
    buildCpuMs: median(buildCpu),
    buildRuns,
    cacheLoadMs: median(loadRuns),
    cacheLoadCpuMs: median(loadCpu),
    loadRuns,
    cacheBytes,
    cacheParts: cacheParts.parts,
    bm25Terms: cacheParts.terms,
    heapUsedAfterBuild,
    indexHeapBytes,
    search: summarize(searchSamples.get("search")!),
    searchCpu: summarize(searchCpu.get("search")!),
    searchHits: [...productTop.values()].filter(Boolean).length,
    graph: GRAPH_TASKS.map((t) => ({ key: t.key, latency: summarize(graphSamples.get(t.key)!) })),
  };

  const docs = ix.documents.flatMap((d) => d.passages).map(baselineDoc);
  return { product, counts, productTop, docs };
}

async function measureBaseline(source: CorpusSource, config: CorpusBenchConfig, allDocs: BaselineDoc[], productTop: Map<string, string | undefined>): Promise<BaselineResult> {
  const { progress } = config;
  const cap = config.baselineMaxPassages ?? Infinity;
  const docs = allDocs.length > cap ? allDocs.slice(0, cap) : allDocs;
  const sampled = docs.length < allDocs.length;
  progress(`${source.name}: building MiniSearch over ${docs.length} passages${sampled ? ` (the first of ${allDocs.length}; figures extrapolated)` : ""}`);
  const heapBefore = heapUsedAfterGc();
  const baseline = await buildBaseline(docs, join(config.workDir, `minisearch-${source.name.replace(/[^a-z0-9]+/gi, "-")}.json`));
  const baselineHeap = heapUsedAfterGc() - heapBefore;
  progress(`${source.name}: MiniSearch built in ${Math.round(baseline.buildMs)} ms, loaded from disk in ${Math.round(baseline.loadMs)} ms`, true);
  const rounds = sampled ? 1 : config.searchRounds;
  progress(`${source.name}: timing ${SEARCH_QUERIES.length} MiniSearch searches x ${rounds}`);
  let hits = 0;
  let sameTop = 0;
  for (const q of SEARCH_QUERIES) {
    const top = baselineSearch(baseline.index, q)[0]?.id;
    if (top) hits++;
    if (top && top === productTop.get(q)) sameTop++;
  }
  const baselineCpu = new Map<"search", number[]>();
  const baselineSamples = await sampleTasks(
    SEARCH_QUERIES.map((q) => ({ key: "search", run: () => baselineSearch(baseline.index, q) })),
    { rounds, warmup: sampled ? 0 : 1, cpu: baselineCpu },
  );
  const measured = { buildMs: baseline.buildMs, buildCpuMs: baseline.buildCpuMs, loadMs: baseline.loadMs, loadCpuMs: baseline.loadCpuMs, serializedBytes: baseline.serializedBytes, indexHeapBytes: baselineHeap };
  const factor = allDocs.length / Math.max(1, docs.length);
  const scaled = sampled ? (Object.fromEntries(Object.entries(measured).map(([k, v]) => [k, v * factor])) as typeof measured) : measured;
  return {
    ...scaled,
    search: summarize(baselineSamples.get("search")!),
    searchCpu: summarize(baselineCpu.get("search")!),
    searchHits: hits,
    sameTopHit: sampled ? 0 : sameTop,
    ...(sampled ? { sample: { passages: docs.length, of: allDocs.length, factor, measured } } : {}),
  };
}

/** Sizes of the cache's parts (search and containment postings, documents and passages, graph) and the number of terms. */
function cacheBreakdown(folder: string): { parts: ProductMeasures["cacheParts"]; terms: number } {
  const parts = indexFolderParts(folder);
  return { parts: { documents: parts.documents, graph: parts.graph, bm25: parts.postings, containment: parts.containment }, terms: parts.terms };
}
