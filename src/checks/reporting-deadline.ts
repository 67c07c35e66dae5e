/**
 * `reporting-deadline`: results published within the time the rules allow after the period
 * ends (MB 13.49: annual results within three months, interim results within two; GEM 18.49,
 * 18.78 and 18.79: three months, 45 days and 45 days). The period is read from the title
 * (src/facts/reporting-period.ts); the publication date is the date given with --as-of or in the
 * config, else the document's own date. Without either, nothing is judged: today's date says
 * nothing about when a draft will be published.
 */
import { extractFacts } from "../facts/extract-facts.js";
import { extractReportingPeriod, type PeriodKind } from "../facts/reporting-period.js";
import { isGiven } from "../profile/types.js";
import type { CheckKind, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

export interface Allowance {
  months?: number;
  days?: number;
}

export interface ReportingDeadlineOptions {
  deadlines: Partial<Record<PeriodKind, Allowance>>;
}

const ALLOWANCE = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    months: { type: "integer", minimum: 1, maximum: 12 },
    days: { type: "integer", minimum: 1, maximum: 366 },
  },
};

function parts(iso: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return [year, month, day];
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The last day allowed. A period ending on the last day of a month has months counted to the
 * last day of the month (30 June + 2 months = 31 August); days are calendar days.
 */
export function deadlineOf(end: string, allowance: Allowance): string {
  const [year, month, day] = parts(end);
  if (allowance.days !== undefined) return iso(year, month, day + allowance.days);
  const months = allowance.months ?? 0;
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const targetYear = target.getUTCFullYear();
  const targetMonth = target.getUTCMonth() + 1;
  const last = lastDayOf(targetYear, targetMonth);
  const targetDay = day === lastDayOf(year, month) ? last : Math.min(day, last);
  return iso(targetYear, targetMonth, targetDay);
}

function allowanceText(allowance: Allowance): string {
  if (allowance.days !== undefined) return `${allowance.days} days`;
  const months = allowance.months ?? 0;
  return months === 1 ? "one month" : `${months} months`;
}

/** The date the document is judged as published on, and where it came from. */
function publication({ document, profile }: RunContext): { date: string; source: string } | undefined {
  const asOf = profile.asOf;
  if (isGiven(asOf.source)) return { date: asOf.value, source: "the date given with --as-of" };
  const own = extractFacts(document).documentDate;
  if (own) return { date: own.iso, source: "the document's date" };
  return asOf.source === "text" ? { date: asOf.value, source: "the document's date" } : undefined;
}

const DOCS: KindDocs = {
  summary: "results published in time",
  example: `check:
  kind: reporting-deadline
  deadlines:                 # one allowance per period kind named; others are not judged
    annual: { months: 3 }
    half-year: { months: 2 }
    quarterly: { days: 45 }
`,
  details: `The period is read from the title or opening ("for the year / six months / nine months ended
…", 「截至…止年度 / 六個月」): a year or twelve months is \`annual\`, six months \`half-year\`, three or
nine months \`quarterly\`. The publication date is the one given with \`--as-of\` (or \`asOf\` in the
config), else the document's own date; without either nothing is judged. Months count to the
same day, or to the last day of the month when the period ends on one (30 June + 2 months = 31
August). A date past the deadline → \`inconsistent\`; \`{{period}}\`, \`{{periodEnd}}\`,
\`{{allowance}}\`, \`{{deadline}}\`, \`{{published}}\`, \`{{source}}\`.
`,
};

export const reportingDeadline: CheckKind<ReportingDeadlineOptions> = {
  name: "reporting-deadline",
  placeholders: ["period", "periodEnd", "allowance", "deadline", "published", "source", "actual"],
  docs: DOCS,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["deadlines"],
    properties: {
      deadlines: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: { annual: ALLOWANCE, "half-year": ALLOWANCE, quarterly: ALLOWANCE },
      },
    },
  },
  compile(options): CompiledCheck {
    return {
      run(context: RunContext): RawFinding[] {
        const period = extractReportingPeriod(context.document.normalised);
        const allowance = period && options.deadlines[period.kind];
        const published = publication(context);
        if (!period || !allowance || !published || published.date <= period.end) return [];
        const deadline = deadlineOf(period.end, allowance);
        if (published.date <= deadline) return [];
        return [
          {
            kind: "inconsistent",
            start: period.date.start,
            end: period.date.end,
            actual: period.date.text,
            data: {
              period: period.kind,
              periodEnd: period.end,
              allowance: allowanceText(allowance),
              deadline,
              published: published.date,
              source: published.source,
            },
          },
        ];
      },
      evidence: ({ document }) => {
        const period = extractReportingPeriod(document.normalised);
        return period ? [{ start: period.date.start, end: period.date.end }] : [];
      },
    };
  },
};
