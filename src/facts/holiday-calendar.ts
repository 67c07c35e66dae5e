/**
 * The Hong Kong general holidays as data (data/hk-public-holidays.yaml, read by the front ends
 * and handed to the checks), and the count of business days between two dates. Saturdays and
 * Sundays are never business days.
 */
import { parse } from "yaml";
import { weekdayOf } from "./dates.js";

export interface HolidayCalendar {
  /** Years (inclusive) the calendar covers. */
  firstYear: number;
  lastYear: number;
  holidays: ReadonlySet<string>;
}

interface CalendarYear {
  year: number;
  dates: { date: string }[];
}

/** The calendar file's years and dates, from its YAML text (see calendarFromData). */
export function parseCalendar(text: string): HolidayCalendar {
  return calendarFromData(parse(text));
}

/**
 * The calendar from the file's parsed content (the build saves it as JSON, so a run need not
 * parse YAML); a malformed file is a defect of disclint, so it throws.
 */
export function calendarFromData(parsed: unknown): HolidayCalendar {
  const data = parsed as { years?: CalendarYear[] } | null;
  const years = data?.years ?? [];
  if (years.length === 0) throw new Error("the holiday calendar lists no years");
  const holidays = new Set<string>();
  for (const { year, dates } of years) {
    for (const { date } of dates) {
      if (!date.startsWith(`${year}-`)) throw new Error(`holiday ${date} is filed under ${year}`);
      holidays.add(date);
    }
  }
  const numbers = years.map(({ year }) => year);
  return { firstYear: Math.min(...numbers), lastYear: Math.max(...numbers), holidays };
}

const DAY_MS = 86_400_000;

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Business days strictly between `from` and `to` (YYYY-MM-DD); 0 when `to` is not later. */
export function clearBusinessDays(from: string, to: string, isClosed: (iso: string) => boolean): number {
  let count = 0;
  for (let day = nextDay(from); day < to; day = nextDay(day)) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6 && !isClosed(day)) count++;
  }
  return count;
}
