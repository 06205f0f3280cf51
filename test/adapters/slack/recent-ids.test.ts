import { describe, expect, it } from "vitest";
import { createRecentIds } from "../../../src/adapters/slack/recent-ids.js";

describe("recent ids", () => {
  it("reports an id seen before", () => {
    const ids = createRecentIds();
    expect(ids.add("Ev1")).toBe(true);
    expect(ids.add("Ev1")).toBe(false);
  });

  it("forgets the oldest id beyond its bound", () => {
    const ids = createRecentIds(2);
    ids.add("a");
    ids.add("b");
    ids.add("c");
    expect(ids.size).toBe(2);
    expect(ids.has("a")).toBe(false);
    expect(ids.has("c")).toBe(true);
  });
});
