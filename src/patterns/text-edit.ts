/**
 * How one version of a text became the next, found by comparing the two: the language server
 * re-checks a draft at every pause in typing, and work on the unchanged start and end of the
 * text can be carried over (scan-repair.ts for pattern scans, literal-scan-repair.ts for the
 * literal pass).
 */

/** text[prefix, oldEnd) was replaced by next[prefix, newEnd); the rest is the same. */
export interface TextEdit {
  prefix: number;
  oldEnd: number;
  newEnd: number;
}

export function editBetween(before: string, after: string): TextEdit {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}
