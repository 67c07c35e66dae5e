import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compilePattern, type PatternMatch, PatternSyntaxError } from "../../src/patterns/pattern.js";
import { analysePattern } from "../../src/patterns/pattern-literals.js";
import { PATTERN_OPTION_KEYS } from "../../src/rules/pack-semantics.js";

/** The plain semantics compilePattern must keep: one re2js scan of text.slice(from, to). */
function referenceMatches(source: string, text: string, from = 0, to = text.length): PatternMatch[] {
  const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  const names = Object.keys(re.namedGroups());
  const matcher = re.matcher(text.slice(from, to));
  const found: PatternMatch[] = [];
  while (matcher.find()) {
    const groups: Record<string, string | undefined> = {};
    for (const name of names) groups[name] = matcher.group(name) ?? undefined;
    found.push({
      start: from + matcher.start(),
      end: from + matcher.end(),
      text: matcher.group() ?? "",
      groups,
    });
  }
  return found;
}

function patternsIn(value: unknown, isPatternKey: boolean): string[] {
  if (typeof value === "string") return isPatternKey ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => patternsIn(item, isPatternKey));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => patternsIn(child, PATTERN_OPTION_KEYS.has(key)));
  }
  return [];
}

const rulesDir = join(import.meta.dirname, "../../rules/hkex");
const packPatterns = [
  ...new Set(
    readdirSync(rulesDir)
      .filter((name) => name.endsWith(".yaml"))
      .flatMap((name) => {
        const pack = parse(readFileSync(join(rulesDir, name), "utf8")) as { rules: { check: unknown }[] };
        return pack.rules.flatMap((rule) => patternsIn(rule.check, false));
      }),
  ),
];

/** Edge cases for windows: anchors and word boundaries at window edges, case folding, spaces. */
const adversarialPatterns = [
  "^stock",
  "code$",
  "\\bab\\b",
  "\\Bab",
  "(?m)^ab",
  "ab\\s+cd",
  "ab\\s*cd",
  "a[^.]{0,5}b",
  "(?:ab|cd)e{1,3}",
  "(?-i)AB",
  "(?i:ab)C",
  "ab|",
  "a.{0,3}b",
  "\\d{3}",
  "[ab]c",
  "\\$\\d+",
  "(?P<left>ab)(?P<right>c)?",
  "st\\b",
  "k.k",
  "xx+",
  "(?:ab){2,}",
  "a(?:bc)?\\z",
  "【[^】]{0,4}】",
];

const FILLER = [
  " ",
  " ",
  "a",
  "b",
  "c",
  "d",
  "e",
  "X",
  "x",
  "k",
  "s",
  "1",
  "0",
  ".",
  ",",
  "%",
  "$",
  "[",
  "]",
  "(",
  ")",
];
const ODD = ["\n", "\t", "  ", "ſ", "\u212a", "İ", "【", "】", "。", "-", "😀", "中"];

/** Random texts made of filler, awkward characters and pieces of the pattern itself. */
function textFor(source: string): fc.Arbitrary<string> {
  const required = analysePattern(source).required?.literals ?? [];
  const pieces = source.split(/[\\()[\]{}?*+|^$.]+/).filter((piece) => piece !== "");
  const fragments = [...required, ...pieces, "stock code", "ab", "cd", "AB"];
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FILLER) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...fragments), fc.boolean())
        .map(([fragment, upper]) => (upper ? fragment.toUpperCase() : fragment)),
    },
  );
  return fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join(""));
}

function checkEquivalence(source: string): void {
  const pattern = compilePattern(source);
  fc.assert(
    fc.property(textFor(source), fc.nat(), fc.nat(), (text, a, b) => {
      expect(pattern.matches(text)).toEqual(referenceMatches(source, text));
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      const expected = referenceMatches(source, text, from, to);
      expect(pattern.matches(text, from, to)).toEqual(expected);
      expect(pattern.first(text, from, to)).toEqual(expected[0]);
      expect(pattern.test(text, from, to)).toBe(expected.length > 0);
    }),
    { numRuns: 120 },
  );
}

describe("compilePattern equivalence with a whole-text re2js scan", () => {
  it("reads the bundled hkex patterns", () => {
    expect(packPatterns.length).toBeGreaterThan(20);
  });

  it.each(packPatterns.map((source) => [source]))("pack pattern %s", (source) => checkEquivalence(source));

  it.each(adversarialPatterns.map((source) => [source]))("edge pattern %s", (source) =>
    checkEquivalence(source),
  );

  it("keeps matches found in separate windows non-overlapping and ordered", () => {
    const source = "ab[^.]{0,6}cd";
    const text = `${"ab cd ab cd. ".repeat(50)}xx abab cdcd`;
    expect(compilePattern(source).matches(text)).toEqual(referenceMatches(source, text));
  });

  it("agrees on large adversarial texts", () => {
    const cases: [string, string][] = [
      ["stock\\s?codes?\\s?(?::|\\bis\\b)?\\s?(?P<value>\\d{1,5})\\b", "stock code ".repeat(20_000)],
      ["\\brule 18A\\.05\\b", "rule 18A.05".repeat(10_000)],
      ["(?:HK\\$|US\\$|RMB|\\$) ?X+(?:[.,]X+)?\\b", `$ ${"X".repeat(50_000)}`],
      ["\\d{1,5}\\b", "1".repeat(100_000)],
      ["前瞻性(?:陳述|聲明|資料)", "前瞻性陳述前瞻性".repeat(10_000)],
      ["a\\s+b", `a${" ".repeat(5_000)}b a  b`],
    ];
    for (const [source, text] of cases) {
      expect(compilePattern(source).matches(text)).toEqual(referenceMatches(source, text));
    }
  });
});

describe("compilePattern errors", () => {
  it.each([["(abc"], ["a**"], ["(?<=a)b"], ["\\1"], ["x{2,1}"], ["(?P<v>a)(?P<v>b)"]])(
    "reports %s as a PatternSyntaxError at once",
    (source) => {
      expect(() => compilePattern(source)).toThrow(PatternSyntaxError);
    },
  );

  it("finds text that RE2 case folding relates to an ASCII literal (long s, Kelvin sign)", () => {
    expect(referenceMatches("stock code", "\u017ftock code")).toHaveLength(1);
    expect(compilePattern("stock code").matches("the \u017ftock code")).toEqual(
      referenceMatches("stock code", "the \u017ftock code"),
    );
    expect(compilePattern("kind").test("\u212aIND")).toBe(true);
  });

  it("matches case-insensitively unless the pattern opts out", () => {
    expect(compilePattern("lumen harbour").test("LUMEN HARBOUR Biotech")).toBe(true);
    expect(compilePattern("(?-i)XX").test("xx")).toBe(false);
  });
});
