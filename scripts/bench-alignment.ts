/**
 * Token alignment, jsdiff against the typed-array Myers diff, on recorded inputs (issue 13,
 * item 3). Record the corpus's alignments first (nothing of the corpus enters the project):
 *
 *   DISCLINT_RECORD_ALIGNMENTS=/tmp/alignments.jsonl npx vitest run --config vitest.corpus.config.ts tests/corpus/alignment.corpus.ts
 *   npx tsx scripts/bench-alignment.ts /tmp/alignments.jsonl [rounds]
 *
 * Each input is aligned as often as the checks asked for it; a round is one pass over them all.
 * Prints each way's fastest and median round in ms, for the inputs that reach the diff (neither
 * side empty, the wording not already in place) and for alignTokens as the checks call it.
 */
import { performance } from "node:perf_hooks";
import { myersAlign, sameToken } from "../src/checks/support/token-alignment.js";
import { alignTokens } from "../src/checks/support/word-diff.js";
import { readAlignments } from "../tests/helpers/alignment-recorder.js";
import { jsdiffPairs } from "../tests/helpers/jsdiff-alignment.js";

type Align = (expected: readonly string[], actual: readonly string[]) => [number, number][];

const [file, roundsArgument] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx scripts/bench-alignment.ts <alignments.jsonl> [rounds]");
  process.exit(2);
}
const rounds = Number(roundsArgument ?? 30);
const calls = readAlignments(file).flatMap((alignment) =>
  Array.from({ length: alignment.calls }, () => [alignment.expected, alignment.actual] as const),
);
const inPlace = (expected: readonly string[], actual: readonly string[]) =>
  expected.length <= actual.length && expected.every((token, k) => sameToken(token, actual[k] as string));
const diffed = calls.filter(
  ([expected, actual]) => expected.length > 0 && actual.length > 0 && !inPlace(expected, actual),
);

/** alignTokens before this change: the same early returns, then jsdiff. */
const jsdiffAlignTokens: Align = (expected, actual) => {
  if (expected.length === 0 || actual.length === 0) return [];
  if (inPlace(expected, actual)) return expected.map((_, k) => [k, k]);
  return jsdiffPairs(expected, actual);
};

function time(
  align: Align,
  inputs: readonly (readonly [string[], string[]])[],
): { fastest: number; median: number } {
  const totals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const [expected, actual] of inputs) align(expected, actual);
    totals.push(performance.now() - start);
  }
  totals.sort((a, b) => a - b);
  return { fastest: totals[0] ?? 0, median: totals[Math.floor(totals.length / 2)] ?? 0 };
}

const format = ({ fastest, median }: { fastest: number; median: number }) =>
  `fastest ${fastest.toFixed(2)} ms, median ${median.toFixed(2)} ms`;
console.log(`${calls.length} calls, ${diffed.length} reach the diff; ${rounds} rounds`);
for (const [name, align, inputs] of [
  ["diff only, jsdiff      ", jsdiffPairs, diffed],
  ["diff only, typed Myers ", myersAlign, diffed],
  ["alignTokens with jsdiff", jsdiffAlignTokens, calls],
  ["alignTokens now        ", alignTokens, calls],
] as const) {
  console.log(`${name}: ${format(time(align, inputs))}`);
}
