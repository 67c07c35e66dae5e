/**
 * `arithmetic`: numbers that must agree with each other — a percentage and its stated fraction
 * ("78.6% (11/14)"), a holding and its percentage of the issued shares, parts and their stated
 * total, and a table's percentages and its 100% total row. Rounding and truncation to the
 * stated decimals are accepted.
 */

import type { Document } from "../document/types.js";
import { extractFacts } from "../facts/extract-facts.js";
import { extractPartsStatements } from "../facts/parts.js";
import { agreesWithStated, formatPercent } from "../facts/rounding.js";
import { extractHoldingStatements } from "../facts/share-capital.js";
import { extractPercentageTables } from "../facts/tables.js";
import type { IssuedSharesFact } from "../facts/types.js";
import { requirementKind } from "./support/requirement-kind.js";
import type { KindDocs, RawFinding } from "./types.js";

export type ArithmeticRequirement =
  | "percentage-fraction"
  | "share-percentage"
  | "parts-total"
  | "table-total";

export interface ArithmeticOptions {
  require: ArithmeticRequirement;
}

function percentageFraction(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const percentage of extractFacts(document).percentages) {
    const fraction = percentage.fraction;
    if (!fraction || fraction.denominator === 0) continue;
    const exact = (100 * fraction.numerator) / fraction.denominator;
    if (agreesWithStated(exact, percentage.value, percentage.decimals)) continue;
    findings.push({
      kind: "inconsistent",
      start: Math.min(percentage.start, fraction.start),
      end: Math.max(percentage.end, fraction.end),
      actual: percentage.text,
      data: {
        percent: percentage.text,
        numerator: fraction.numerator,
        denominator: fraction.denominator,
        expected: formatPercent(exact, percentage.decimals),
      },
    });
  }
  return findings;
}

/** 40000000 → "40,000,000", as announcements write it. */
function grouped(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function totalFor(totals: IssuedSharesFact[], at: number, shareClass: string | undefined) {
  const matching = totals.filter((total) => total.shareClass === shareClass);
  const before = matching.filter((total) => total.start < at);
  return before[before.length - 1] ?? matching[0];
}

function sharePercentage(document: Document): RawFinding[] {
  const text = document.normalised;
  const facts = extractFacts(document);
  const totals = facts.issuedShares;
  const findings: RawFinding[] = [];
  for (const holding of extractHoldingStatements(text, facts.shareCounts, facts.percentages)) {
    if (holding.enlarged) continue;
    const total = totalFor(totals, holding.start, holding.shareClass);
    if (!total) continue;
    // "10% of the issued Shares as of the Amendment Date" is of another total than the one stated.
    if (holding.asAt !== undefined && holding.asAt !== total.asAt) continue;
    const bases = holding.excludingTreasury
      ? [total.excludingTreasury ?? total.count]
      : [total.count, total.excludingTreasury ?? total.count];
    const { percentage, shares } = holding;
    const exacts = bases.map((base) => (100 * shares.count) / base);
    if (exacts.some((exact) => agreesWithStated(exact, percentage.value, percentage.decimals))) continue;
    findings.push({
      kind: "inconsistent",
      start: holding.start,
      end: holding.end,
      actual: percentage.text,
      data: {
        shares: grouped(shares.count),
        percent: percentage.text,
        total: grouped(bases[0] ?? total.count),
        expected: formatPercent(exacts[0] ?? 0, percentage.decimals),
      },
      related: [{ start: total.start, end: total.end, message: "the stated total of issued shares" }],
    });
  }
  return findings;
}

function partsTotal(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const statement of extractPartsStatements(document.normalised)) {
    const sum = statement.parts.reduce((acc, part) => acc + part.value, 0);
    const total = statement.total.value;
    if (sum === total || (statement.partial && sum < total)) continue;
    findings.push({
      kind: "inconsistent",
      start: statement.total.start,
      end: statement.total.end,
      data: {
        total,
        sum,
        noun: statement.noun,
        parts: statement.parts.map((part) => part.value).join(" + "),
      },
      related: statement.parts.map((part) => ({ start: part.start, end: part.end, message: "a part" })),
    });
  }
  return findings;
}

function tableTotal(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const table of extractPercentageTables(document)) {
    const decimals = Math.max(...table.rows.map((row) => row.decimals));
    const sum = table.rows.reduce((acc, row) => acc + row.value, 0);
    // Each row may be off by half a unit of its last decimal; truncation by a whole unit.
    const tolerance = table.rows.length * 10 ** -decimals + 1e-9;
    if (Math.abs(sum - table.total.value) <= tolerance) continue;
    findings.push({
      kind: "inconsistent",
      start: table.total.start,
      end: table.total.end,
      data: { sum: `${sum.toFixed(decimals)}%`, percent: `${table.total.value}%`, rows: table.rows.length },
      related: table.rows.map((row) => ({ start: row.start, end: row.end, message: "a row" })),
    });
  }
  return findings;
}

const RUNNERS: Record<ArithmeticRequirement, (document: Document) => RawFinding[]> = {
  "percentage-fraction": percentageFraction,
  "share-percentage": sharePercentage,
  "parts-total": partsTotal,
  "table-total": tableTotal,
};

const PLACEHOLDERS = [
  "percent",
  "numerator",
  "denominator",
  "expected",
  "actual",
  "shares",
  "total",
  "sum",
  "noun",
  "parts",
  "rows",
];

const DOCS: KindDocs = {
  summary: "numbers that must agree with each other",
  example: `check:
  kind: arithmetic
  require: percentage-fraction   # percentage-fraction | share-percentage | parts-total | table-total
`,
  details: `Each requirement compares numbers the document states with each other; a result rounded or
truncated to the stated decimals agrees.

- \`percentage-fraction\` → \`inconsistent\` when a percentage disagrees with the fraction beside it
  ("78.6% (11/14)", 「78.6%（11/14）」); \`{{percent}}\`, \`{{numerator}}\`, \`{{denominator}}\` and
  \`{{expected}}\` (the percentage the fraction gives).
- \`share-percentage\` → \`inconsistent\` when a holding's percentage of the issued shares does not
  follow from the stated total; \`{{shares}}\`, \`{{percent}}\`, \`{{total}}\`, \`{{expected}}\`.
- \`parts-total\` → \`inconsistent\` when parts do not add up to their stated total ("comprising
  3 executive Directors, 2 … and 3 …"); \`{{total}}\`, \`{{sum}}\`, \`{{noun}}\`, \`{{parts}}\`.
- \`table-total\` → \`inconsistent\` when a table's percentages do not add up to its 100% total
  row; \`{{sum}}\`, \`{{percent}}\`, \`{{rows}}\`.
`,
};

export const arithmetic = requirementKind({
  name: "arithmetic",
  runners: RUNNERS,
  placeholders: PLACEHOLDERS,
  docs: DOCS,
});
