/**
 * Drives the pdf.js worker: one worker thread, reused from document to document (starting
 * pdf.js costs more than reading a small PDF), one document at a time. A document that takes
 * longer than its time limit, or more memory than allowed, ends the worker; the next document
 * starts a fresh one.
 */
import { Worker } from "node:worker_threads";

/** A text item of a page as pdf.js places it (PDF units, y upwards from the page's foot). */
export interface PdfItem {
  s: string;
  x: number;
  y: number;
  /** Advance width. */
  w: number;
  /** Font size. */
  size: number;
  /** Not horizontal (margin text set vertically). */
  rotated: boolean;
  /** pdf.js's own guess that a line ends after this item. */
  eol: boolean;
}

/** A page's text items. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  /** Set for pages without text: whether the page paints an image (a scan) or nothing. */
  hasImages?: boolean;
}

/** What the worker extracted, or why it could not (`message` a sentence for a person). */
export type ExtractOutcome =
  | { ok: true; pages: PdfPage[]; info: { title?: string } }
  | { ok: false; code: "encrypted" | "unreadable" | "timeout"; message: string };

/** Limits of one extraction. */
export interface ExtractLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

interface Job {
  bytes: Uint8Array;
  limits: ExtractLimits;
  resolve: (o: ExtractOutcome) => void;
}

const WORKER_URL = new URL("./pdf-worker.mjs", import.meta.url);

let worker: Worker | undefined;
let workerMemoryMb = 0;
let nextId = 1;
const queue: Job[] = [];
let busy = false;

/** Extracts the positioned text of a PDF in the worker thread, within the limits. */
export function extractPdf(bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractOutcome> {
  return new Promise((resolve) => {
    queue.push({ bytes, limits, resolve });
    runNext();
  });
}

/** Ends the worker thread (it is also let go of whenever it is idle, so a process can exit without this). */
export async function closePdfWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await w.terminate();
}

function runNext(): void {
  if (busy) return;
  const job = queue.shift();
  if (!job) {
    worker?.unref();
    return;
  }
  busy = true;
  const w = workerFor(job.limits.maxMemoryMb);
  w.ref();
  const id = nextId++;
  let settled = false;
  const finish = (o: ExtractOutcome, endWorker: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    w.off("message", onMessage);
    w.off("error", onError);
    w.off("exit", onExit);
    if (endWorker && worker === w) {
      worker = undefined;
      void w.terminate();
    }
    busy = false;
    job.resolve(o);
    runNext();
  };
  const onMessage = (m: { id: number } & ExtractOutcome) => {
    if (m.id !== id) return;
    finish(m.ok || m.code !== "unreadable" ? m : { ...m, message: `not a readable PDF file: ${m.message}` }, false);
  };
  const onError = (e: Error) => {
    const memory = (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
    finish({ ok: false, code: "unreadable", message: memory ? `the PDF needs more than ${job.limits.maxMemoryMb} MiB to read` : `the PDF reader failed: ${e.message}` }, true);
  };
  const onExit = (code: number) => finish({ ok: false, code: "unreadable", message: `the PDF reader stopped (exit code ${code})` }, true);
  const timer = setTimeout(
    () => finish({ ok: false, code: "timeout", message: `reading the PDF took longer than ${job.limits.timeoutMs / 1000} s and was stopped` }, true),
    job.limits.timeoutMs,
  );
  w.on("message", onMessage);
  w.on("error", onError);
  w.on("exit", onExit);
  // The bytes are copied into a buffer of their own and handed over, not shared with the caller.
  const data = new Uint8Array(job.bytes);
  w.postMessage({ id, data }, [data.buffer]);
}

function workerFor(maxMemoryMb: number): Worker {
  if (worker && workerMemoryMb === maxMemoryMb) return worker;
  if (worker) void worker.terminate();
  // The worker is plain JavaScript: it inherits no loader of the parent (tsx's would reject its data: import).
  const w = new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
  // A worker that fails between documents is replaced by the next document; its error must
  // not go unheard, which would end the whole process.
  const forget = () => {
    if (worker === w) worker = undefined;
  };
  w.on("error", forget);
  w.on("exit", forget);
  worker = w;
  workerMemoryMb = maxMemoryMb;
  return w;
}
