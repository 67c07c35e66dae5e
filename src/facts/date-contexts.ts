/**
 * Dates in roles the date checks care about: data cut-offs ("As of July 17, 2023", 「截至2023年
 * 7月17日」), dates said to be the date of the document ("as at 11 December 2023, being the date
 * of this announcement", 「於2023年12月11日（即本公告日期）」) and the expected timetable.
 */
import type { Document } from "../document/types.js";
import type { DateFact, Located } from "./types.js";

const CUT_OFF_BEFORE = /(?:\bas\s+(?:at|of)|\bup\s+to|截至|截止)\s*$/i;
const BEING_THIS_DATE_AFTER =
  /^\s*(?:[,，]\s*)?(?:\(|（)?\s*(?:being|i\.e\.,?|即|為)\s*(?:the\s+)?(?:date\s+of\s+this\s+(?:joint\s+)?announcement|本(?:聯合)?公告(?:日期|刊發日期|之日))/i;
const BEING_THIS_DATE_BEFORE =
  /(?:the\s+date\s+of\s+this\s+(?:joint\s+)?announcement\s*(?:,|\()?\s*(?:i\.e\.|being|namely)\s*,?|本(?:聯合)?公告日期\s*(?:[(（]\s*)?即)\s*$/i;

/** Dates introduced as a data cut-off. */
export function cutOffDates(text: string, dates: DateFact[]): DateFact[] {
  return dates.filter((date) => {
    if (!CUT_OFF_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start))) return false;
    return !BEING_THIS_DATE_AFTER.test(text.slice(date.end, date.end + 60));
  });
}

/** Dates the text says are the date of the document itself. */
export function thisDocumentDates(text: string, dates: DateFact[]): DateFact[] {
  return dates.filter(
    (date) =>
      BEING_THIS_DATE_AFTER.test(text.slice(date.end, date.end + 60)) ||
      BEING_THIS_DATE_BEFORE.test(text.slice(Math.max(0, date.start - 60), date.start)),
  );
}

const TIMETABLE_HEADING = /^\s*(?:EXPECTED\s+TIMETABLE|Expected\s+timetable|預期時間表).*$/m;
const TIMETABLE_END = /^\s*(?:Notes?\s*:?|附註|Note\s+\d|[A-Z][A-Z ,&-]{6,})\s*$/;

/** The expected timetable: from its heading to the notes or the next heading. */
export function timetableRegion(document: Document): Located | undefined {
  const original = document.original;
  const heading = TIMETABLE_HEADING.exec(original);
  if (!heading) return undefined;
  const start = heading.index + heading[0].length;
  let offset = start;
  for (const line of original.slice(start).split("\n")) {
    if (offset > start && TIMETABLE_END.test(line) && !/\d/.test(line)) break;
    offset += line.length + 1;
  }
  return {
    start: document.toNormalised(start),
    end: document.toNormalised(Math.min(offset, original.length)),
  };
}
