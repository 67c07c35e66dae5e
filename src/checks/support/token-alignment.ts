/**
 * The pairs of tokens a prescribed wording and a stretch of the document share: a longest common
 * subsequence found by a Myers diff over integer token ids in typed arrays.
 *
 * It replaces jsdiff's diffArrays, which allocates an object per step of every path and calls
 * the string comparator at each (a fifth of a batch's time before alignTokens learnt to skip
 * wordings found in place, and still about seven times this module's), and gives the very same
 * pairs. That matters: two sequences often have several longest common subsequences ("the" can
 * pair with either of two), and the statement a check reports, its extent and its similarity
 * were all tuned on the one jsdiff picks. So the walk below is jsdiff 8's (`Diff` in
 * node_modules/diff/libesm/diff/base.js) step for step: the same diagonals in the same order,
 * the same choice between a removal and an addition, the same pruning at the edges of the edit
 * graph. Only the representation differs. Tests hold it to jsdiff on random sequences and on
 * the sequences real checks align (tests/checks/support/, tests/corpus/alignment.corpus.ts).
 */

/**
 * Two tokens are the same word when equal, or when one is the other plus "s": "disclaims" for
 * "disclaim" and "takes" for "take" are common, harmless variants in real disclaimers.
 */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return a === `${b}s` || b === `${a}s`;
}

/**
 * Both sequences as ids, with the "+s" rule as a table. The rule is not an equivalence ("takes"
 * matches "take", but a 4-letter word and its plural's plural do not match), so ids cannot be
 * merged: `plural[id]` is the id of the token plus "s", or -1. Then for ids a and b,
 * sameToken ⇔ a === b || plural[a] === b || plural[b] === a, exactly: a === b + "s" with b of
 * four letters or more is what `plural[b] === a` records, and the plural is then five or more.
 */
interface InternedTokens {
  expected: Int32Array;
  actual: Int32Array;
  plural: Int32Array;
}

function intern(expected: readonly string[], actual: readonly string[]): InternedTokens {
  const ids = new Map<string, number>();
  const idsOf = (tokens: readonly string[]) => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((token, k) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      out[k] = id;
    });
    return out;
  };
  const interned = { expected: idsOf(expected), actual: idsOf(actual), plural: new Int32Array(ids.size) };
  interned.plural.fill(-1);
  for (const [token, id] of ids) {
    if (token.length < 5 || !token.endsWith("s")) continue;
    const singular = ids.get(token.slice(0, -1));
    if (singular !== undefined) interned.plural[singular] = id;
  }
  return interned;
}

/**
 * Pairs [expectedIndex, actualIndex] of tokens the two sequences share, in order: what
 * jsdiff's `diffArrays(expected, actual, { comparator: sameToken })` makes common, pair for pair.
 */
export function myersAlign(expected: readonly string[], actual: readonly string[]): [number, number][] {
  const pairs = pairsOf(shortestEditPath(intern(expected, actual)));
  // Real alignments record a few hundred runs at most, but a pathological pair of long windows
  // can record O(D²): give such a buffer back instead of holding it for the process's life.
  if (runs.length > RUNS_KEPT) runs = new Int32Array(256);
  return pairs;
}

// Working memory, reused between calls (alignment is synchronous, so never shared by two walks).
// For each diagonal d = expectedPos - actualPos (stored at d + offset): the furthest expected
// position reached (NO_PATH when none, as jsdiff's `undefined`) and the last run of matches on
// the way there. Runs of matches form a tree of back-links: [expectedStart, actualStart, length,
// previous run] per run, -1 ending the chain.
const NO_PATH = -2;
let furthest = new Int32Array(64);
let lastRun = new Int32Array(64);
let runs = new Int32Array(256);
const RUNS_KEPT = 1 << 16;
let runCount = 0;

function prepare(diagonals: number): void {
  if (furthest.length < diagonals) {
    furthest = new Int32Array(diagonals * 2);
    lastRun = new Int32Array(diagonals * 2);
  }
  furthest.fill(NO_PATH, 0, diagonals);
  runCount = 0;
}

function recordRun(expectedStart: number, actualStart: number, length: number, previous: number): number {
  if ((runCount + 1) * 4 > runs.length) {
    const grown = new Int32Array(runs.length * 2);
    grown.set(runs);
    runs = grown;
  }
  const at = runCount * 4;
  runs[at] = expectedStart;
  runs[at + 1] = actualStart;
  runs[at + 2] = length;
  runs[at + 3] = previous;
  return runCount++;
}

/**
 * jsdiff's forward Myers walk (`diffWithOptionsObj`), returning the last run of matches of the
 * path that reaches the end first (-1: nothing in common). Edit length D visits the diagonals
 * -D..D, two apart, left to right. A diagonal is reached by an addition from the diagonal above
 * when that path got further along `expected` than the one below, otherwise by a removal from
 * below — so where both moves reach the same point the addition wins, and where the paths tie
 * the removal does — then follows matches as far as they go. Once a path touches the last
 * expected token the diagonals beyond it are dropped for good, and likewise below a path that
 * touches the last actual token: jsdiff's pruning, kept so that exactly jsdiff's paths are walked.
 */
function shortestEditPath({ expected, actual, plural }: InternedTokens): number {
  const expectedLength = expected.length;
  const actualLength = actual.length;
  const maxEdits = expectedLength + actualLength;
  const offset = maxEdits + 1;
  prepare(2 * maxEdits + 3);

  /** jsdiff's `extractCommon`: follow matches along diagonal d from expected position `from`. */
  const slide = (d: number, from: number, run: number): void => {
    let e = from;
    let a = from - d;
    while (e + 1 < expectedLength && a + 1 < actualLength) {
      const x = expected[e + 1] as number;
      const y = actual[a + 1] as number;
      if (x !== y && plural[x] !== y && plural[y] !== x) break;
      e++;
      a++;
    }
    furthest[d + offset] = e;
    lastRun[d + offset] = e > from ? recordRun(from + 1, from + 1 - d, e - from, run) : run;
  };
  const reachesEnd = (d: number) => {
    const e = furthest[d + offset] as number;
    return e + 1 >= expectedLength && e - d + 1 >= actualLength;
  };

  slide(0, -1, -1);
  if (reachesEnd(0)) return lastRun[offset] as number;
  // No diagonal lies beyond ±maxEdits, so ±offset stand for "no limit yet".
  let lowest = -offset;
  let highest = offset;
  for (let edits = 1; edits <= maxEdits; edits++) {
    for (let d = Math.max(lowest, -edits); d <= Math.min(highest, edits); d += 2) {
      const removeFrom = furthest[d - 1 + offset] as number;
      const addFrom = furthest[d + 1 + offset] as number;
      // jsdiff frees the path it removes from: no later diagonal of this round reads it, and a
      // later round must not find it there if that diagonal is then out of range.
      if (removeFrom !== NO_PATH) furthest[d - 1 + offset] = NO_PATH;
      const canAdd = addFrom !== NO_PATH && addFrom - d >= 0 && addFrom - d < actualLength;
      const canRemove = removeFrom !== NO_PATH && removeFrom + 1 < expectedLength;
      if (!canAdd && !canRemove) {
        furthest[d + offset] = NO_PATH;
        continue;
      }
      if (!canRemove || (canAdd && removeFrom < addFrom))
        slide(d, addFrom, lastRun[d + 1 + offset] as number);
      else slide(d, removeFrom + 1, lastRun[d - 1 + offset] as number);
      if (reachesEnd(d)) return lastRun[d + offset] as number;
      const e = furthest[d + offset] as number;
      if (e + 1 >= expectedLength) highest = Math.min(highest, d - 1);
      if (e - d + 1 >= actualLength) lowest = Math.max(lowest, d + 1);
    }
  }
  // An edit script of expected.length + actual.length steps always exists, so jsdiff (without
  // maxEditLength or a timeout) always ends above; this line is never reached.
  throw new Error("token alignment found no edit path");
}

/** The runs of matches along the chain ending at `last`, as index pairs in order. */
function pairsOf(last: number): [number, number][] {
  const chain: number[] = [];
  for (let run = last; run !== -1; run = runs[run * 4 + 3] as number) chain.push(run);
  const pairs: [number, number][] = [];
  for (let k = chain.length - 1; k >= 0; k--) {
    const at = (chain[k] as number) * 4;
    const expectedStart = runs[at] as number;
    const actualStart = runs[at + 1] as number;
    const length = runs[at + 2] as number;
    for (let step = 0; step < length; step++) pairs.push([expectedStart + step, actualStart + step]);
  }
  return pairs;
}
