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

export interface MatchWindow {
  firstStart: number;
  lastStart: number;
  sliceStart: number;
  sliceEnd: number;
}

/** True when one of the literals lies wholly inside haystack[from, to). */
export function anyLiteralIn(
  haystack: string,
  literals: readonly string[],
  from: number,
  to: number,
): boolean {
  const view = rangeOf(haystack, from, to);
  return literals.some((literal) => view.includes(literal));
}

/** Sorted start offsets of every occurrence of the literals inside haystack[from, to). */
export function literalOccurrences(
  haystack: string,
  literals: readonly string[],
  from: number,
  to: number,
): number[] {
  const found: number[] = [];
  const view = rangeOf(haystack, from, to);
  for (const literal of literals) {
    for (let at = view.indexOf(literal); at >= 0; at = view.indexOf(literal, at + 1)) found.push(from + at);
  }
  // Several literals interleave; one literal's occurrences are already in order.
  return literals.length > 1 ? found.sort((a, b) => a - b) : found;
}

/**
 * haystack[from, to) to search in: indexOf cannot be told where to stop, so on the whole text a
 * literal absent from a short range was sought to the end of the document, once per range
 * (the limbs of every candidate statement): a re-check of a 50 KB draft spent half its time there.
 */
function rangeOf(haystack: string, from: number, to: number): string {
  return from <= 0 && to >= haystack.length ? haystack : haystack.slice(Math.max(0, from), to);
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
