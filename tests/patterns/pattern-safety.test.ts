import { describe, expect, it } from "vitest";
import { findPatternHazards } from "../../src/patterns/pattern-safety.js";

const kinds = (pattern: string) => findPatternHazards(pattern).map((hazard) => hazard.kind);

describe("findPatternHazards", () => {
  it.each([
    ["(a+)+$"],
    ["(a*)*"],
    ["(\\w+\\s?)*"],
    ["(?:\\s*\\w+)+"],
    ["((a+){2})+"],
    ["(a?)+"],
    ["(|x)+"],
    ["(a|aa)+"],
    ["(\\w|\\d)+"],
    ["(ab|abab)*"],
    ["(?:\\p{Han}|中){2,}"],
  ])("rejects the backtracking shape %s", (pattern) => {
    expect(kinds(pattern)).toContain("redos");
  });

  it.each([
    ["(?:\\w+\\s+)+"],
    ["(?:[A-Z][a-z]+\\s+)+Limited"],
    ["(a+b)+"],
    ["(the|this)+"],
    ["(?:a|b)+"],
    ["(a+){1,3}"],
    ["\\[(TBD|TBC|Date)\\]"],
    ["(?:stock code|股份代號)\\s*:?\\s*(?P<value>\\d{1,5})"],
    ["a{,3}"],
    ["[\\p{Han}]+"],
  ])("accepts the linear shape %s", (pattern) => {
    expect(kinds(pattern)).toEqual([]);
  });

  it.each([
    ["[^\\s\\S]"],
    ["x[^\\d\\D]"],
    ["[^\\x00-\\x{10FFFF}]"],
    ["a\\bb"],
    ["a\\B b"],
    ["[^[:alpha:][:^alpha:]]"],
  ])("proves %s can never match", (pattern) => {
    expect(kinds(pattern)).toEqual(["never-matches"]);
  });

  it.each([["x|[^\\s\\S]"], ["a\\b b"], ["(?:[^\\s\\S])?x"], ["a\\Bb"]])(
    "does not claim %s never matches",
    (pattern) => {
      expect(kinds(pattern)).toEqual([]);
    },
  );

  it("explains the shape in words", () => {
    expect(findPatternHazards("(a+)+$")[0]?.reason).toContain("nests an unbounded quantifier inside `(a+)+`");
  });
});
