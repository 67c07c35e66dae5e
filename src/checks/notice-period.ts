/**
 * `notice-period`: a meeting announced in advance must be at least N clear business days after
 * the document's date (MB 13.43: seven clear business days before a results or dividend board
 * meeting). "Clear" excludes both end dates; Saturdays, Sundays, Hong Kong general holidays
 * (data/hk-public-holidays.yaml) and any `closures` the rule lists are not business days.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { packageRoot } from "../cli/package-root.js";
import { extractDates, weekdayOf } from "../facts/dates.js";
import { documentDateOf, extractSignature } from "../facts/signature.js";
import type { DateFact } from "../facts/types.js";
import type { Pattern } from "../patterns/pattern.js";
import type { CheckKind, CompileContext, CompiledCheck, RawFinding, RunContext } from "./types.js";

export interface NoticePeriodOptions {
  /**
   * Patterns that introduce the meeting; its date is the first full date inside or after a
   * match (so a Chinese anchor may hold the date: 「將於…舉行董事會會議」).
   */
  anchors: string[];
  /**
   * Patterns that make the text something other than a plain notice (a postponement, whose first
   * date is the meeting's old date): when any matches, nothing is judged.
   */
  unless?: string[];
  /** Clear business days required (default 7). */
  minimumDays?: number;
  /** Further non-business days (typhoon or black-rainstorm closures), as YYYY-MM-DD. */
  closures?: string[];
}

const ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";

/** How far after the anchor the meeting date may stand ("… will be held on Tuesday, 25 March 2025"). */
const DATE_REACH = 160;

export interface HolidayCalendar {
  /** Years (inclusive) the calendar covers. */
  firstYear: number;
  lastYear: number;
  holidays: ReadonlySet<string>;
}

let bundledCalendar: HolidayCalendar | undefined;

/** The bundled Hong Kong calendar, read once, when a document first needs it. */
export function hongKongCalendar(): HolidayCalendar {
  bundledCalendar ??= parseCalendar(
    readFileSync(join(packageRoot(), "data", "hk-public-holidays.yaml"), "utf8"),
  );
  return bundledCalendar;
}

interface CalendarYear {
  year: number;
  dates: { date: string }[];
}

/** The calendar file's years and dates; a malformed file is a defect of disclint, so it throws. */
export function parseCalendar(text: string): HolidayCalendar {
  const data = parse(text) as { years?: CalendarYear[] } | null;
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

interface NoticeRequirement {
  anchors: Pattern[];
  unless: Pattern[];
  minimumDays: number;
  closures: ReadonlySet<string>;
  /** The calendar, read when a document first needs it (most never do). */
  calendar: () => HolidayCalendar;
}

export const noticePeriod: CheckKind<NoticePeriodOptions> = {
  name: "notice-period",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["anchors"],
    properties: {
      anchors: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
      unless: { type: "array", items: { type: "string", minLength: 1 } },
      minimumDays: { type: "integer", minimum: 1, maximum: 60 },
      closures: { type: "array", items: { type: "string", pattern: ISO_DATE } },
    },
  },
  compile: (options, context) => compileNoticePeriod(options, context, hongKongCalendar),
};

/** Builds the check over a calendar of the caller's choosing (tests, other markets). */
export function compileNoticePeriod(
  options: NoticePeriodOptions,
  context: CompileContext,
  calendar: HolidayCalendar | (() => HolidayCalendar),
): CompiledCheck {
  const requirement: NoticeRequirement = {
    anchors: options.anchors.map((source) => context.compilePattern(source)),
    unless: (options.unless ?? []).map((source) => context.compilePattern(source)),
    minimumDays: options.minimumDays ?? 7,
    closures: new Set(options.closures ?? []),
    calendar: typeof calendar === "function" ? calendar : () => calendar,
  };
  return { run: (run) => checkNotice(requirement, run) };
}

function checkNotice(requirement: NoticeRequirement, { document }: RunContext): RawFinding[] {
  const text = document.normalised;
  if (requirement.unless.some((pattern) => pattern.test(text))) return [];
  const dates = extractDates(text);
  const documentDate = documentDateOf(text, extractSignature(document, dates), dates);
  if (!documentDate) return [];
  const meeting = meetingDate(text, dates, requirement.anchors, documentDate);
  // A meeting already held (or none announced) is not a notice; other rules judge that text.
  if (!meeting || meeting.iso <= documentDate.iso) return [];
  const calendar = requirement.calendar();
  const uncovered = [documentDate.iso, meeting.iso]
    .map((iso) => Number(iso.slice(0, 4)))
    .find((year) => year < calendar.firstYear || year > calendar.lastYear);
  const related = [{ start: documentDate.start, end: documentDate.end, message: "the document's date" }];
  if (uncovered !== undefined) {
    return [
      {
        kind: "undetermined",
        start: meeting.start,
        end: meeting.end,
        data: {
          problem: `the holiday calendar covers ${calendar.firstYear}–${calendar.lastYear}, not ${uncovered}, so the clear business days cannot be counted`,
          meetingDate: meeting.iso,
          documentDate: documentDate.iso,
        },
        related,
      },
    ];
  }
  const isClosed = (iso: string) => calendar.holidays.has(iso) || requirement.closures.has(iso);
  const clearDays = clearBusinessDays(documentDate.iso, meeting.iso, isClosed);
  if (clearDays >= requirement.minimumDays) return [];
  return [
    {
      kind: "inconsistent",
      start: meeting.start,
      end: meeting.end,
      actual: meeting.text,
      data: {
        problem: `only ${clearDays} clear business day${clearDays === 1 ? "" : "s"} lie between the document's date (${documentDate.iso}) and the meeting (${meeting.iso}); at least ${requirement.minimumDays} are required`,
        clearDays,
        minimumDays: requirement.minimumDays,
        meetingDate: meeting.iso,
        documentDate: documentDate.iso,
      },
      related,
    },
  ];
}

/** The first full date inside or after an anchor, other than the document's own date. */
function meetingDate(
  text: string,
  dates: readonly DateFact[],
  anchors: readonly Pattern[],
  documentDate: DateFact,
): DateFact | undefined {
  let best: DateFact | undefined;
  for (const anchor of anchors) {
    for (const match of anchor.matches(text)) {
      const date = dates.find(
        (candidate) =>
          candidate.start >= match.start &&
          candidate.start - match.end <= DATE_REACH &&
          candidate.start !== documentDate.start,
      );
      if (date && (!best || date.start < best.start)) best = date;
    }
  }
  return best;
}
