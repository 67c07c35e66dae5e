import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignTokens } from "../../../src/checks/support/word-diff.js";

/** The pairs straight from jsdiff, as alignTokens found them before its shortcuts. */
function jsdiffPairs(expected: string[], actual: string[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (expected.length === 0 || actual.length === 0) return pairs;
  const sameToken = (a: string, b: string) =>
    a === b || (a.length >= 4 && b.length >= 4 && (a === `${b}s` || b === `${a}s`));
  let i = 0;
  let j = 0;
  for (const change of diffArrays(expected, actual, { comparator: sameToken })) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else {
      for (let k = 0; k < change.count; k++) pairs.push([i + k, j + k]);
      i += change.count;
      j += change.count;
    }
  }
  return pairs;
}

// Few distinct words, with plural variants, so repeats and near-matches are frequent.
const word = fc.constantFrom("the", "take", "takes", "board", "boards", "of", "no", "公", "告", "a");
const words = fc.array(word, { maxLength: 14 });

describe("alignTokens pairs tokens exactly as jsdiff does", () => {
  it("for any two token sequences", () => {
    fc.assert(
      fc.property(words, words, (expected, actual) => {
        expect(alignTokens(expected, actual)).toEqual(jsdiffPairs(expected, actual));
      }),
      { numRuns: 2000 },
    );
  });

  it("when the document opens with the wording, as written or with plurals, then goes on", () => {
    const plural = (token: string) => (token.length >= 4 && !token.endsWith("s") ? `${token}s` : token);
    fc.assert(
      fc.property(words, words, fc.boolean(), (wording, rest, pluralise) => {
        const opening = pluralise ? wording.map(plural) : wording;
        const actual = [...opening, ...rest];
        expect(alignTokens(wording, actual)).toEqual(jsdiffPairs(wording, actual));
      }),
      { numRuns: 2000 },
    );
  });
});
