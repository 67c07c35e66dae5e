/**
 * The financial period a results announcement reports on, read from its title or opening: "for
 * the year ended 31 December 2024", "for the six months ended 30 June 2025", "for the nine
 * months ended 30 September 2023", 「截至2024年12月31日止年度」, 「截至二零二五年六月三十日止六個月」.
 * The length decides the kind of period: a year (or twelve months) is annual, six months a
 * half-year, three or nine months a quarter. Other lengths (a fifteen-month year after a change
 * of year end) are not classified.
 */
import { extractDates } from "./dates.js";
import type { DateFact } from "./types.js";

export type PeriodKind = "annual" | "half-year" | "quarterly";

export interface ReportingPeriod {
  kind: PeriodKind;
  /** The last day of the period (YYYY-MM-DD). */
  end: string;
  /** The date as written, with its place. */
  date: DateFact;
  /** The words that gave the length ("six months", 「止年度」). */
  length: string;
}

/** The title and opening, where the period is named; past it a report names other periods. */
const HEAD = 3000;

const ENGLISH_BEFORE =
  /\b(?:for\s+the\s+)?((?:financial\s+)?year|twelve\s+months|12\s+months|six\s+months|6\s+months|half[-\s]year|three\s+months|3\s+months|nine\s+months|9\s+months)\s+ended\s*$/i;
const CHINESE_AFTER = /^\s*止\s*(年度|全年|十二個月|12個月|六個月|6個月|半年|三個月|3個月|九個月|9個月)/u;
const CHINESE_BEFORE = /截至\s*$/u;

/** In this order: "half-year" contains "year", and 「十二個月」 is a year, not a quarter. */
const KINDS: [RegExp, PeriodKind][] = [
  [/six|\b6\b|half|六|半年/i, "half-year"],
  [/year|twelve|12|年度|全年|十二/i, "annual"],
  [/three|\b3\b|nine|\b9\b|三|九/i, "quarterly"],
];

function kindOf(length: string): PeriodKind | undefined {
  return KINDS.find(([pattern]) => pattern.test(length))?.[1];
}

function periodAt(text: string, date: DateFact): ReportingPeriod | undefined {
  const before = text.slice(Math.max(0, date.start - 60), date.start);
  const english = ENGLISH_BEFORE.exec(before);
  const chinese = CHINESE_BEFORE.test(before)
    ? CHINESE_AFTER.exec(text.slice(date.end, date.end + 12))
    : null;
  const length = english?.[1] ?? chinese?.[1];
  const kind = length === undefined ? undefined : kindOf(length);
  if (length === undefined || kind === undefined) return undefined;
  return { kind, end: date.iso, date, length };
}

/** The first period named in the head of the text, if any. */
export function extractReportingPeriod(text: string): ReportingPeriod | undefined {
  const head = text.slice(0, HEAD);
  for (const date of extractDates(head)) {
    const period = periodAt(head, date);
    if (period) return period;
  }
  return undefined;
}
