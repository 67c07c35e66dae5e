/**
 * `a.localeCompare(b)` for the identifiers and paths a report sorts (rule ids, pack files),
 * without starting ICU's collator for the common case: its first use costs ~5 ms, a noticeable
 * share of a cold check. For text made only of small letters, digits, "-", "." and "/", the
 * collator's order is the order of the UTF-16 code units (both put "-" < "." < "/" < digits <
 * letters; tests/domain/text-order.test.ts compares them); anything else goes to localeCompare.
 */
const PLAIN = /^[a-z0-9./-]*$/;

export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
