/**
 * Search postings over distinct passages. A corpus repeats passages word for word (the same
 * paragraph in every session's report, a document filed twice, boilerplate), and passages with
 * the same terms, term frequencies and length score alike for every query: the search scores
 * each such class of passages once and gives its score to every member. The classes and the
 * postings over them are made from the search postings when a build is written (exactly: a
 * passage joins a class only when its terms and frequencies are found equal, not on a hash
 * alone) and read lazily like the search postings. At 10,000 synthesized documents, 115,000
 * classes stand for 608,000 passages, and a query reads a fifth of the postings it read.
 */
import { closeSync, fstatSync, openSync } from "node:fs";
import { readFully, readRangesLazily, writeParts, type Postings } from "./postings.js";

/** Passages grouped into classes of equal terms, term frequencies and length. */
export interface PassageClasses {
  /** `classes + 1` offsets into `members`. */
  starts: Uint32Array;
  /** Every passage, grouped by class, ascending within a class; classes in the order of their first passage. */
  members: Uint32Array;
  /** Each passage's class. */
  classOf: Uint32Array;
}

/** The search postings over classes of passages: a class's postings are those of its first passage. */
export interface DistinctPostings {
  classes: PassageClasses;
  /** Postings whose "passages" are class numbers; their `lengths` are the classes' lengths, terms and term ids those of the search postings. */
  postings: Postings;
}

/** A 32-bit mix of a running hash and a value (multiply, rotate, multiply). */
function mix(h: number, x: number, m: number): number {
  let k = Math.imul(x, m);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * The classes of passages of equal terms, frequencies and length. Passages are grouped by a
 * 64-bit hash of their (term, frequency) pairs, their term count and length; a group is then
 * checked term by term (every member holds each term the group holds, with the same
 * frequency), and a group that fails (a hash collision) falls apart into single passages.
 */
export function passageClasses(p: Postings): PassageClasses {
  const n = p.lengths.length;
  const h1 = new Int32Array(n);
  const h2 = new Int32Array(n);
  const count = new Uint32Array(n);
  const { offsets, passages, tfs } = p;
  const termCount = offsets.length - 1;
  for (let t = 0; t < termCount; t++) {
    const x = Math.imul(t + 1, 0x10001);
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const d = passages[i];
      h1[d] = mix(h1[d], x ^ tfs[i], 0xcc9e2d51);
      h2[d] = mix(h2[d], x + tfs[i] * 0x3c6ef372, 0x85ebca6b);
      count[d]++;
    }
  }
  const order = Uint32Array.from({ length: n }, (_, d) => d);
  const lengths = p.lengths;
  const differ = (a: number, b: number) => h1[a] - h1[b] || h2[a] - h2[b] || count[a] - count[b] || lengths[a] - lengths[b];
  order.sort((a, b) => differ(a, b) || a - b);
  // Candidate groups: runs of equal keys of two or more passages.
  const group = new Int32Array(n).fill(-1);
  const size: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && differ(order[i], order[j]) === 0) j++;
    if (j - i > 1) {
      for (let k = i; k < j; k++) group[order[k]] = size.length;
      size.push(j - i);
    }
    i = j;
  }
  // The check: for each term, every member of a group that holds it, with one frequency.
  const groups = size.length;
  const stamp = new Int32Array(groups).fill(-1);
  const seenTf = new Uint16Array(groups);
  const seen = new Uint32Array(groups);
  const bad = new Uint8Array(groups);
  const touched = new Uint32Array(groups);
  for (let t = 0; t < termCount; t++) {
    let nTouched = 0;
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const g = group[passages[i]];
      if (g < 0) continue;
      if (stamp[g] !== t) {
        stamp[g] = t;
        seenTf[g] = tfs[i];
        seen[g] = 1;
        touched[nTouched++] = g;
      } else {
        if (seenTf[g] !== tfs[i]) bad[g] = 1;
        seen[g]++;
      }
    }
    for (let k = 0; k < nTouched; k++) if (seen[touched[k]] !== size[touched[k]]) bad[touched[k]] = 1;
  }
  // Classes in the order of their first passage; a group's members in passage order.
  const byGroup: number[][] = Array.from({ length: groups }, () => []);
  for (let d = 0; d < n; d++) if (group[d] >= 0 && !bad[group[d]]) byGroup[group[d]].push(d);
  const classOf = new Uint32Array(n).fill(0xffffffff);
  const members = new Uint32Array(n);
  const starts: number[] = [0];
  let at = 0;
  for (let d = 0; d < n; d++) {
    if (classOf[d] !== 0xffffffff) continue;
    const c = starts.length - 1;
    const g = group[d];
    for (const m of g >= 0 && !bad[g] ? byGroup[g] : [d]) {
      classOf[m] = c;
      members[at++] = m;
    }
    starts.push(at);
  }
  return { starts: Uint32Array.from(starts), members, classOf };
}

/** The search postings over classes: each term's postings of the classes' first passages, renumbered. */
export function distinctPostings(p: Postings, classes: PassageClasses): DistinctPostings {
  const { starts, members, classOf } = classes;
  const classCount = starts.length - 1;
  const first = (d: number) => members[starts[classOf[d]]] === d;
  const termCount = p.offsets.length - 1;
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    let k = 0;
    for (let i = p.offsets[t]; i < p.offsets[t + 1]; i++) if (first(p.passages[i])) k++;
    offsets[t + 1] = offsets[t] + k;
  }
  const passages = new Uint32Array(offsets[termCount]);
  const tfs = new Uint16Array(offsets[termCount]);
  let at = 0;
  for (let t = 0; t < termCount; t++) {
    for (let i = p.offsets[t]; i < p.offsets[t + 1]; i++) {
      const d = p.passages[i];
      if (!first(d)) continue;
      passages[at] = classOf[d];
      tfs[at++] = p.tfs[i];
    }
  }
  return { classes, postings: { terms: p.terms, termIds: p.termIds, offsets, passages, tfs, lengths: classLengths(p, classes), totalLength: p.totalLength } };
}

/** Each class's length (that of its passages). */
export function classLengths(p: Postings, classes: PassageClasses): Uint32Array {
  const lengths = new Uint32Array(classes.starts.length - 1);
  for (let c = 0; c < lengths.length; c++) lengths[c] = p.lengths[classes.members[classes.starts[c]]];
  return lengths;
}

/** The classes from their offsets and members (each passage's class worked out), checked. */
export function classesFrom(starts: Uint32Array, members: Uint32Array, n: number): PassageClasses {
  const classOf = new Uint32Array(n).fill(0xffffffff);
  if (members.length !== n || starts[0] !== 0 || starts[starts.length - 1] !== n) throw new Error("the passage classes do not cover the passages");
  for (let c = 0; c + 1 < starts.length; c++) {
    if (starts[c + 1] <= starts[c]) throw new Error("a passage class is empty");
    for (let i = starts[c]; i < starts[c + 1]; i++) {
      const d = members[i];
      if (d >= n || classOf[d] !== 0xffffffff || (i > starts[c] && d <= members[i - 1])) throw new Error("the passage classes are out of order");
      classOf[d] = c;
    }
    if (c > 0 && members[starts[c]] <= members[starts[c - 1]]) throw new Error("the passage classes are out of order");
  }
  return { starts, members, classOf };
}

// The file: a header of 32-bit words, then the classes' offsets and members, each term's offsets
// and the postings (classes, then term frequencies). The terms are the search postings'.
const MAGIC = 0x5453_4944; // "DIST"
const FORMAT = 1;
const HEADER_WORDS = 8;

/** Writes the postings over classes to one binary file. */
export function writeDistinct(path: string, d: DistinctPostings, version: number): void {
  writeParts(path, distinctFile(d, version));
}

/** The parts of the file `writeDistinct` writes, in order (the arrays themselves, not copies). */
export function distinctFile(d: DistinctPostings, version: number): ArrayBufferView[] {
  const { classes, postings } = d;
  const header = Uint32Array.of(MAGIC, FORMAT, version, classes.members.length, classes.starts.length - 1, postings.offsets.length - 1, postings.passages.length, 0);
  return [header, classes.starts, classes.members, postings.offsets, postings.passages, postings.tfs, new Uint16Array(postings.tfs.length % 2)];
}

/**
 * Reads the postings over classes of the search postings `search`, written by `writeDistinct`:
 * the classes and offsets now, each term's postings when a query first needs them (`loadTerms`).
 * @throws Error when the file is not one, is of another version, or does not match `search`.
 */
export function readDistinct(path: string, version: number, search: Postings, opts: { onDamaged?: () => void } = {}): DistinctPostings {
  const fd = openSync(path, "r");
  let keepOpen = false;
  try {
    const fileSize = fstatSync(fd).size;
    if (fileSize < HEADER_WORDS * 4) throw new Error(`${path}: too short for a file of distinct passages`);
    const h = new Uint32Array(HEADER_WORDS);
    readFully(fd, h, 0);
    if (h[0] !== MAGIC || h[1] !== FORMAT) throw new Error(`${path}: not a file of distinct passages of format ${FORMAT}`);
    if (h[2] !== version) throw new Error(`${path}: index version ${h[2]}, expected ${version}`);
    const [n, classCount, termCount, postingCount] = [h[3], h[4], h[5], h[6]];
    if (n !== search.lengths.length || termCount !== search.offsets.length - 1) throw new Error(`${path}: not the classes of these postings`);
    const size = HEADER_WORDS * 4 + (classCount + 1) * 4 + n * 4 + (termCount + 1) * 4 + postingCount * 4 + (postingCount + (postingCount % 2)) * 2;
    if (fileSize !== size) throw new Error(`${path}: ${fileSize} bytes where its header says ${size}`);
    let at = HEADER_WORDS * 4;
    const read = <T extends Uint32Array>(a: T) => {
      readFully(fd, a, at);
      at += a.byteLength;
      return a;
    };
    const classes = classesFrom(read(new Uint32Array(classCount + 1)), read(new Uint32Array(n)), n);
    const offsets = read(new Uint32Array(termCount + 1));
    if (offsets[0] !== 0 || offsets[termCount] !== postingCount) throw new Error(`${path}: the offsets do not match the postings`);
    for (let t = 0; t < termCount; t++) {
      const k = offsets[t + 1] - offsets[t];
      if (offsets[t + 1] < offsets[t] || k > search.offsets[t + 1] - search.offsets[t]) throw new Error(`${path}: the offsets do not match the search postings`);
    }
    const postings: Postings = { terms: search.terms, termIds: search.termIds, offsets, passages: new Uint32Array(postingCount), tfs: new Uint16Array(postingCount), lengths: classLengths(search, classes), totalLength: search.totalLength };
    readRangesLazily(postings, { fd, path, passagesAt: at, tfsAt: at + postingCount * 4 }, { onDamaged: opts.onDamaged });
    keepOpen = true;
    return { classes, postings };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
