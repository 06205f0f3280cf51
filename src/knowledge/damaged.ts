/** A part of the index cache found damaged after the start, when it was read: never used, and rebuilt at the next start. */
export class DamagedIndexError extends Error {
  override name = "DamagedIndexError";
}
