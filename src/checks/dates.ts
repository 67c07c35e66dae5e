/**
 * `dates`: a weekday that matches its date, a data cut-off not after the document date, an
 * expected timetable in order and not before the document date, and a date said to be "the
 * date of this announcement" equal to the signature date.
 */
import type { Document } from "../document/types.js";
import { cutOffDates, thisDocumentDates, timetableRegion } from "../facts/date-contexts.js";
import { WEEKDAYS, weekdayOf } from "../facts/dates.js";
import { extractFacts } from "../facts/extract-facts.js";
import type { DateFact } from "../facts/types.js";
import { requirementKind } from "./support/requirement-kind.js";
import type { KindDocs, RawFinding } from "./types.js";

export type DatesRequirement = "weekday" | "cutoff-before-document" | "timetable-order" | "as-at-date";

export interface DatesOptions {
  require: DatesRequirement;
}

const CHINESE_WEEKDAYS = "日一二三四五六";

function weekdayName(index: number, chinese: boolean): string {
  if (chinese) return `星期${CHINESE_WEEKDAYS[index] ?? ""}`;
  const name = WEEKDAYS[index] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function weekday(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const date of extractFacts(document).dates) {
    if (!date.weekday) continue;
    const actual = weekdayOf(date.iso);
    if (actual === date.weekday.index) continue;
    const chinese = date.weekday.text.startsWith("星期");
    const correct = weekdayName(actual, chinese);
    const stated = chinese ? date.weekday.text : weekdayName(date.weekday.index, false);
    findings.push({
      kind: "inconsistent",
      start: date.start,
      end: date.end,
      actual: date.text,
      data: { date: date.text, iso: date.iso, stated, weekday: correct },
      suggestion: chinese
        ? { start: date.weekday.start, end: date.weekday.end, text: CHINESE_WEEKDAYS[actual] ?? "" }
        : { start: date.weekday.start, end: date.weekday.end, text: correct },
    });
  }
  return findings;
}

function against(date: DateFact, documentDate: DateFact, extra: Record<string, string> = {}): RawFinding {
  return {
    kind: "inconsistent",
    start: date.start,
    end: date.end,
    actual: date.text,
    data: { date: date.text, documentDate: documentDate.text, ...extra },
    related: [{ start: documentDate.start, end: documentDate.end, message: "the document date" }],
  };
}

function cutOff(document: Document): RawFinding[] {
  const facts = extractFacts(document);
  const documentDate = facts.documentDate;
  if (!documentDate) return [];
  return cutOffDates(document.normalised, facts.dates)
    .filter((date) => date.iso > documentDate.iso)
    .map((date) => against(date, documentDate));
}

function timetable(document: Document): RawFinding[] {
  const facts = extractFacts(document);
  const region = timetableRegion(document);
  if (!region) return [];
  const findings: RawFinding[] = [];
  let previous: DateFact | undefined;
  for (const date of facts.dates.filter((d) => d.start >= region.start && d.end <= region.end)) {
    if (facts.documentDate && date.iso < facts.documentDate.iso) {
      findings.push(against(date, facts.documentDate, { problem: "before the document date" }));
    } else if (previous && date.iso < previous.iso) {
      findings.push({
        kind: "inconsistent",
        start: date.start,
        end: date.end,
        actual: date.text,
        data: {
          date: date.text,
          previous: previous.text,
          problem: `before the preceding event (${previous.text})`,
        },
        related: [{ start: previous.start, end: previous.end, message: "the preceding event" }],
      });
    }
    previous = date;
  }
  return findings;
}

function asAtDate(document: Document): RawFinding[] {
  const facts = extractFacts(document);
  const documentDate = facts.signature?.date;
  if (!documentDate) return [];
  return thisDocumentDates(document.normalised, facts.dates)
    .filter((date) => date.iso !== documentDate.iso && date.start !== documentDate.start)
    .map((date) => against(date, documentDate));
}

const RUNNERS: Record<DatesRequirement, (document: Document) => RawFinding[]> = {
  weekday,
  "cutoff-before-document": cutOff,
  "timetable-order": timetable,
  "as-at-date": asAtDate,
};

const PLACEHOLDERS = ["date", "iso", "stated", "weekday", "documentDate", "previous", "problem", "actual"];

const DOCS: KindDocs = {
  summary: "dates that must agree with the calendar and the document's date",
  example: `check:
  kind: dates
  require: weekday   # weekday | cutoff-before-document | timetable-order | as-at-date
`,
  details: `- \`weekday\` → \`inconsistent\` when a weekday does not match its date ("Tuesday, 12 December
  2023", 「2023年12月12日（星期二）」), with the right weekday as a suggestion; \`{{date}}\`,
  \`{{iso}}\`, \`{{stated}}\` (the weekday written), \`{{weekday}}\` (the right one).
- \`cutoff-before-document\` → \`inconsistent\` when a data cut-off ("as at the latest practicable
  date") is later than the document's date; \`{{date}}\`, \`{{documentDate}}\`.
- \`timetable-order\` → \`inconsistent\` when an expected timetable lists an event before the one
  above it, or before the document's date; \`{{date}}\`, \`{{previous}}\`, \`{{problem}}\`.
- \`as-at-date\` → \`inconsistent\` when a date given as "the date of this announcement" is not the
  signature date; \`{{date}}\`, \`{{documentDate}}\`.
`,
};

export const dates = requirementKind({
  name: "dates",
  runners: RUNNERS,
  placeholders: PLACEHOLDERS,
  docs: DOCS,
});
