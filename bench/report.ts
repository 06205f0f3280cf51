/**
 * Renders the benchmark's results: a table for a person, or one JSON object for tools.
 */
import type { CorpusResult } from "./corpus-bench.js";
import { formatBytes, formatMs, summarize, type Summary } from "./stats.js";

/** Where and how the figures were taken. */
export interface RunInfo {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  totalMemoryBytes: number;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverageAtStart: number;
  /** The 1-minute load average when the figures were all in. */
  loadAverageAtEnd?: number;
  quick: boolean;
  seed: number;
  synthesizedDocuments: number;
  searchQueries: { total: number; zh: number; en: number };
  searchRounds: number;
  graphRounds: number;
  answerRounds: number;
  minisearchVersion: string;
  /** Whether heap figures were taken after a forced full GC. */
  heapAfterGc: boolean;
}

export interface BenchReport {
  run: RunInfo;
  corpora: CorpusResult[];
  /** Reader throughput by format (bench/ingest-throughput.ts). */
  ingest?: unknown;
  /** A document added while the bot runs, until it is served (bench/pickup.ts). */
  pickup?: unknown;
  ack?: unknown;
}

const pct = (s: Summary) => `${formatMs(s.p50)} / ${formatMs(s.p95)}`;
const num = (n: number) => n.toLocaleString("en-US");

/** Two or three aligned columns. */
function table(rows: (string | undefined)[][], widths = [34, 40]): string[] {
  return rows.map((r) =>
    r
      .map((c, i) => (i < r.length - 1 ? (c ?? "").padEnd(widths[i] ?? 0) : (c ?? "")))
      .join("")
      .trimEnd(),
  );
}

const kindsText = (kinds: Record<string, number>) =>
  Object.entries(kinds)
    .map(([k, n]) => `${k} ×${n}`)
    .join(", ");

/** The report for a person. */
export function renderText(report: BenchReport): string {
  const { run } = report;
  const out: string[] = [];
  out.push(`Benchmark, ${run.date}${run.quick ? " (--quick)" : ""}`);
  out.push(
    `Machine: ${run.cpus} CPU(s) ${run.cpuModel}, ${formatBytes(run.totalMemoryBytes)} memory, Node ${run.node}; load average ${run.loadAverageAtStart.toFixed(2)} at start${run.loadAverageAtEnd === undefined ? "" : `, ${run.loadAverageAtEnd.toFixed(2)} at end`}${Math.max(run.loadAverageAtStart, run.loadAverageAtEnd ?? 0) > run.cpus * 0.75 ? " (busy machine: timings are inflated; compare CPU times)" : ""}.`,
  );
  out.push(
    `Search: ${run.searchQueries.total} fixed queries (${run.searchQueries.zh} Chinese, ${run.searchQueries.en} English), timed rounds after a warm-up round (${run.searchRounds} on the bundled corpus, up to 3 on the large one); graph lookups x ${run.graphRounds}; answers x ${run.answerRounds} after an untimed round, in the serving process.`,
  );
  out.push(
    `Baseline: MiniSearch ${run.minisearchVersion} over the same passages (passage text + nearest heading), tokenized with Intl.Segmenter("zh") words and lower-cased so Chinese is split into words as in the product; no prefix or fuzzy matching; top 10 kept like the product. It does not translate English queries into Chinese (the product's glossary expansion does), so it finds fewer hits for English questions.`,
  );
  out.push(`Large corpus: ${num(run.synthesizedDocuments)} documents synthesized from the seeds with seed ${run.seed} (varied years, months, days, ordinals, resolution numbers, symbols, bodies, venues, countries).`);

  for (const c of report.corpora) {
    const p = c.product;
    const m = c.minisearch;
    const k = c.counts;
    out.push("");
    out.push(`== ${c.name}: ${num(k.documents)} documents, ${num(k.passages)} passages, ${formatBytes(c.textBytes)} of text ==`);
    const sample = m.sample;
    if (sample) {
      out.push(
        `   MiniSearch indexed the first ${num(sample.passages)} of the ${num(sample.of)} passages (beyond that it needs gigabytes and hours on this machine): its build, load, size and heap are the sample's figures × ${sample.factor.toFixed(2)} (extrapolated linearly, marked ≈); its searches ran once each over the sample, so they understate what the whole corpus would take.`,
      );
    }
    out.push(`   ${num(k.meetings)} meetings, ${num(k.resolutions)} resolutions, ${num(k.agendaItems)} agenda items, ${num(k.recommendations)} recommendations, ${num(k.symbols)} symbols`);
    const est = (v: string) => (sample ? `≈ ${v}` : v);
    const onSample = sample ? ` (${num(sample.passages)} passages)` : "";
    out.push("");
    out.push(
      ...table([
        ["", "product", "MiniSearch"],
        ["build time", `${formatMs(p.buildMs)}${p.buildRuns.length > 1 ? ` (median of ${p.buildRuns.length})` : ""}`, est(formatMs(m.buildMs))],
        ["  CPU time", formatMs(p.buildCpuMs), est(formatMs(m.buildCpuMs))],
        ["  what it covers", "parse + graph + BM25 + cache write", "index the passages"],
        ["load time (from disk)", `${formatMs(p.cacheLoadMs)}${p.loadRuns.length > 1 ? ` (median of ${p.loadRuns.length})` : ""}`, est(formatMs(m.loadMs))],
        ["  CPU time", formatMs(p.cacheLoadCpuMs), est(formatMs(m.loadCpuMs))],
        ["index size on disk", formatBytes(p.cacheBytes), est(formatBytes(m.serializedBytes))],
        ["  search postings", `${formatBytes(p.cacheParts.bm25)} (${num(p.bm25Terms)} terms)`, "(all of it)"],
        ["  containment postings (rarity)", formatBytes(p.cacheParts.containment), "(none)"],
        ["  documents and passages", formatBytes(p.cacheParts.documents), "(not stored)"],
        ["  knowledge graph", formatBytes(p.cacheParts.graph), "(none)"],
        ["heap held by the index", formatBytes(p.indexHeapBytes), est(formatBytes(m.indexHeapBytes))],
        ["heap used after build", formatBytes(p.heapUsedAfterBuild), ""],
        [`search p50 / p95 (${p.search.n} runs)`, pct(p.search), `${pct(m.search)}${onSample}`],
        ["  CPU time p50 / p95", pct(p.searchCpu), `${pct(m.searchCpu)}${onSample}`],
        ["queries with a hit", `${p.searchHits}/${run.searchQueries.total}`, `${m.searchHits}/${run.searchQueries.total}${sample ? onSample : ` (same top hit: ${m.sameTopHit})`}`],
      ]),
    );
    out.push("");
    out.push(...table([["graph lookups", "p50 / p95"], ...p.graph.map((g) => [`  ${g.key}`, pct(g.latency)])]));
    out.push("");
    if ("skipped" in c.answers) {
      out.push(`answer latency: skipped (${c.answers.skipped})`);
    } else {
      const a = c.answers;
      out.push(
        ...table([
          ["answer latency", "p50 / p95", "replies"],
          ...a.commands.map((x) => [`  ${x.command}`, pct(x.latency), kindsText(x.replyKinds)]),
          [`  free questions (${a.free.questions})`, pct(a.free.latency), `answered ${a.free.answered}/${a.free.questions}; ${kindsText(a.free.replyKinds)}`],
          ["    CPU time", pct(a.free.cpu), ""],
        ]),
      );
    }
    out.push("");
    if ("skipped" in c.serving) {
      out.push(`start-up in a fresh process: skipped (${c.serving.skipped})`);
    } else {
      const { warm, cold } = c.serving;
      const later = summarize(warm.laterQuestionsMs);
      out.push(
        ...table([
          ["start-up in a fresh process", "with the warm-up (server)", "without (one-shot tool)"],
          ["  load from the cache", formatMs(warm.loadMs), formatMs(cold.loadMs)],
          ["  warm-up (in the background)", formatMs(warm.warmUpMs), "none"],
          ["  first free question", formatMs(warm.firstQuestionMs), formatMs(cold.firstQuestionMs)],
          ["    CPU time", formatMs(warm.firstQuestionCpuMs), formatMs(cold.firstQuestionCpuMs)],
          [`  the next ${warm.laterQuestionsMs.length}, p50 / p95`, pct(later), pct(summarize(cold.laterQuestionsMs))],
          ["  peak RSS (VmHWM, from the OS)", formatBytes(warm.peakRssBytes), formatBytes(cold.peakRssBytes)],
          ["  RSS after answering", formatBytes(warm.rssBytes), formatBytes(cold.rssBytes)],
        ]),
      );
    }
  }
  out.push("");
  out.push(
    "Build = loadIndex with rebuild (read, parse, extract the graph, BM25, write the cache). Load = loadIndex with a current cache (read, JSON.parse, query API). CPU time is user + system time of the process during the step (it includes garbage collection on helper threads, so it can exceed the wall time). Heap figures are after a full garbage collection. Start-up in a fresh process: bench/serve-probe.ts loads the cache, creates the assistant as the server does (warm-up in the background, awaited) or as a one-shot tool does (none), then answers the free questions one by one; with the warm-up it then times the answer latency above (the commands and free questions, round after round), so answers are timed as the server answers after a start, not in the benchmark's own process that built the index and the baseline's; RSS is the process's resident set as /proc/self/status reports it (VmHWM: the peak, loading and answering included). `npm run bench` runs all of it compiled as the product runs (scripts/bench.mjs), not through tsx.",
  );
  return out.join("\n") + "\n";
}

/** The report for tools: one JSON object. */
export function renderJson(report: BenchReport): string {
  return JSON.stringify(report) + "\n";
}
