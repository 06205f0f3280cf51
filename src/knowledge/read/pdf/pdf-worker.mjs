/**
 * Runs pdf.js in a worker thread so that a PDF which makes it loop or exhaust memory can be
 * stopped from outside (the extractor runs its own "worker" in the calling thread under Node).
 * Receives `{ id, data }` (the file's bytes) and answers `{ id, ok: true, pages, info }` with
 * the positioned text items of every page, or `{ id, ok: false, code, message }`.
 * Plain JavaScript: worker threads load files as Node sees them, without the TypeScript loader.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

const pdfjsDir = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
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
