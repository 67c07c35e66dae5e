/**
 * `notice-period`: a meeting announced in advance must be at least N clear business days after
 * the document's date (MB 13.43: seven clear business days before a results or dividend board
 * meeting). "Clear" excludes both end dates; Saturdays, Sundays, Hong Kong general holidays
 * (data/hk-public-holidays.yaml) and any `closures` the rule lists are not business days.
 */
import { extractDates } from "../facts/dates.js";
import { clearBusinessDays } from "../facts/holiday-calendar.js";
import { documentDateOf, extractSignature } from "../facts/signature.js";
import type { DateFact } from "../facts/types.js";
import type { Pattern } from "../patterns/pattern.js";
import type { CheckKind, CompileContext, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

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

interface NoticeRequirement {
  anchors: Pattern[];
  unless: Pattern[];
  minimumDays: number;
  closures: ReadonlySet<string>;
}

const PLACEHOLDERS = ["problem", "clearDays", "minimumDays", "meetingDate", "documentDate", "actual"];

const DOCS: KindDocs = {
  summary: "enough clear business days before an announced meeting",
  example: `check:
  kind: notice-period
  anchors: ['\\bmeeting of (?:the )?board\\b', '董事會會議']   # what introduces the meeting
  unless: ['\\bpostpone']           # optional: text that makes it something other than a notice
  minimumDays: 7                   # optional (default 7): clear business days required
  closures: ['2025-09-24']         # optional: further non-business days (typhoon closures)
`,
  details: `The meeting's date is the first full date inside or after an anchor (other than the document's
own date); the document's date is its signature date. Clear business days exclude both end
dates, Saturdays, Sundays, the Hong Kong general holidays (data/hk-public-holidays.yaml, handed
to the check by the front end) and the rule's \`closures\`.

- Fewer than \`minimumDays\` → \`inconsistent\` at the meeting's date; \`{{clearDays}}\`,
  \`{{minimumDays}}\`, \`{{meetingDate}}\`, \`{{documentDate}}\`, \`{{problem}}\`.
- A year the calendar does not cover → \`undetermined\` (reported at \`info\`).
- No meeting date after the document's date, or an \`unless\` match → nothing.
`,
};

export const noticePeriod: CheckKind<NoticePeriodOptions> = {
  name: "notice-period",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
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
  compile: (options, context) => compileNoticePeriod(options, context),
};

function compileNoticePeriod(options: NoticePeriodOptions, context: CompileContext): CompiledCheck {
  const requirement: NoticeRequirement = {
    anchors: options.anchors.map((source) => context.compilePattern(source)),
    unless: (options.unless ?? []).map((source) => context.compilePattern(source)),
    minimumDays: options.minimumDays ?? 7,
    closures: new Set(options.closures ?? []),
  };
  return { run: (run) => checkNotice(requirement, run) };
}

function checkNotice(requirement: NoticeRequirement, { document, data }: RunContext): RawFinding[] {
  const text = document.normalised;
  if (requirement.unless.some((pattern) => pattern.test(text))) return [];
  const dates = extractDates(text);
  const documentDate = documentDateOf(text, extractSignature(document, dates), dates);
  if (!documentDate) return [];
  const meeting = meetingDate(text, dates, requirement.anchors, documentDate);
  // A meeting already held (or none announced) is not a notice; other rules judge that text.
  if (!meeting || meeting.iso <= documentDate.iso) return [];
  const { calendar } = data;
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
