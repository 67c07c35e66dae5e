/**
 * Word-level comparison of a prescribed wording with a stretch of the document.
 *
 * Comparison works on tokens, not characters: a word (a run of letters and digits) in English,
 * a single character in Chinese (which has no spaces). Punctuation and case are ignored, so
 * full-width commas, straightened quotes and inserted brackets never count as differences.
 */
import { diffChars, diffWords } from "diff";
import type { DiffPart } from "../types.js";
import { myersAlign, sameToken } from "./token-alignment.js";

/** How a language is compared: English by words, Chinese by characters. */
export type Script = "words" | "chars";

export interface Token {
  /** Lower-cased, NFKC-folded text, for comparison. */
  text: string;
  /** Offsets in the text the token was cut from (end exclusive). */
  start: number;
  end: number;
}

// A Han character on its own, or a run of other letters, digits and combining marks.
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/**
 * The tokens of text[from, to), at most `limit` of them (the first ones). The text is read in
 * place, not sliced, and no further than the last token needed: an alignment window asks for
 * its tokens from a generous stretch of characters, and cutting and reading it all was a tenth
 * of a batch. A token running over `to` is cut there, as it would be in the slice.
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  limit = Number.POSITIVE_INFINITY,
): Token[] {
  // Where an end splits a surrogate pair, the slice's lone half reads differently: read the slice.
  if (splitsPair(text, from) || splitsPair(text, to)) return tokenizeSlice(text, from, to).slice(0, limit);
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  while (tokens.length < limit) {
    const match = TOKEN.exec(text);
    if (!match || match.index >= to) break;
    const end = Math.min(to, match.index + match[0].length);
    const word = end === TOKEN.lastIndex ? match[0] : text.slice(match.index, end);
    tokens.push({ text: word.normalize("NFKC").toLowerCase(), start: match.index, end });
  }
  TOKEN.lastIndex = 0;
  return tokens;
}

function splitsPair(text: string, at: number): boolean {
  return (
    at > 0 &&
    at < text.length &&
    isHighSurrogate(text.charCodeAt(at - 1)) &&
    isLowSurrogate(text.charCodeAt(at))
  );
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function tokenizeSlice(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    const start = from + match.index;
    tokens.push({ text: match[0].normalize("NFKC").toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

/** Sees the sequences each alignment is asked for (tests record what real checks align). */
export type AlignmentObserver = (expected: readonly string[], actual: readonly string[]) => void;

let observer: AlignmentObserver | undefined;

/** Installs an observer of alignTokens's inputs, or removes it (undefined). Tests only. */
export function observeAlignments(next: AlignmentObserver | undefined): void {
  observer = next;
}

/**
 * Pairs [expectedIndex, actualIndex] of tokens the two sequences share, in order (a longest
 * common subsequence, found by the Myers diff, which prefers the earliest matches): the pairs
 * jsdiff's diffArrays gives, computed by token-alignment.ts in a fraction of its time.
 */
export function alignTokens(expected: readonly string[], actual: readonly string[]): [number, number][] {
  observer?.(expected, actual);
  if (expected.length === 0 || actual.length === 0) return [];
  if (startsWithWording(expected, actual)) return expected.map((_, k) => [k, k]);
  return myersAlign(expected, actual);
}

/**
 * True when `actual` opens with every token of `expected`, in place: the usual case of a
 * statement written as prescribed. The diff then pairs each token with itself (its first step
 * follows the common prefix to the end of `expected`, and what is left is only additions), so
 * the pairs are given directly: the diff was a fifth of a batch's time.
 */
function startsWithWording(expected: readonly string[], actual: readonly string[]): boolean {
  if (expected.length > actual.length) return false;
  for (let k = 0; k < expected.length; k++) {
    if (!sameToken(expected[k] as string, actual[k] as string)) return false;
  }
  return true;
}

/**
 * The text a wording from YAML is compared as: the same folding the normaliser applies to
 * documents (NFKC, straight quotes, one dash, single spaces), so a diff shows real differences.
 */
export function foldForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212\ufe63\uff0d]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** A readable diff for the report: "removed" is prescribed but absent, "added" is extra. */
export function displayDiff(expected: string, actual: string, script: Script): DiffPart[] {
  const before = foldForComparison(expected);
  const after = foldForComparison(actual);
  const changes =
    script === "chars" ? diffChars(before, after) : diffWords(before, after, { ignoreCase: true });
  return changes.map((change) => ({
    op: change.added ? "added" : change.removed ? "removed" : "equal",
    text: change.value,
  }));
}
