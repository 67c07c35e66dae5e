/**
 * Whether a stated percentage agrees with the exact value, allowing the rounding or truncation
 * a writer may apply at the stated number of decimals ("78.6%" for 78.571…%).
 */
export function agreesWithStated(exact: number, stated: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const scaled = exact * scale;
  const target = Math.round(stated * scale);
  const epsilon = 1e-7;
  const candidates = [
    Math.round(scaled + epsilon),
    Math.floor(scaled + epsilon),
    Math.ceil(scaled - epsilon),
  ];
  // Ceiling only counts when the writer could not have meant anything else (e.g. 0.004% → 0.01%).
  return candidates.slice(0, 2).includes(target) || (candidates[2] === target && exact > 0 && target === 1);
}

/** The exact value shown at the stated decimals, for messages. */
export function formatPercent(value: number, decimals: number): string {
  return `${value.toFixed(Math.max(decimals, 1))}%`;
}
