/**
 * How far English questions reach into Chinese: the share of their content words that the
 * terminology or the dictionary turns into at least one Chinese term. Measured over questions
 * written for this test (test/fixtures/questions/) and, where the evaluation sets sit beside
 * the project, over their English questions too.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { englishReach } from "../../src/knowledge/lang/expand.js";
import { realGlossary } from "./corpus.js";

const FLOOR = 0.95;
const own = readFileSync(new URL("../fixtures/questions/delegate-questions-en.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"));

/** English questions of an evaluation set beside the project, when it is there. */
function evalSet(name: string): string[] {
  const file = new URL(`../../../shared/eval/${name}`, import.meta.url);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, "utf8")) as { lang: string; question: string }[]).filter((q) => q.lang === "en").map((q) => q.question);
}

describe("English questions reach Chinese terms", () => {
  const g = realGlossary();
  const sets: [string, string[]][] = [
    ["own questions", own],
    ["dev.json", evalSet("dev.json")],
    ["real-dev.json", evalSet("real-dev.json")],
  ];

  it("has at least 100 questions of its own", () => {
    expect(own.length).toBeGreaterThanOrEqual(100);
  });

  it(`turns at least ${FLOOR * 100}% of content words into a term of the other language`, () => {
    let content = 0;
    let reached = 0;
    const missed = new Map<string, number>();
    for (const [name, questions] of sets) {
      if (!questions.length) continue;
      let c = 0;
      let r = 0;
      for (const q of questions) {
        const x = englishReach(q, g);
        c += x.content;
        r += x.reached;
        for (const w of x.unreached) missed.set(w, (missed.get(w) ?? 0) + 1);
      }
      console.log(`vocabulary reach, ${name}: ${r}/${c} content words (${((100 * r) / c).toFixed(1)}%) over ${questions.length} questions`);
      content += c;
      reached += r;
    }
    const share = reached / content;
    console.log(`vocabulary reach, all: ${reached}/${content} (${(100 * share).toFixed(1)}%); not reached: ${[...missed].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}${n > 1 ? `×${n}` : ""}`).join(", ")}`);
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it("counts a word nobody knows as not reached", () => {
    const x = englishReach("what about the zorblaxian quibbits?", g);
    expect(x.unreached).toEqual(["zorblaxian", "quibbits"]);
  });
});
