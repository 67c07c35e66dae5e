/**
 * Where in a text a pattern can match, from where its required literals occur.
 *
 * If every match contains a required literal starting `offsetMin`..`offsetMax` units after the
 * match start, and no match is longer than `maxLength`, then a literal at p allows match starts
 * only in [p - offsetMax, p - offsetMin], and such a match ends before that + maxLength. A window
 * is a merged range of allowed starts [firstStart, lastStart] plus the slice of text re2js sees:
 * one character before (so `^`, `\b` at the first start read the real preceding character) and
 * up to lastStart + maxLength + 1 after (so a match never touches the slice end, where `$` and
 * `\b` would see a false end of text — unless the slice ends where the searched range ends).
 * Windows whose slices would overlap are merged, so re2js reads every character at most once
 * (plus one) and a windowed scan stays linear in the text, whatever the literal density.
 */
import type { RequiredLiterals } from "./pattern-literals.js";
import { firstAtOrAfter } from "./sorted-search.js";

/** Offsets are their own search keys. */
const offsetOf = (offset: number): number => offset;

export interface MatchWindow {
  firstStart: number;
  lastStart: number;
  sliceStart: number;
  sliceEnd: number;
}

/** Where each required literal occurs: at least in the range asked (see TextFacts.occurrencesOf). */
export interface LiteralOffsets {
  literal: string;
  offsets: readonly number[];
}

/** True when one of the literals lies wholly inside [from, to). */
export function anyLiteralIn(found: readonly LiteralOffsets[], from: number, to: number): boolean {
  return found.some(({ literal, offsets }) => {
    const at = offsets[firstAtOrAfter(offsets, from, offsetOf)];
    return at !== undefined && at + literal.length <= to;
  });
}

/** Sorted start offsets of every occurrence of the literals lying wholly inside [from, to). */
export function literalOccurrences(found: readonly LiteralOffsets[], from: number, to: number): number[] {
  const inRange: number[] = [];
  for (const { literal, offsets } of found) {
    for (let k = firstAtOrAfter(offsets, from, offsetOf); k < offsets.length; k++) {
      const at = offsets[k] as number;
      if (at + literal.length > to) break;
      inRange.push(at);
    }
  }
  // Several literals interleave; one literal's occurrences are already in order.
  return found.length > 1 ? inRange.sort((a, b) => a - b) : inRange;
}

export function windowsAround(
  occurrences: readonly number[],
  required: Pick<RequiredLiterals, "offsetMin">,
  offsetMax: number,
  maxLength: number,
  from: number,
  to: number,
): MatchWindow[] {
  const windows: MatchWindow[] = [];
  let current: MatchWindow | undefined;
  for (const at of occurrences) {
    const firstStart = Math.max(from, at - offsetMax);
    const lastStart = Math.min(to, at - required.offsetMin);
    if (lastStart < firstStart) continue;
    if (current && firstStart <= current.sliceEnd) {
      current.lastStart = Math.max(current.lastStart, lastStart);
      current.sliceEnd = Math.min(to, current.lastStart + maxLength + 1);
      continue;
    }
    current = {
      firstStart,
      lastStart,
      sliceStart: Math.max(from, firstStart - 1),
      sliceEnd: Math.min(to, lastStart + maxLength + 1),
    };
    windows.push(current);
  }
  return windows;
}
