/**
 * A term's pattern matched by hand at word starts finds exactly what its RegExp finds scanning
 * the whole text: the same offsets and the same matched text, for random patterns over texts
 * built from the pattern's own letters and the characters that make matching hard (other letter
 * cases, "ſ" and the Kelvin sign that the `iu` flags equate with "s" and "k", accented Latin
 * letters, digits outside ASCII, surrogate pairs, Chinese, white space and hyphens).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTerm, type Piece, type TermPattern, termMatches } from "../../src/facts/term-pattern.js";

const RUNS = Number(process.env.DISCLINT_PROPERTY_RUNS ?? 150) * 10;
const PARAMETERS = { numRuns: RUNS, seed: 20261203, endOnFailure: true };

const LETTERS = ["a", "b", "e", "i", "k", "s", "y", "K", "S", "Y", "1", "2", "(", ")", ".", " ", "'"];
const literalArbitrary = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 4 })
  .map((chars): Piece => ({ kind: "literal", text: chars.join("") }));

const pieceArbitrary: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 4, arbitrary: literalArbitrary },
  { weight: 1, arbitrary: fc.boolean().map((spaces): Piece => ({ kind: "gap", spaces })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.array(literalArbitrary, { maxLength: 2 }), { minLength: 1, maxLength: 3 })
      .map((options): Piece => ({ kind: "either", options })),
  },
  { weight: 1, arbitrary: fc.constant<Piece>({ kind: "wordEnd" }) },
);

const patternArbitrary: fc.Arbitrary<TermPattern> = fc.record({
  pieces: fc.array(pieceArbitrary, { minLength: 1, maxLength: 5 }),
  wordStart: fc.boolean(),
  ignoreCase: fc.boolean(),
});

const HARD = ["ſ", "\u212a", "é", "É", "٣", "𝟙", "𝐀", "中", "\u00a0", "\u3000", "-", " ", "\n", "\ud800"];

/** Text made of the pattern's own characters and hard ones, so that matches are common. */
function textArbitrary(pattern: TermPattern): fc.Arbitrary<string> {
  const own = JSON.stringify(pattern.pieces).match(/"text":"([^"]*)"/g) ?? [];
  const words = own.map((entry) => entry.slice(8, -1));
  return fc
    .array(fc.oneof(fc.constantFrom(...LETTERS, ...HARD), fc.constantFrom("x", ...words)), { maxLength: 40 })
    .map((parts) => parts.join(""));
}

function byRegExp(text: string, pattern: TermPattern) {
  return [...text.matchAll(compileTerm(pattern))].map((match) => ({ index: match.index, text: match[0] }));
}

describe("termMatches", () => {
  it("finds what the pattern's RegExp finds", () => {
    fc.assert(
      fc.property(
        patternArbitrary.chain((pattern) => fc.tuple(fc.constant(pattern), textArbitrary(pattern))),
        ([pattern, text]) => {
          expect([...termMatches(text, pattern)]).toEqual(byRegExp(text, pattern));
        },
      ),
      PARAMETERS,
    );
  });

  it("matches the other letter case, ſ and the Kelvin sign only when letter case is ignored", () => {
    const pattern = (ignoreCase: boolean): TermPattern => ({
      pieces: [{ kind: "literal", text: "Ks" }, { kind: "wordEnd" }],
      wordStart: true,
      ignoreCase,
    });
    const text = "Ks ks \u212aſ KS xKs";
    expect([...termMatches(text, pattern(true))].map((match) => match.text)).toEqual([
      "Ks",
      "ks",
      "\u212aſ",
      "KS",
    ]);
    expect([...termMatches(text, pattern(false))].map((match) => match.text)).toEqual(["Ks"]);
  });

  it("takes the first alternative that lets the rest match, as a RegExp backtracks", () => {
    const pattern: TermPattern = {
      pieces: [
        { kind: "literal", text: "Part" },
        { kind: "either", options: [[{ kind: "literal", text: "y" }], [{ kind: "literal", text: "ie" }]] },
        {
          kind: "either",
          options: [[{ kind: "literal", text: "s" }], [{ kind: "literal", text: "es" }], []],
        },
        { kind: "wordEnd" },
      ],
      wordStart: true,
      ignoreCase: true,
    };
    const text = "Party, parties and Partyes but not Partyx";
    expect([...termMatches(text, pattern)]).toEqual(byRegExp(text, pattern));
    expect([...termMatches(text, pattern)].map((match) => match.text)).toEqual([
      "Party",
      "parties",
      "Partyes",
    ]);
  });
});
