/**
 * Dates in English ("Tuesday, 12 December 2023", "December 12, 2023", "12th December 2023",
 * "12 December 2023 (Tuesday)") and Chinese ("2023年12月12日（星期二）", "二零二三年十二月十二日").
 */

import { matchesOf } from "./matches.js";
import { CHINESE_NUMERAL_CLASS, parseChineseNumber, parseChineseYear } from "./numbers.js";
import type { DateFact } from "./types.js";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const WEEKDAY = "(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";

/** Weekday names, 0 = Sunday. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const CHINESE_WEEKDAYS = "日一二三四五六";

const DAY_FIRST = new RegExp(
  `(?:${WEEKDAY},?\\s+)?\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b(?:\\s*\\(\\s*${WEEKDAY}\\s*\\))?`,
  "gi",
);
const MONTH_FIRST = new RegExp(
  `(?:${WEEKDAY},?\\s+)?\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b(?:\\s*\\(\\s*${WEEKDAY}\\s*\\))?`,
  "gi",
);
const CN = `[\\d${CHINESE_NUMERAL_CLASS}]`;
const CHINESE = new RegExp(
  `(${CN}{4})\\s*年\\s*(${CN}{1,3})\\s*月\\s*(${CN}{1,3})\\s*日(?:\\s*[(（]?\\s*(?:星期|週|周|禮拜)([${CHINESE_WEEKDAYS}天])\\s*[)）]?)?`,
  "g",
);

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(".", "");
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
}

/** YYYY-MM-DD, or undefined when the day does not exist (31 June). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function weekdayFact(match: RegExpExecArray, group: number, text: string) {
  const name = match[group];
  if (name === undefined) return undefined;
  const local = match[0].lastIndexOf(name);
  const start = match.index + local;
  const index = WEEKDAYS.indexOf(name.toLowerCase());
  return { index, text, start, end: start + name.length };
}

function englishDates(text: string, pattern: RegExp, dayFirst: boolean): DateFact[] {
  const found: DateFact[] = [];
  for (const match of matchesOf(pattern, text)) {
    const day = Number(dayFirst ? match[2] : match[3]);
    const month = monthIndex((dayFirst ? match[3] : match[2]) ?? "") + 1;
    const iso = isoDate(Number(match[4]), month, day);
    if (iso === undefined) continue;
    const fact: DateFact = { start: match.index, end: match.index + match[0].length, iso, text: match[0] };
    const before = weekdayFact(match, 1, match[1] ?? "");
    const after = weekdayFact(match, 5, match[5] ?? "");
    const weekday = before ?? after;
    if (weekday) fact.weekday = weekday;
    found.push(fact);
  }
  return found;
}

function chineseDates(text: string): DateFact[] {
  const found: DateFact[] = [];
  for (const match of matchesOf(CHINESE, text)) {
    const year = parseChineseYear(match[1] ?? "");
    const month = parseChineseNumber(match[2] ?? "");
    const day = parseChineseNumber(match[3] ?? "");
    if (year === undefined || month === undefined || day === undefined) continue;
    const iso = isoDate(year, month, day);
    if (iso === undefined) continue;
    const fact: DateFact = { start: match.index, end: match.index + match[0].length, iso, text: match[0] };
    const weekdayChar = match[4];
    if (weekdayChar !== undefined) {
      const index = weekdayChar === "天" ? 0 : CHINESE_WEEKDAYS.indexOf(weekdayChar);
      const local = match[0].lastIndexOf(weekdayChar);
      const start = match.index + local;
      fact.weekday = { index, text: `星期${weekdayChar}`, start, end: start + 1 };
    }
    found.push(fact);
  }
  return found;
}

/** Every full date (day, month and year) in the text, in order. */
export function extractDates(text: string): DateFact[] {
  const all = [
    ...englishDates(text, DAY_FIRST, true),
    ...englishDates(text, MONTH_FIRST, false),
    ...chineseDates(text),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateFact[] = [];
  for (const date of all) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) continue;
    kept.push(date);
  }
  return kept;
}
