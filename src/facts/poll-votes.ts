/**
 * The votes of a poll, resolution by resolution: counts of votes for and against (and abstaining,
 * where the issuer counts them) with their percentages, and often the total of votes cast. Two
 * layouts survive text extraction intact: each count followed by its percentage ("102,910,385
 * (96.75%) 3,462,400 (3.25%) 106,372,785") and the counts followed by the percentages
 * ("102,910,385 3,462,400 106,372,785 (96.75%) (3.25%) (100%)"). Anything else — counts and
 * percentages interleaved with the resolution's words — is not read, rather than paired by guess.
 */
import { decimalsOf, parseDecimal } from "./numbers.js";
import type { Located } from "./types.js";

export interface VoteColumn extends Located {
  votes: number;
  percent: number;
  decimals: number;
  text: string;
}

/**
 * A resolution's row. A number after the votes is the total cast when it is at least as large
 * as every count; a smaller one is the next resolution's number ("4", "3(a)"), not a total.
 */
export interface PollRow extends Located {
  columns: VoteColumn[];
  /** The total of votes cast, when the row states it. */
  total?: Located & { votes: number };
}

const COUNT = String.raw`(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,.%])`;
const PERCENT = String.raw`\(\s*\d{1,3}(?:\.\d+)?\s*%\s*\)`;
/** count (percent) count (percent) … [total [(100%)]] */
const PAIRED = new RegExp(
  String.raw`(?:${COUNT}\s*${PERCENT}\s*){2,4}(?:${COUNT}(?:\s*\(\s*100(?:\.0+)?\s*%\s*\))?)?`,
  "g",
);
/** count count … (percent) (percent) … */
const GROUPED = new RegExp(String.raw`(?:${COUNT}\s+){2,4}(?:${PERCENT}\s*){2,4}`, "g");
const COUNT_TOKEN = new RegExp(COUNT, "g");
const PERCENT_TOKEN = /\(\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)/g;

interface Token extends Located {
  value: number;
  digits: string;
}

function tokens(text: string, offset: number, pattern: RegExp, group: number): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(pattern)) {
    const digits = match[group] ?? "";
    const value = parseDecimal(digits);
    if (value === undefined) continue;
    const start = offset + match.index;
    found.push({ value, digits, start, end: start + match[0].length });
  }
  return found;
}

function column(count: Token, percent: Token): VoteColumn {
  return {
    votes: count.value,
    percent: percent.value,
    decimals: decimalsOf(percent.digits),
    text: `${percent.digits}%`,
    start: count.start,
    end: Math.max(count.end, percent.end),
  };
}

function row(
  counts: Token[],
  percents: Token[],
  total: Token | undefined,
  start: number,
  end: number,
): PollRow {
  const columns = percents.map((percent, i) => column(counts[i] as Token, percent));
  const largest = Math.max(...columns.map((vote) => vote.votes));
  const isTotal = total !== undefined && total.value >= largest;
  return {
    start,
    end,
    columns,
    ...(isTotal && { total: { votes: total.value, start: total.start, end: total.end } }),
  };
}

/** "a (p%) b (q%) [t]": counts and percentages alternate. */
function pairedRow(text: string, start: number): PollRow {
  const counts = tokens(text, start, COUNT_TOKEN, 0);
  const percents = tokens(text, start, PERCENT_TOKEN, 1);
  return row(counts, percents, counts[percents.length], start, start + text.length);
}

/**
 * "a b [t] (p%) (q%) [(100%)]": the counts, then their percentages. The last counts are the
 * votes (and the total); an extra count in front is the resolution's number.
 */
function groupedRow(text: string, start: number): PollRow | undefined {
  const counts = tokens(text, start, COUNT_TOKEN, 0);
  const percents = tokens(text, start, PERCENT_TOKEN, 1);
  const last = percents[percents.length - 1];
  const shown = last && Math.abs(last.value - 100) < 1e-9 ? percents.slice(0, -1) : percents;
  if (shown.length < 2 || counts.length < shown.length) return undefined;
  const withTotal = counts.slice(-(shown.length + 1));
  const total = withTotal[shown.length];
  const votes = withTotal.slice(0, shown.length);
  if (counts.length > shown.length && total && total.value >= Math.max(...votes.map((vote) => vote.value))) {
    return row(votes, shown, total, start, start + text.length);
  }
  // Without a total the percentages must be the row's own, not one short of a (100%) column.
  if (shown.length !== percents.length) return undefined;
  return row(counts.slice(-shown.length), shown, undefined, start, start + text.length);
}

export function extractPollRows(text: string): PollRow[] {
  const found: PollRow[] = [];
  for (const match of text.matchAll(PAIRED)) found.push(pairedRow(match[0].trimEnd(), match.index));
  for (const match of text.matchAll(GROUPED)) {
    const grouped = groupedRow(match[0].trimEnd(), match.index);
    if (grouped) found.push(grouped);
  }
  return found.sort((a, b) => a.start - b.start);
}
