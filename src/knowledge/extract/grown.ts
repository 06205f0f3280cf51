/**
 * Membership tests on lists that only grow while a build extracts (a resolution's sources and
 * statements, a symbol's descriptions): each list has a set of its items' keys beside it, brought
 * up to date with the items appended since the last test. A test is a probe instead of a scan of
 * a list that grows with the corpus (a resolution cited in thousands of passages made the scans
 * quadratic: a third of the building thread's time at 10,000 documents).
 */
const keysOf = new WeakMap<unknown[], { keys: Set<string>; seen: number }>();

/** Whether an item of `list` has the key `key` (`keyOf` gives an item's key, the same for every test on a list). */
export function holdsKey<T>(list: T[], key: string, keyOf: (item: T) => string): boolean {
  let k = keysOf.get(list);
  if (!k) keysOf.set(list, (k = { keys: new Set(), seen: 0 }));
  if (k.seen > list.length) throw new Error("holdsKey: the list lost items since the last test");
  for (; k.seen < list.length; k.seen++) k.keys.add(keyOf(list[k.seen]));
  return k.keys.has(key);
}

const self = (s: string) => s;

/** Whether a list of strings holds `s` (`list.includes(s)`). */
export const holds = (list: string[], s: string): boolean => holdsKey(list, s, self);
