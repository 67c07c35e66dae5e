/**
 * Statements of the Chapter 14 percentage ratios ("the highest applicable percentage ratio …
 * exceeds 5% but is less than 25%", 「一項或多項適用百分比率超過25%但全部低於75%」) read as the range
 * of values they allow, and where sentences end, so a statement is paired only with ratios said
 * in the same or the next sentence. Used by the `classification` check.
 */

/** A range of percentages a statement allows; bounds are percent values. */
export interface RatioRange {
  low: number;
  lowInclusive: boolean;
  high: number;
  highInclusive: boolean;
}

export interface Located {
  start: number;
  end: number;
  text: string;
}

export interface RatioStatement extends Located {
  range: RatioRange;
}

const NUMBER = "(\\d{1,3}(?:\\.\\d+)?)\\s?%";
// Clause text: no sentence end, but "Rule 14.07" keeps its dot.
const CLAUSE_CHAR = "(?:[^.;。；]|\\.(?=\\d))";
const GAP = `${CLAUSE_CHAR}{0,200}?`;
const UPPER = `(?:${CLAUSE_CHAR}{0,40}?\\b(?:but|and)\\b${CLAUSE_CHAR}{0,40}?(?:(?:less|lower) than|below|under)\\s+${NUMBER})?`;
const ZH_UPPER = `(?:[^。；;]{0,20}?(?:但|而|及)[^。；;]{0,12}?(?:低於|少於)\\s?${NUMBER})?`;

const COMPARATORS: Record<string, "eq" | "gt" | "lt" | "ge"> = {
  is: "eq",
  are: "eq",
  was: "eq",
  為: "eq",
  exceed: "gt",
  exceeds: "gt",
  exceeding: "gt",
  "is more than": "gt",
  "are more than": "gt",
  "is above": "gt",
  "are above": "gt",
  "is over": "gt",
  "are over": "gt",
  "is higher than": "gt",
  "are higher than": "gt",
  "is greater than": "gt",
  "are greater than": "gt",
  超過: "gt",
  高於: "gt",
  多於: "gt",
  "is less than": "lt",
  "are less than": "lt",
  "is below": "lt",
  "are below": "lt",
  "is lower than": "lt",
  "are lower than": "lt",
  低於: "lt",
  少於: "lt",
  "is at least": "ge",
  "is equal to or more than": "ge",
  "is equal to or greater than": "ge",
  "is equal to or higher than": "ge",
  "equals or exceeds": "ge",
  "is equal to or exceeds": "ge",
  "is not less than": "ge",
};
const COMPARATOR =
  "(is equal to or more than|is equal to or greater than|is equal to or higher than|is equal to or exceeds|equals or exceeds|is not less than|is at least|is more than|are more than|is higher than|are higher than|is greater than|are greater than|is above|are above|is over|are over|is less than|are less than|is lower than|are lower than|is below|are below|exceeding|exceeds|exceed|is|are|was)";
const GREATER =
  "(exceeds?|is more than|are more than|is above|are above|is over|are over|is higher than|are higher than)";

const RATIO_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `highest (?:applicable )?percentage ratios?${GAP}\\b${COMPARATOR}\\s+(?:approximately |about )?${NUMBER}${UPPER}`,
    "gi",
  ),
  new RegExp(
    `one or more of the (?:applicable )?percentage ratios${GAP}\\b${GREATER}\\s+${NUMBER}${UPPER}`,
    "gi",
  ),
  new RegExp(
    `(?:all|each) of the (?:applicable )?percentage ratios${GAP}\\b(are less than|is less than|are below|is below)\\s+${NUMBER}`,
    "gi",
  ),
  // The aggregated figure of a statement that also gives a standalone one ("on a standalone
  // basis is less than 5%, but when aggregated with the Previous Acquisition exceeds 5% …").
  new RegExp(
    `\\b(?:(?:when|once|if|upon being|after being) aggregated|on an aggregated? basis|in aggregate)\\b${GAP}\\b${COMPARATOR}\\s+(?:approximately |about )?${NUMBER}${UPPER}`,
    "gi",
  ),
  new RegExp(
    `最高(?:的)?適用百分比率${GAP}(超過|高於|多於|為|低於|少於)\\s?(?:約\\s?)?${NUMBER}${ZH_UPPER}`,
    "g",
  ),
  new RegExp(
    `(?:一項或多項|一個或多個|其中一項|若干項?)(?:適用)?百分比率${GAP}(超過|高於|多於)\\s?${NUMBER}${ZH_UPPER}`,
    "g",
  ),
  new RegExp(`(?:所有|全部|各項)(?:適用)?百分比率${GAP}(低於|少於)\\s?${NUMBER}`, "g"),
  new RegExp(`合併計算${GAP}(超過|高於|多於|為|低於|少於)\\s?(?:約\\s?)?${NUMBER}${ZH_UPPER}`, "g"),
];

function rangeOf(comparator: string, value: number, upper: number | undefined): RatioRange {
  const kind = COMPARATORS[comparator.toLowerCase().replace(/\s+/g, " ")] ?? "eq";
  const range: RatioRange =
    kind === "eq"
      ? { low: value, lowInclusive: true, high: value, highInclusive: true }
      : kind === "lt"
        ? { low: 0, lowInclusive: true, high: value, highInclusive: false }
        : { low: value, lowInclusive: kind === "ge", high: Number.POSITIVE_INFINITY, highInclusive: false };
  if (upper !== undefined && upper > range.low) {
    range.high = upper;
    range.highInclusive = false;
  }
  return range;
}

/** Every statement of the percentage ratios, in order. */
export function extractRatioStatements(text: string): RatioStatement[] {
  const found: RatioStatement[] = [];
  for (const pattern of RATIO_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const comparator = /^(所有|全部|各項|all|each)/i.test(match[0]) ? "is less than" : (match[1] ?? "is");
      const value = Number(match[2]);
      const upper = match[3] === undefined ? undefined : Number(match[3]);
      const start = match.index;
      found.push({
        start,
        end: start + match[0].length,
        text: match[0],
        range: rangeOf(comparator, value, upper),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Do two ranges share any value? */
export function overlaps(a: RatioRange, b: RatioRange): boolean {
  const below = (x: RatioRange, y: RatioRange) =>
    x.high < y.low || (x.high === y.low && !(x.highInclusive && y.lowInclusive));
  return !below(a, b) && !below(b, a);
}

export const describeRange = (range: RatioRange): string => {
  if (range.low === range.high) return `${range.low}%`;
  const low = `${range.lowInclusive ? "at least" : "more than"} ${range.low}%`;
  if (range.high === Number.POSITIVE_INFINITY) return low;
  return range.low === 0 ? `less than ${range.high}%` : `${low} and less than ${range.high}%`;
};

// A full stop ends a sentence when a capital, a Chinese character, a quote or a bracket follows
// ("Rule 14.07" and "Co., Ltd. and" do not end one); Chinese and other terminators always do.
const SENTENCE_END = /[。；;！？!?]|\.(?=\s+["'(「A-Z\u4e00-\u9fff]|\s*$)/g;

/** Where each sentence of the text ends (offsets of the terminators), in order. */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((match) => match.index);
}

/** How many sentence ends lie between two located statements (0: the same sentence). */
export function sentencesApart(ends: readonly number[], a: Located, b: Located): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to <= from) return 0;
  return ends.filter((end) => end >= from && end < to).length;
}

/** The sentence around an offset (and the one before it), for cues that qualify a statement. */
export function sentenceAround(text: string, ends: readonly number[], at: Located, before = 1): string {
  const previous = ends.filter((end) => end < at.start);
  const start = previous.length > before ? (previous[previous.length - 1 - before] as number) + 1 : 0;
  const next = ends.find((end) => end >= at.end);
  return text.slice(start, next === undefined ? text.length : next + 1);
}
