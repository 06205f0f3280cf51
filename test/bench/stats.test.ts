import { describe, expect, it } from "vitest";
import { formatBytes, formatMs, percentile, sampleTasks, summarize, timed } from "../../bench/stats.js";

describe("percentile", () => {
  it("interpolates between the closest ranks", () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBeCloseTo(5.5);
    expect(percentile(xs, 95)).toBeCloseTo(9.55);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
  });

  it("sorts a copy and leaves the samples in their order", () => {
    const xs = [9, 1, 5];
    expect(percentile(xs, 50)).toBe(5);
    expect(xs).toEqual([9, 1, 5]);
  });

  it("gives the only sample for any percentile of one sample", () => {
    expect(percentile([7], 95)).toBe(7);
  });

  it("rejects an empty sample set and a percentile outside 0..100", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(/0\.\.100, got 101/);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("reports count, extremes, median, p95 and mean", () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, min: 1, p50: 2.5, p95: expect.closeTo(3.85, 5), max: 4, mean: 2.5 });
  });

  it("rejects an empty sample set", () => {
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe("sampleTasks", () => {
  it("drops the warm-up rounds and keeps one sample per timed round and task", async () => {
    const calls: string[] = [];
    const samples = await sampleTasks(
      [
        { key: "a", run: () => calls.push("a") },
        { key: "b", run: async () => calls.push("b") },
      ],
      { rounds: 3, warmup: 2 },
    );
    expect(calls).toEqual(["a", "b", "a", "b", "a", "b", "a", "b", "a", "b"]);
    expect(samples.get("a")).toHaveLength(3);
    expect(samples.get("b")).toHaveLength(3);
    for (const ms of [...samples.get("a")!, ...samples.get("b")!]) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("gives with each timed sample the CPU time it took, and none for the warm-up", async () => {
    const cpu = new Map<"busy" | "idle", number[]>();
    // Works until the process has used 10 ms of CPU time (whatever the machine's load).
    const spin = () => {
      const from = process.cpuUsage();
      for (;;) {
        const used = process.cpuUsage(from);
        if (used.user + used.system >= 10_000) return;
      }
    };
    await sampleTasks(
      [
        { key: "busy", run: spin },
        { key: "idle", run: () => new Promise((resolve) => setTimeout(resolve, 5)) },
      ],
      { rounds: 2, warmup: 1, cpu },
    );
    expect(cpu.get("busy")).toHaveLength(2);
    expect(cpu.get("idle")).toHaveLength(2);
    for (const ms of cpu.get("busy")!) expect(ms).toBeGreaterThanOrEqual(10);
    for (const ms of cpu.get("idle")!) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("pools the samples of tasks that share a key", async () => {
    const samples = await sampleTasks(
      [
        { key: "q", run: () => 1 },
        { key: "q", run: () => 2 },
      ],
      { rounds: 2, warmup: 0 },
    );
    expect(samples.get("q")).toHaveLength(4);
  });
});

describe("timed", () => {
  it("returns the value of the awaited function with non-negative times", async () => {
    const r = await timed(async () => "done");
    expect(r.value).toBe("done");
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(r.cpuMs).toBeGreaterThanOrEqual(0);
  });
});

describe("formatMs and formatBytes", () => {
  it("picks the unit and keeps three significant digits without exponents", () => {
    expect(formatMs(0.0123)).toBe("12.3 µs");
    expect(formatMs(0.9999)).toBe("1.00 ms");
    expect(formatMs(4.561)).toBe("4.56 ms");
    expect(formatMs(123.4)).toBe("123 ms");
    expect(formatMs(999.9)).toBe("1.00 s");
    expect(formatMs(61234)).toBe("61.2 s");
    expect(formatMs(Number.NaN)).toBe("n/a");
  });

  it("uses binary units for sizes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.50 KiB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.00 MiB");
    expect(formatBytes(300 * 1024 * 1024)).toBe("300 MiB");
  });
});
