/** CRC-32 (IEEE), as PNG chunks and zip entries need it. node:zlib has it from Node 20.15 on. */
import * as zlib from "node:zlib";

let table: Uint32Array | undefined;

function crc32Table(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** Table implementation, used when node:zlib lacks crc32 (and by tests to cross-check). */
export function crc32Slow(data: Uint8Array): number {
  const t = crc32Table();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 of `data` as an unsigned 32-bit number. */
export function crc32(data: Uint8Array): number {
  return native ? native(data) >>> 0 : crc32Slow(data);
}
