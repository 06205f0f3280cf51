import { describe, expect, it } from "vitest";
import { NameMatcher } from "../../src/answer/name-matcher.js";

describe("a name matcher", () => {
  it("finds the leftmost name, and of names starting at one place the first listed, as an alternation of them would", () => {
    const m = new NameMatcher([{ text: "Vienna", whole: true }, { text: "Vienna International Centre", whole: true }, { text: "Doha", whole: true }]);
    expect(m.find("held in Doha, then at the Vienna International Centre")).toEqual({ index: 8, text: "Doha" });
    expect(m.all("held in Doha, then at the Vienna International Centre")).toEqual(["Doha", "Vienna"]);
    const longerFirst = new NameMatcher([{ text: "Vienna International Centre", whole: true }, { text: "Vienna", whole: true }]);
    expect(longerFirst.all("at the Vienna International Centre in Vienna")).toEqual(["Vienna International Centre", "Vienna"]);
  });

  it("takes a whole-word name only between word boundaries, and a name without them anywhere", () => {
    const m = new NameMatcher([{ text: "Oman", whole: true }, { text: "阿曼" }]);
    expect(m.test("the Romans")).toBe(false);
    expect(m.test("Omani delegates")).toBe(false);
    expect(m.all("Oman, (Oman) and Oman.")).toEqual(["Oman", "Oman", "Oman"]);
    expect(m.all("代表阿曼发言")).toEqual(["阿曼"]);
  });

  it("reads a straight and a curly apostrophe as one, and gives the name as the text writes it", () => {
    const m = new NameMatcher([{ text: "Lao People's Democratic Republic", whole: true }]);
    expect(m.all("the Lao People’s Democratic Republic and the Lao People's Democratic Republic")).toEqual(["Lao People’s Democratic Republic", "Lao People's Democratic Republic"]);
  });

  it("passes over a name followed or preceded by what makes it something else, and finds the next", () => {
    const m = new NameMatcher([
      { text: "西班牙", notFollowedBy: /[文语](?![化件书字献])/y },
      { text: "Europe", whole: true, notPrecededBy: /Council of (?:the )?$/, notFollowedBy: /\s+Union\b/y },
    ]);
    expect(m.test("西班牙文版本")).toBe(false);
    expect(m.all("西班牙文化与西班牙")).toEqual(["西班牙", "西班牙"]);
    expect(m.test("the Council of Europe and the Council of the Europe")).toBe(false);
    expect(m.test("the European Union")).toBe(false);
    expect(m.test("the Europe Union")).toBe(false);
    expect(m.all("the Council of Europe, in Europe")).toEqual(["Europe"]);
  });

  it("reads a small word that extraction glued to the next word apart from it, and gives the name as read", () => {
    const m = new NameMatcher([{ text: "Organization for Security and Co-operation in Europe", whole: true }]);
    expect(m.test("Activities supported by the Organization for Security andCo-operation in Europe in combating corruption")).toBe(true);
    expect(m.all("by the Organization for Security andCo-operation in Europe")).toEqual(["Organization for Security and Co-operation in Europe"]);
    expect(m.test("the Organization for Security andco-operation")).toBe(false);
  });

  it("finds nothing with no names, and never an empty one", () => {
    expect(new NameMatcher([]).test("Vienna")).toBe(false);
    expect(new NameMatcher([{ text: "" }]).all("abc")).toEqual([]);
  });
});
