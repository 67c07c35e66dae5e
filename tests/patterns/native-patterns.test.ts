import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { normalise } from "../../src/document/normalise.js";
import { nativeCandidate, preloadNative, provenNative } from "../../src/patterns/native-patterns.js";
import { toNativeSource } from "../../src/patterns/native-translation.js";
import { compilePattern, type Pattern } from "../../src/patterns/pattern.js";
import { analysePattern } from "../../src/patterns/pattern-literals.js";
import { exportShapes } from "../../src/patterns/pattern-shapes.js";
import { compileRules } from "../../src/rules/compile-rules.js";
import { loadBundledPacks } from "../../src/rules/load-pack.js";

const RUNS = Number(process.env.DISCLINT_PROPERTY_RUNS ?? 150);
const root = join(import.meta.dirname, "..", "..");
const loaded = loadBundledPacks(join(root, "rules"), CHECK_KINDS);
compileRules(loaded.packs, CHECK_KINDS);
/** Every pattern the bundled packs hold (compiling them analyses each one). */
const bundledPatterns = Object.keys(exportShapes());
const candidates = bundledPatterns.flatMap((source) => {
  const native = nativeCandidate(source);
  return native ? [{ source, native }] : [];
});
// Every candidate, proven or not, must translate exactly: the proof is the build's concern.
preloadNative(Object.fromEntries(candidates.map(({ source, native }) => [source, native])));

/** The example texts of every bundled rule, normalised as documents are. */
const exampleTexts = loaded.packs.flatMap((pack) =>
  pack.rules.flatMap((rule) =>
    [...rule.examples.valid, ...rule.examples.invalid].flatMap((example) =>
      [example.text, example.pair ?? ""].filter((text) => text !== "").map((text) => normalise(text).text),
    ),
  ),
);

function bothEngines(source: string): { native: Pattern; re2js: Pattern } {
  return { native: compilePattern(source), re2js: compilePattern(source, false, "re2js") };
}

function expectSameMatches(source: string, text: string, from = 0, to = text.length): void {
  const { native, re2js } = bothEngines(source);
  expect(native.matches(text, from, to), source).toEqual(re2js.matches(text, from, to));
  expect(native.test(text, from, to), source).toBe(re2js.test(text, from, to));
}

describe("RE2 → JS translation", () => {
  it.each([
    ["\\bfoo\\s+bar\\b", "\\bfoo[\\t\\n\\f\\r ]+bar\\b", "iu"],
    ["a.b", "a[^\\n]b", "iu"],
    ["(?-i)HK\\$\\d", "HK\\$\\d", "u"],
    ["(?s)a.b", "a[^]b", "isu"],
    ["\\p{Han}+", "\\p{Script=Han}+", "iu"],
    ["[\\p{Han}\\d,]", "[\\p{Script=Han}\\d,]", "iu"],
    ["\\pL", "\\p{L}", "iu"],
    ["a\\,b\\:c", "a,b:c", "iu"],
    ["{x}", "\\{x\\}", "iu"],
    ["[]a-]", "[\\]a\\-]", "iu"],
    ["(?P<year>\\d{4})", "(?<year>\\d{4})", "iu"],
    ["\\x{3000}|\\x41", "\\u{3000}|\\u{41}", "iu"],
    ["[^\\s.]+", "[^\\t\\n\\f\\r .]+", "iu"],
  ])("%s → /%s/%s", (re2, source, flags) => {
    expect(toNativeSource(re2)).toEqual({ source, flags });
  });

  it.each([
    ["a scoped flag group", "a(?-i:B)c"],
    ["a flag group after the start", "a(?i)b"],
    ["a capture inside a loop (JS resets it each iteration)", "(?:(a)|b)+"],
    ["a named capture inside a counted repeat", "(?:(?P<n>a)b){2,3}"],
    ["\\Q…\\E", "\\Qa.b\\E"],
    ["an octal escape", "\\101"],
    ["a POSIX class", "[[:alpha:]]"],
    ["\\S inside a class", "[\\S,]"],
    ["an unknown script", "\\p{Ogham}"],
    ["multi-line mode", "(?m)^a"],
  ])("refuses %s", (_what, re2) => {
    expect(toNativeSource(re2)).toBeUndefined();
  });

  it("keeps a capture under `?`, which runs at most once", () => {
    expect(toNativeSource("(?P<n>a)?b")).toEqual({ source: "(?<n>a)?b", flags: "iu" });
  });

  it.each([
    ["one that can match the empty string", "a*"],
    ["a loop over something that can be empty", "(?:a|b?)+c"],
  ])("offers no candidate for %s (RE2 and JS count empty iterations differently)", (_what, re2) => {
    expect(nativeCandidate(re2)).toBeUndefined();
  });

  it("runs a pattern natively only once it is proven", () => {
    expect(provenNative("never proven \\d")).toBeUndefined();
    preloadNative({ "proven \\d": { source: "proven \\d", flags: "iu" } });
    expect(provenNative("proven \\d")).toEqual({ source: "proven \\d", flags: "iu" });
  });
});

describe("native and re2js give the same matches", () => {
  it("translates most bundled patterns", () => {
    // Not a pass condition for correctness, a guard against the translator silently refusing all.
    expect(candidates.length).toBeGreaterThan(bundledPatterns.length * 0.8);
  });

  it.each([
    ["RE2 \\s is ASCII only", "a\\s+b", "a\u3000b a\u00a0b a \n b"],
    ["RE2 . crosses \\r and U+2028", "a.b", "a\rb a\u2028b a\nb"],
    ["\\b beside CJK and digits", "\\b\\d{4}\\b", "於2026年 x2026 2026"],
    ["case folding of non-ASCII letters", "straße|σοφία", "STRASSE Straße ΣΟΦΊΑ σοφία"],
    ["surrogate pairs", "[^a]b", "\u{20000}b 𠀀b"],
    ["a named group that does not take part", "(?P<x>q)?r", "r qr"],
  ])("on the documented differences: %s", (_what, re2, text) => {
    preloadNative({ [re2]: toNativeSource(re2) ?? { source: "(?!)", flags: "u" } });
    expectSameMatches(re2, text);
    expectSameMatches(re2, text, 1, text.length - 1);
  });

  it("on every bundled rule's examples, for every translated pattern", () => {
    // One text of all examples: a scan of it is cheaper than 1,700 small ones, and just as exact.
    const allExamples = exampleTexts.join("\n\n");
    let matching = 0;
    for (const { source } of candidates) {
      expectSameMatches(source, allExamples);
      if (compilePattern(source).test(allExamples)) matching++;
    }
    // The comparison means something only if most patterns do match the examples.
    expect(matching).toBeGreaterThan(candidates.length * 0.7);
  });

  it("on texts built from each pattern's own literals, spaces of every kind and punctuation", () => {
    const pieces = fc.oneof(
      fc.constantFrom(" ", "  ", "\n", "\r", "\t", "\u3000", "\u00a0", ".", ";", ",", "(", ")", "-", "$"),
      fc.constantFrom(
        "2026",
        "1,234.5",
        "HK$",
        "10%",
        "年",
        "月",
        "日",
        "股份",
        "公司",
        "the",
        "Shares",
        "Ltd.",
      ),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...candidates),
        fc.array(fc.oneof(pieces, pieces, fc.constant("LITERAL")), { maxLength: 30 }),
        fc.boolean(),
        (candidate, parts, upper) => {
          const literals = analysePattern(candidate.source).required?.literals ?? ["x"];
          let k = 0;
          const text = parts
            .map((part) => (part === "LITERAL" ? (literals[k++ % literals.length] ?? "") : part))
            .join("");
          const cased = upper ? text.toUpperCase() : text;
          expectSameMatches(candidate.source, cased);
          expectSameMatches(candidate.source, cased, Math.min(2, cased.length), cased.length);
        },
      ),
      { numRuns: RUNS * 10 },
    );
  });
});

describe("data/pattern-proofs.json", () => {
  it("has the build's verdict on every translatable bundled pattern (run `npm run build` after editing a pack)", () => {
    const proofs = JSON.parse(readFileSync(join(root, "data", "pattern-proofs.json"), "utf8")) as {
      verdicts: Record<string, string>;
    };
    const unjudged = candidates
      .map(({ native }) => `/${native.source}/${native.flags}`)
      .filter((key) => !(key in proofs.verdicts));
    expect(unjudged).toEqual([]);
  });
});
