/**
 * Line starts of the ORIGINAL text, so any offset becomes a 1-based line and column (UTF-16
 * code units, as editors and SARIF count them). LF, CRLF and a lone CR each end a line.
 */

export interface LineIndex {
  /** Offsets at which lines 1, 2, … start. */
  readonly lineStarts: readonly number[];
  /** Offset after the last character of each line's content (before its line break). */
  readonly lineEnds: readonly number[];
  position(offset: number): { line: number; column: number };
}

export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  const lineEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x0a && unit !== 0x0d) continue;
    lineEnds.push(i);
    if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStarts.push(i + 1);
  }
  lineEnds.push(text.length);
  return {
    lineStarts,
    lineEnds,
    position(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = lastAtOrBefore(lineStarts, clamped);
      return { line: line + 1, column: clamped - (lineStarts[line] ?? 0) + 1 };
    },
  };
}

/** Index of the last element <= value in an ascending array (0 when none is). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
