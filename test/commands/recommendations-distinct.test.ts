/**
 * A recommendation a meeting made and a report states again is listed once; the same words from
 * another meeting are another recommendation.
 */
import { describe, expect, it } from "vitest";
import { distinct } from "../../commands/recommendations.js";
import type { Recommendation } from "../../src/knowledge/model.js";

const rec = (id: string, meetingId: string | undefined, text: string, actions: string[] = []): Recommendation => ({ id, meetingId, text, source: `p-${id}`, actions });

describe("recommendations without repeats", () => {
  const text = "工作组建议缔约国继续分享关于利益冲突的预防和管理的良好做法。";

  it("lists a restatement by the same meeting once, citing both places and both actions", () => {
    const out = distinct([rec("a", "m1", text, ["x"]), rec("b", "m1", `1. ${text}`, ["y"])]);
    expect(out).toHaveLength(1);
    expect(out[0].also).toEqual(["p-b"]);
    expect(out[0].actions.sort()).toEqual(["x", "y"]);
  });

  it("keeps the same words of two meetings apart", () => {
    expect(distinct([rec("a", "m1", text), rec("b", "m2", text)])).toHaveLength(2);
  });

  it("keeps different recommendations of one meeting apart, in their order", () => {
    const out = distinct([rec("a", "m1", text), rec("b", "m1", "工作组请秘书处编写一份关于公共采购的背景文件。"), rec("c", undefined, text)]);
    expect(out.map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});
