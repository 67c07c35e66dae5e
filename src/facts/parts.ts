/**
 * Parts against a stated total within one sentence: "Of the 14 participants, three … and 11
 * participants …" (English only). A part list introduced by "including" may be partial, so
 * there only a sum above the total counts as a contradiction.
 */
import { NUMBER_WORD_PATTERN, parseCount } from "./numbers.js";
import type { Located } from "./types.js";

export interface PartsStatement extends Located {
  noun: string;
  total: { value: number; start: number; end: number };
  parts: { value: number; start: number; end: number }[];
  partial: boolean;
}

const MENTION = new RegExp(
  `(\\b(?:a\\s+total\\s+of|in\\s+total|total\\s+of|of\\s+the|among\\s+the|out\\s+of)\\s+)?\\b(\\d{1,6}|${NUMBER_WORD_PATTERN})\\s+([a-z]{3,}?)(?:s|es)?\\b`,
  "gi",
);
const SENTENCE = /[^.;。]+/g;
const PARTIAL = /\b(?:including|includes?|such\s+as|among\s+(?:which|whom)|of\s+which|of\s+whom)\b/i;

/** Four digits from 1900 to 2100: a year, not a count. */
function isYear(digits: string): boolean {
  return /^(?:19|20)\d\d$|^2100$/.test(digits);
}

export function extractPartsStatements(text: string): PartsStatement[] {
  const found: PartsStatement[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const byNoun = new Map<string, { marked: boolean; value: number; start: number; end: number }[]>();
    for (const mention of sentence[0].matchAll(MENTION)) {
      const value = parseCount(mention[2] ?? "");
      const noun = (mention[3] ?? "").toLowerCase();
      if (value === undefined || isYear(mention[2] ?? "")) continue;
      const start = sentence.index + mention.index;
      const list = byNoun.get(noun) ?? [];
      list.push({ marked: mention[1] !== undefined, value, start, end: start + mention[0].length });
      byNoun.set(noun, list);
    }
    for (const [noun, mentions] of byNoun) {
      const totals = mentions.filter((mention) => mention.marked);
      const total = totals[0];
      const parts = mentions.filter((mention) => !mention.marked && mention.value !== total?.value);
      if (totals.length !== 1 || !total || parts.length < 2) continue;
      found.push({
        start: sentence.index,
        end: sentence.index + sentence[0].length,
        noun,
        total: { value: total.value, start: total.start, end: total.end },
        parts: parts.map(({ value, start, end }) => ({ value, start, end })),
        partial: PARTIAL.test(sentence[0]),
      });
    }
  }
  return found;
}
