/**
 * Binary search in an ascending list: where literal offsets (pattern-windows.ts) or the matches
 * of a scan (scan-repair.ts) stand relative to a text offset.
 */

/** The index of the first item whose key is ≥ `value` (items.length when none is). */
export function firstAtOrAfter<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(items[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
