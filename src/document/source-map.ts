/**
 * Offsets between the normalised and the original text, from the maps the normaliser recorded.
 * Both directions are lookups or binary searches, never a search for the matched text.
 */
import type { Normalised } from "./normalise.js";

export interface SourceMap {
  /** Original offset where normalised offset n starts (n in 0..length; clamped). */
  toOriginal(normalisedOffset: number): number;
  /** The first normalised offset whose source starts at or after the original offset. */
  toNormalised(originalOffset: number): number;
  /**
   * The original range a normalised range came from: from the start of its first character to
   * the end of its last, so it covers exactly the original text that was matched (including a
   * removed line-break hyphen or space inside it, never one after it).
   */
  originalRange(normalisedStart: number, normalisedEnd: number): { start: number; end: number };
}

export function createSourceMap({ text, map, ends }: Normalised): SourceMap {
  const length = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(Math.trunc(n), length));
  const toOriginal = (n: number) => map[clamp(n)] ?? 0;
  return {
    toOriginal,
    toNormalised(originalOffset) {
      // map is non-decreasing: find the first index with map[i] >= originalOffset.
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((map[mid] ?? 0) < originalOffset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    originalRange(normalisedStart, normalisedEnd) {
      const start = clamp(normalisedStart);
      const end = clamp(normalisedEnd);
      if (end <= start) return { start: toOriginal(start), end: toOriginal(start) };
      return { start: toOriginal(start), end: ends[end - 1] ?? toOriginal(end) };
    },
  };
}
