/**
 * Runs pdf.js in a worker thread so that a PDF which makes it loop or exhaust memory can be
 * stopped from outside (the extractor runs its own "worker" in the calling thread under Node).
 * Receives `{ id, data }` (the file's bytes) and answers `{ id, ok: true, pages, info }` with
 * the positioned text items of every page, or `{ id, ok: false, code, message }`.
 * Plain JavaScript: worker threads load files as Node sees them, without the TypeScript loader.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve("pdfjs-dist/package.json"));

/**
 * pdf.js puts a space wherever two glyphs stand more than 0.102 em apart, which splits words of
 * justified text whose letters are spread ("Presid en t", "attac ks"); real spaces come from the
 * space glyphs the PDF holds. Its thresholds are constants of its worker module, so a copy of
 * that module with a threshold of 0.2 em is loaded in its place (pdf.js takes the module from
 * `globalThis.pdfjsWorker`). Should a later pdf.js change those lines, the stock module is used.
 */
const SPACE_FACTORS = [
  ["const TRACKING_SPACE_FACTOR = 0.102;", "const TRACKING_SPACE_FACTOR = 0.2;"],
  ["const SPACE_IN_FLOW_MIN_FACTOR = 0.102;", "const SPACE_IN_FLOW_MIN_FACTOR = 0.2;"],
];
const stock = readFileSync(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"), "utf8");
if (SPACE_FACTORS.every(([from]) => stock.includes(from))) {
  const patched = SPACE_FACTORS.reduce((src, [from, to]) => src.replace(from, to), stock);
  await import("data:text/javascript;base64," + Buffer.from(patched).toString("base64"));
}
const { getDocument, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask].filter((op) => op !== undefined));

parentPort.on("message", async ({ id, data }) => {
  try {
    parentPort.postMessage({ id, ok: true, ...(await extract(data)) });
  } catch (e) {
    // pdf.js 5 no longer exports the class; its name is stable.
    const encrypted = e?.name === "PasswordException";
    parentPort.postMessage({ id, ok: false, code: encrypted ? "encrypted" : "unreadable", message: String(e?.message ?? e) });
  }
});

async function extract(data) {
  const task = getDocument({
    data,
    cMapUrl: join(pdfjsDir, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, "standard_fonts") + "/",
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const { info } = await doc.getMetadata().catch(() => ({ info: {} }));
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== "string" || !it.transform) continue;
        const [a, b, c, d, x, y] = it.transform;
        items.push({ s: it.str, x, y, w: it.width, size: Math.hypot(c, d) || Math.abs(a) || it.height, rotated: Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d), eol: Boolean(it.hasEOL) });
      }
      // Only pages without text are searched for images: that tells a scan from a blank page.
      const hasText = items.some((i) => i.s.trim());
      const hasImages = hasText ? undefined : (await page.getOperatorList()).fnArray.some((op) => IMAGE_OPS.has(op));
      pages.push({ width, height, items, hasImages });
      page.cleanup();
    }
    return { pages, info: { title: typeof info?.Title === "string" ? info.Title : undefined } };
  } finally {
    await doc.destroy();
  }
}
