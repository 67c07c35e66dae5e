import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { isFoldSafe } from "../../src/patterns/pattern-literals.js";
import { factsOf, foldText, longestSpaceRun } from "../../src/patterns/pattern-text.js";

/** Every code point except surrogates, as one string: the whole domain of a text fold. */
function everyCharacter(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) out.push(String.fromCodePoint(cp));
  return out;
}

describe("foldText agrees with RE2 case folding on fold-safe literals", () => {
  const all = everyCharacter();

  it("maps every character RE2 folds onto an ASCII letter to that letter", () => {
    const re = RE2JS.compile("(?i)[a-z]");
    const offenders = all.filter((c) => c.charCodeAt(0) >= 0x80 && re.testExact(c));
    expect(offenders.sort()).toEqual(["\u017f", "\u212a"]);
    expect(foldText("\u017f\u212a")).toBe("sk");
  });

  it("finds no fold partner for caseless characters", () => {
    const caseless = all.filter((c) => c.length === 1 && c.charCodeAt(0) >= 0x80 && isFoldSafe(c));
    expect(caseless.length).toBeGreaterThan(50_000);
    // One class of every caseless character: with (?i) it must match nothing else.
    const escaped = caseless.map((c) => `\\x{${c.charCodeAt(0).toString(16)}}`).join("");
    const re = RE2JS.compile(`(?i)[${escaped}]`);
    const others = all.filter((c) => !(c.length === 1 && c.charCodeAt(0) >= 0x80 && isFoldSafe(c)));
    expect(others.filter((c) => re.testExact(c))).toEqual([]);
  });

  it("gives up when lower-casing would move offsets", () => {
    expect(foldText("İstanbul")).toBeUndefined();
    expect(foldText("Lumen HARBOUR")).toBe("lumen harbour");
  });
});

describe("longestSpaceRun", () => {
  it("measures the longest run of RE2 whitespace", () => {
    expect(longestSpaceRun("Lumen Harbour")).toBe(1);
    expect(longestSpaceRun("a \n\t b  c")).toBe(4);
    expect(longestSpaceRun("朗港生物")).toBe(0);
    expect(longestSpaceRun("a\u3000\u3000b")).toBe(0); // ideographic space is not RE2 \s
  });

  it("is cached per text", () => {
    const text = `Lumen Harbour Biotech Limited${" ".repeat(3)}(Stock Code: 9876)`;
    expect(factsOf(text)).toBe(factsOf(text));
    expect(factsOf(text).longestSpaceRun).toBe(3);
  });
});

describe("occurrencesOf: one scan of a text per literal", () => {
  it("lists every start, overlapping ones too, in the folded text or, case-sensitively, the text", () => {
    const facts = factsOf("Aaa aA AAA");
    expect(facts.occurrencesOf("aa", false, 0, 10)).toEqual([0, 1, 4, 7, 8]);
    expect(facts.occurrencesOf("aa", true, 0, 10)).toEqual([1]);
    expect(facts.occurrencesOf("AA", true, 0, 10)).toEqual([7, 8]);
    expect(facts.occurrencesOf("zz", false, 0, 10)).toEqual([]);
  });

  it("scans once: the same array answers the next pattern that needs the literal", () => {
    const facts = factsOf("the Shares and the shares");
    expect(facts.occurrencesOf("shares", false, 0, 25)).toBe(facts.occurrencesOf("shares", false, 3, 20));
  });

  it("searches a short range alone, finding every occurrence wholly inside it", () => {
    const text = `${"x".repeat(500)} shares shares ${"x".repeat(500)} shares`;
    const facts = factsOf(text);
    expect(facts.occurrencesOf("shares", false, 495, 520)).toEqual([501, 508]);
    expect(facts.occurrencesOf("shares", false, 495, 512)).toEqual([501]);
  });
});
