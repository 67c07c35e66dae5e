/** "Did you mean …?" for misspelt keys, kinds and rule ids. */
import { distance } from "fastest-levenshtein";

/** The closest candidate, when it is close enough to be a plausible typo of `word`. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Up to a third of the word may be wrong (at least 1, at most 3 edits): `severty` → `severity`.
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestName(word, candidates);
  return match === undefined ? "" : `; did you mean \`${match}\`?`;
}
