/**
 * A bounded set of recently seen ids (oldest forgotten first), so that an event Slack delivers
 * twice is answered once without memory growing with traffic.
 */
export interface RecentIds {
  /** Records `id`; returns false when it was already recorded. */
  add(id: string): boolean;
  has(id: string): boolean;
  readonly size: number;
}

/** Creates the set; `max` bounds how many ids are remembered. */
export function createRecentIds(max = 10_000): RecentIds {
  const ids = new Set<string>();
  return {
    add(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      // Sets iterate in insertion order, so the first key is the oldest.
      if (ids.size > max) ids.delete(ids.values().next().value as string);
      return true;
    },
    has: (id) => ids.has(id),
    get size() {
      return ids.size;
    },
  };
}
