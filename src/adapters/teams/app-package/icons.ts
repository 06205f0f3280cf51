/**
 * The two app icons Teams requires, drawn in code so the package builds without an image editor:
 * color.png (192×192, full colour) and outline.png (32×32, white on transparent only).
 * The motif is a document page with text lines: the product answers from meeting documents.
 */
import { encodePng } from "./png.js";

type Rgba = [number, number, number, number];

class Canvas {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    fill: Rgba,
  ) {
    this.data = new Uint8Array(width * height * 4);
    this.rect(0, 0, width, height, fill);
  }
  /** Fills [x0, x1) × [y0, y1). */
  rect(x0: number, y0: number, x1: number, y1: number, c: Rgba): void {
    for (let y = Math.max(0, y0); y < Math.min(this.height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(this.width, x1); x++) this.data.set(c, (y * this.width + x) * 4);
    }
  }
  /** Fills the triangle below the diagonal from (x0, y0) to (x1, y1) inside their bounding box (the folded corner). */
  corner(x0: number, y0: number, size: number, c: Rgba): void {
    for (let dy = 0; dy < size; dy++) for (let dx = dy; dx < size; dx++) this.rect(x0 + dx, y0 + dy, x0 + dx + 1, y0 + dy + 1, c);
  }
  png(): Buffer {
    return encodePng(this.width, this.height, this.data);
  }
}

/** The accent colour of the app (manifest accentColor), also the colour icon's background. */
export const ACCENT: Rgba = [0x1f, 0x5c, 0x99, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];

/** 192×192 colour icon: a white page with blue text lines on the accent colour. */
export function colorIcon(): Buffer {
  const c = new Canvas(192, 192, ACCENT);
  c.rect(52, 32, 140, 160, WHITE);
  c.corner(116, 32, 24, ACCENT); // folded top-right corner
  for (const [y, right] of [[64, 112], [84, 124], [104, 124], [124, 124], [140, 100]] as const) c.rect(68, y, right, y + 8, ACCENT);
  return c.png();
}

/** 32×32 outline icon: the same page as a white outline on transparency. */
export function outlineIcon(): Buffer {
  const c = new Canvas(32, 32, CLEAR);
  c.rect(7, 3, 25, 5, WHITE); // top
  c.rect(7, 27, 25, 29, WHITE); // bottom
  c.rect(7, 3, 9, 29, WHITE); // left
  c.rect(23, 3, 25, 29, WHITE); // right
  for (const y of [10, 15, 20]) c.rect(11, y, 21, y + 2, WHITE);
  return c.png();
}
