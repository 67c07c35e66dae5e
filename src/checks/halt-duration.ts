/**
 * `halt-duration`: a trading halt lasts at most two trading days, after which it is a
 * suspension and should be called one. Finds when the halt took effect ("halted with effect
 * from 9:00 a.m. on 10 March 2026"), counts the trading days up to the document's date with
 * the Hong Kong holiday calendar, and reports a "halt" that has run longer.
 */
import { extractDates, weekdayOf } from "../facts/dates.js";
import { clearBusinessDays } from "../facts/holiday-calendar.js";
import { documentDateOf, extractSignature } from "../facts/signature.js";
import type { Pattern } from "../patterns/pattern.js";
import type { CheckKind, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

export interface HaltDurationOptions {
  /** Where a halt is said to take effect; the first date within reach after one is its start. */
  haltAnchors: string[];
  /** Wording that already calls it a suspension (then nothing is reported). */
  suspensionWords: string[];
  maxTradingDays?: number;
}

const DATE_REACH = 60;

const PLACEHOLDERS = ["problem", "days", "limit"];

const DOCS: KindDocs = {
  summary: "a trading halt that has become a suspension",
  example: `check:
  kind: halt-duration
  haltAnchors: ['\\bhalted with effect from\\b', '已於[^。]{0,40}?短暫停止買賣']   # where the halt starts
  suspensionWords: ['\\bsuspension\\b', '\\bsuspended\\b', '暫停買賣']            # already called a suspension
  maxTradingDays: 2                # optional (default 2)
`,
  details: `The halt's start is the first date within reach after a \`haltAnchors\` match; its length counts
the trading days from it up to the document's date with the Hong Kong holiday calendar. A halt
longer than \`maxTradingDays\` that the text does not call a suspension → \`inconsistent\`;
\`{{days}}\`, \`{{limit}}\`, \`{{problem}}\`. Any \`suspensionWords\` match, or dates outside the
calendar's years → nothing.
`,
};

export const haltDuration: CheckKind<HaltDurationOptions> = {
  name: "halt-duration",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["haltAnchors", "suspensionWords"],
    properties: {
      haltAnchors: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
      suspensionWords: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
      maxTradingDays: { type: "integer", minimum: 1, maximum: 30 },
    },
  },
  compile(options, context): CompiledCheck {
    const anchors = options.haltAnchors.map((source) => context.compilePattern(source));
    const suspension = options.suspensionWords.map((source) => context.compilePattern(source));
    const limit = options.maxTradingDays ?? 2;
    return { run: (run) => checkHalt(run, anchors, suspension, limit) };
  },
};

function checkHalt(
  { document, data }: RunContext,
  anchors: readonly Pattern[],
  suspension: readonly Pattern[],
  limit: number,
): RawFinding[] {
  const text = document.normalised;
  if (suspension.some((pattern) => pattern.test(text))) return [];
  const dates = extractDates(text);
  const documentDate = documentDateOf(text, extractSignature(document, dates), dates);
  if (!documentDate) return [];
  for (const anchor of anchors) {
    for (const match of anchor.matches(text)) {
      // The date follows an English anchor ("halted with effect from …") and sits inside a Chinese one.
      const start = dates.find((date) => date.start >= match.start && date.start - match.end <= DATE_REACH);
      if (!start || start.iso >= documentDate.iso) continue;
      const { holidays, firstYear, lastYear } = data.calendar;
      const year = Number(start.iso.slice(0, 4));
      if (year < firstYear || Number(documentDate.iso.slice(0, 4)) > lastYear) return [];
      const closed = (iso: string) => holidays.has(iso);
      const weekday = weekdayOf(start.iso);
      const startIsTradingDay = weekday !== 0 && weekday !== 6 && !closed(start.iso);
      // Trading days the halt has lasted: its first day and every trading day before the document's date.
      const days = clearBusinessDays(start.iso, documentDate.iso, closed) + (startIsTradingDay ? 1 : 0);
      if (days <= limit) return [];
      return [
        {
          kind: "inconsistent",
          start: match.start,
          end: start.end,
          data: {
            problem: `trading has been halted since ${start.iso}, ${days} trading days before the document's date (${documentDate.iso}); after ${limit} trading days a halt is a suspension`,
            days,
            limit,
          },
          related: [{ start: documentDate.start, end: documentDate.end, message: "the document's date" }],
        },
      ];
    }
  }
  return [];
}
