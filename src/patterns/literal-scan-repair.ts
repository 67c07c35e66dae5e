/**
 * The literal pass (literal-scan.ts) over an edited version of a text, carried over from the pass
 * over the version before: the language server re-checks a draft at every pause in typing, and
 * reading 50 KB for 3,000 literals again cost 2 ms of each re-check.
 *
 * Exact, never a guess: an occurrence of a literal at s reads text[s, s + length) and nothing
 * else. With the edit replacing old[prefix, oldEnd) by new[prefix, newEnd) and L the longest
 * literal, occurrences starting before prefix - L + 1 end inside the unchanged start and are
 * kept; those starting at or after oldEnd lie in the unchanged end and move by the edit's
 * growth; the ones in between are found by scanning new[prefix - L + 1, newEnd + L - 1).
 */
import type { LiteralScanner } from "./literal-scan.js";
import { editBetween } from "./text-edit.js";

export interface LiteralScan {
  /** The text scanned (folded or as written). */
  readonly haystack: string;
  readonly scanner: LiteralScanner;
  /** The ascending start offsets of each literal found, by the literal's index. */
  readonly found: Map<number, number[]>;
}

/**
 * An edit that changes more than this share of the text is scanned whole: a different
 * document, not an edited one.
 */
const MOST_CHANGED = 0.5;

/** The scan of `haystack`, from the scan of an earlier version of it; undefined when not one. */
export function repairedScan(previous: LiteralScan, haystack: string): Map<number, number[]> | undefined {
  const { prefix, oldEnd, newEnd } = editBetween(previous.haystack, haystack);
  if (newEnd - prefix > haystack.length * MOST_CHANGED || oldEnd - prefix > haystack.length * MOST_CHANGED)
    return undefined;
  const from = Math.max(0, prefix - previous.scanner.longest + 1);
  const to = Math.min(haystack.length, newEnd + previous.scanner.longest - 1);
  const rescanned = previous.scanner.scan(haystack.slice(from, to));
  const growth = newEnd - oldEnd;
  const found = new Map<number, number[]>();
  for (const literal of new Set([...previous.found.keys(), ...rescanned.keys()])) {
    const offsets: number[] = [];
    for (const at of previous.found.get(literal) ?? []) if (at < from) offsets.push(at);
    for (const at of rescanned.get(literal) ?? []) if (from + at < newEnd) offsets.push(from + at);
    for (const at of previous.found.get(literal) ?? []) if (at >= oldEnd) offsets.push(at + growth);
    if (offsets.length > 0) found.set(literal, offsets);
  }
  return found;
}
