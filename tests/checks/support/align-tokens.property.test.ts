/**
 * The typed-array Myers diff (token-alignment.ts) pairs tokens exactly as jsdiff's diffArrays
 * does with the same comparator: the same longest common subsequence, with ties broken the same
 * way, on sequences built to have many ties (few distinct words, repeats), "+s" variants at the
 * edges of the rule (three- and four-letter words, a plural's plural), empty sides, long
 * sequences, and documents that are edited copies of a wording, as real ones are.
 *
 * Runs: DISCLINT_PROPERTY_RUNS cases per property (default 1000); the seed is fixed
 * (DISCLINT_PROPERTY_SEED overrides it), so a failure replays exactly. A long local run:
 *   DISCLINT_PROPERTY_RUNS=100000 npx vitest run tests/checks/support/align-tokens.property.test.ts --testTimeout=0
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { myersAlign, sameToken } from "../../../src/checks/support/token-alignment.js";
import { alignTokens } from "../../../src/checks/support/word-diff.js";
import { jsdiffPairs } from "../../helpers/jsdiff-alignment.js";

const RUNS = Number(process.env.DISCLINT_PROPERTY_RUNS ?? 1000);
const SEED = Number(process.env.DISCLINT_PROPERTY_SEED ?? 20261203);
const PARAMETERS = { numRuns: RUNS, seed: SEED, endOnFailure: true };

// Few distinct words, so repeats and ties between equally long alignments are everywhere.
const tieWord = fc.constantFrom("the", "take", "takes", "board", "boards", "of", "no", "公", "告", "a");
// The "+s" rule at its edges: 3-letter bases ("the"/"thes", "it"/"its") never match their plural,
// 4-letter ones do ("clas"/"class", "take"/"takes"), and a plural's plural ("takess") matches the
// plural but not the base, so the rule is no equivalence.
const pluralWord = fc.constantFrom(
  "it",
  "its",
  "the",
  "thes",
  "take",
  "takes",
  "takess",
  "clas",
  "class",
  "s",
  "ss",
);
const manyWords = fc.constantFrom(
  ..."the company board directors shall take takes no responsibility for contents of this announcement make makes representation as to accuracy or completeness and expressly disclaim disclaims any liability whatsoever 本 公 告 的 內 容".split(
    " ",
  ),
);

// size "max": lengths spread over the whole range (fast-check's default keeps arrays under 10).
const sequences = (word: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(word, { maxLength, size: "max" });

type Edit = "keep" | "drop" | "plural" | "swap" | "insert";
/** A wording and a document made from it by dropping, pluralising, replacing and inserting words. */
const editedCopy = fc
  .array(
    fc.tuple(
      manyWords,
      fc.constantFrom<Edit>("keep", "keep", "keep", "drop", "plural", "swap", "insert"),
      manyWords,
    ),
    {
      maxLength: 80,
      size: "max",
    },
  )
  .chain((steps) => fc.tuple(fc.constant(steps), sequences(manyWords, 10), sequences(manyWords, 10)))
  .map(([steps, before, after]) => {
    const expected = steps.map(([word]) => word);
    const actual = [...before];
    for (const [word, edit, other] of steps) {
      if (edit === "keep") actual.push(word);
      else if (edit === "plural") actual.push(`${word}s`);
      else if (edit === "swap") actual.push(other);
      else if (edit === "insert") actual.push(other, word);
    }
    return { expected, actual: [...actual, ...after] };
  });

function expectSameAsJsdiff(expected: string[], actual: string[]): void {
  const reference = jsdiffPairs(expected, actual);
  expect(myersAlign(expected, actual)).toEqual(reference);
  expect(alignTokens(expected, actual)).toEqual(reference);
}

describe("token alignment pairs tokens exactly as jsdiff does", () => {
  it("on short sequences of few words (ties, repeats, empty sides)", () => {
    fc.assert(fc.property(sequences(tieWord, 14), sequences(tieWord, 14), expectSameAsJsdiff), PARAMETERS);
  });

  it("on sequences full of '+s' variants at the edges of the rule", () => {
    fc.assert(
      fc.property(sequences(pluralWord, 20), sequences(pluralWord, 20), expectSameAsJsdiff),
      PARAMETERS,
    );
  });

  it("on long sequences", () => {
    fc.assert(fc.property(sequences(manyWords, 300), sequences(manyWords, 300), expectSameAsJsdiff), {
      ...PARAMETERS,
      numRuns: Math.max(1, Math.ceil(RUNS / 10)),
    });
  });

  it("on documents that are edited copies of the wording", () => {
    fc.assert(
      fc.property(editedCopy, ({ expected, actual }) => expectSameAsJsdiff(expected, actual)),
      PARAMETERS,
    );
  });

  it("when the document opens with the wording, as written or with plurals, then goes on", () => {
    const plural = (token: string) => (token.length >= 4 && !token.endsWith("s") ? `${token}s` : token);
    fc.assert(
      fc.property(
        sequences(tieWord, 14),
        sequences(tieWord, 14),
        fc.boolean(),
        (wording, rest, pluralise) => {
          expectSameAsJsdiff(wording, [...(pluralise ? wording.map(plural) : wording), ...rest]);
        },
      ),
      PARAMETERS,
    );
  });

  it("matches two single tokens exactly when sameToken does, for any strings", () => {
    const token = fc
      .tuple(fc.string({ maxLength: 6 }), fc.nat(3))
      .map(([base, esses]) => base + "s".repeat(esses));
    fc.assert(
      fc.property(token, token, (a, b) => {
        expect(myersAlign([a], [b])).toEqual(sameToken(a, b) ? [[0, 0]] : []);
      }),
      PARAMETERS,
    );
  });
});
