import { describe, expect, it } from "vitest";
import { analysePattern, boundAt, isFoldSafe } from "../../src/patterns/pattern-literals.js";

const literals = (source: string) => analysePattern(source).required?.literals.sort();
const maxLength = (source: string, spaceRun = 1) => boundAt(analysePattern(source).maxLength, spaceRun);

describe("analysePattern: required literals", () => {
  it("joins a concatenation of literals and small optional parts", () => {
    expect(literals("expressly disclaims? any liability")).toEqual([
      "expressly disclaim any liability",
      "expressly disclaims any liability",
    ]);
  });

  it("takes one literal per branch of an alternation", () => {
    expect(literals("(?:預期|預計|預測)(?:收入|收益)")).toEqual(
      ["預期收入", "預期收益", "預計收入", "預計收益", "預測收入", "預測收益"].sort(),
    );
  });

  it("gives up when a branch has no literal", () => {
    expect(literals("(?:abc|\\d+)")).toBeUndefined();
    expect(literals("ab|")).toBeUndefined();
  });

  it("lower-cases literals of case-insensitive patterns and keeps (?-i) ones as written", () => {
    expect(literals("Rule 18A\\.05")).toEqual(["rule 18a.05"]);
    expect(literals("(?-i)X{1,2}月")).toEqual(["XX月", "X月"]);
  });

  it("uses the minimum repetitions of an unbounded repeat and the text after it starts", () => {
    expect(literals("\\bX{2,} ?%")).toEqual(["xx"]);
    expect(literals("(?:US\\$|\\$) ?X+")).toEqual(["$ x", "$x", "us$ x", "us$x"]);
  });

  it("reads small classes of plain characters as alternatives", () => {
    expect(literals("[\\[【]a")).toEqual(["[a", "【a"]);
  });

  it("keeps out cased non-ASCII characters, whose case folding it cannot reproduce", () => {
    expect(literals("σ")).toBeUndefined();
    expect(literals("aσb")).toEqual(["a"]);
  });

  it("records where the literal can sit in a match", () => {
    const required = analysePattern("[^.]{1,3}abc").required;
    expect(required?.literals).toEqual(["abc"]);
    expect(required?.offsetMin).toBe(1);
    expect(boundAt(required?.offsetMax ?? { fixed: 0, perSpaceRun: 0 }, 0)).toBe(6); // 3 characters, 2 units each
  });
});

describe("analysePattern: maximum match length", () => {
  it("counts literals by their length and other characters as two UTF-16 units", () => {
    expect(maxLength("abc")).toBe(3);
    expect(maxLength("a.b")).toBe(4);
    expect(maxLength("[^)]{0,40}")).toBe(80);
    expect(maxLength("(?:ab|cde)?f")).toBe(4);
  });

  it("bounds \\s+ and ' +' by the text's longest whitespace run", () => {
    expect(maxLength("a\\s+b", 1)).toBe(3);
    expect(maxLength("a\\s*b", 7)).toBe(9);
    expect(maxLength("a +b", 4)).toBe(6);
  });

  it("is unbounded for any other unbounded repeat", () => {
    expect(maxLength("ab\\d+")).toBe(Number.POSITIVE_INFINITY);
    expect(maxLength("(?:\\s+a)*")).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("isFoldSafe", () => {
  it("accepts ASCII and caseless characters only", () => {
    expect(isFoldSafe("S")).toBe(true);
    expect(isFoldSafe("公")).toBe(true);
    expect(isFoldSafe("。")).toBe(true);
    expect(isFoldSafe("é")).toBe(false);
    expect(isFoldSafe("ß")).toBe(false);
  });
});
