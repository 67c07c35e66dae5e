import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { isSurelyValidRe2 } from "../../src/patterns/pattern-syntax.js";

const compiles = (source: string): boolean => {
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    return true;
  } catch {
    return false;
  }
};

describe("isSurelyValidRe2", () => {
  it.each([
    ["takes? no responsibility for the contents of (?:this|the) announcement"],
    ["(?:\\bstock\\s?codes?|股份代號)\\s?(?::|\\bis\\b)?\\s?(?P<value>\\d{1,5})\\b"],
    ["[\\[【][ ●•·_*?-]*[\\]】]"],
    ["(?-i)X{1,2}(?:月|日)"],
    ["[^.]{1,60}?"],
  ])("vouches for the plain pattern %s", (source) => {
    expect(isSurelyValidRe2(source)).toBe(true);
  });

  it.each([
    ["(abc"],
    ["abc)"],
    ["a**"],
    ["*a"],
    ["x{2,1}"],
    ["x{1001}"],
    ["(?:a{100}){100}"],
    ["(?P<v>a)(?P<v>b)"],
    ["(?<=a)b"],
    ["\\1"],
    ["[z-a]"],
    ["[]"],
    ["\\p{Nonsense}"],
    ["\\Qa.b\\E"], // valid, but outside the subset: re2js decides
  ])("leaves %s to re2js", (source) => {
    expect(isSurelyValidRe2(source)).toBe(false);
  });

  it("never vouches for a pattern re2js rejects", () => {
    const token = fc.constantFrom(
      ..."ab中 .|()[]{}*+?^$-,:<>P\\".split(""),
      "(?:",
      "(?P<v>",
      "(?i)",
      "(?-i)",
      "\\d",
      "\\s",
      "\\b",
      "\\p{Han}",
      "\\x41",
      "{2}",
      "{1,3}",
      "{0,}",
      "[^",
    );
    let vouched = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const source = tokens.join("");
        if (!isSurelyValidRe2(source)) return;
        vouched++;
        expect(compiles(source)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(vouched).toBeGreaterThan(100); // the property was exercised, not vacuously true
  });
});
