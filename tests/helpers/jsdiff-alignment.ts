/**
 * The reference for token alignment: the pairs jsdiff's diffArrays makes common, with the same
 * comparator, as alignTokens computed them before it had its own Myers diff. Tests hold
 * token-alignment.ts to it, pair for pair.
 */
import { diffArrays } from "diff";
import { sameToken } from "../../src/checks/support/token-alignment.js";

export function jsdiffPairs(expected: readonly string[], actual: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays([...expected], [...actual], { comparator: sameToken })) {
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
