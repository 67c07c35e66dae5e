/**
 * `counting`: numbers a reader adds up by hand. A count stated beside the names it counts
 * ("three independent non-executive Directors, namely …"); a shareholding table's percentages
 * recomputed from its own counts and total row; a poll's votes for and against, their
 * percentages and the total cast; and the general mandate to issue shares — its limit against
 * the percentage and issued shares it is stated from, the 20% ceiling, and a new issue against
 * what is left of it. Rounding and truncation to the stated decimals are accepted throughout.
 */
import type { Document } from "../document/types.js";
import { extractFacts } from "../facts/extract-facts.js";
import { extractMandateFacts, type MandateFacts, type MandateLimit } from "../facts/general-mandate.js";
import { extractHoldingTables } from "../facts/holding-tables.js";
import { extractNamedCounts } from "../facts/named-counts.js";
import { extractPollRows, type PollRow } from "../facts/poll-votes.js";
import { agreesWithStated, formatPercent } from "../facts/rounding.js";
import { extractYearlyAmounts } from "../facts/yearly-amounts.js";
import { requirementKind } from "./support/requirement-kind.js";
import type { KindDocs, RawFinding } from "./types.js";

export type CountingRequirement =
  | "named-count"
  | "holding-table"
  | "poll-votes"
  | "mandate-headroom"
  | "yearly-amounts";

export interface CountingOptions {
  require: CountingRequirement;
}

/** 40000000 → "40,000,000", as announcements write it. */
function grouped(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function namedCount(document: Document): RawFinding[] {
  const text = document.normalised;
  return extractNamedCounts(text, extractFacts(document).board)
    .filter((count) => count.names.length !== count.stated)
    .map((count) => ({
      kind: "inconsistent",
      start: count.start,
      end: count.end,
      actual: text.slice(count.start, count.end),
      data: {
        phrase: count.phrase,
        stated: count.stated,
        counted: count.names.length,
        names: count.names.map((name) => name.name).join(", "),
      },
      related: count.names.map(({ start, end }) => ({ start, end, message: "a name counted" })),
    }));
}

function holdingTable(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const table of extractHoldingTables(document)) {
    for (const row of table.rows) {
      row.pairs.forEach((pair, column) => {
        const total = table.total.pairs[column];
        if (!total || total.count === 0) return;
        const exact = (100 * pair.count) / total.count;
        if (agreesWithStated(exact, pair.percent, pair.decimals)) return;
        findings.push({
          kind: "inconsistent",
          start: pair.start,
          end: pair.end,
          actual: pair.text,
          data: {
            shares: grouped(pair.count),
            percent: pair.text,
            total: grouped(total.count),
            expected: formatPercent(exact, pair.decimals),
          },
          related: [{ start: total.start, end: total.end, message: "the table's total" }],
        });
      });
    }
  }
  return findings;
}

/** What is wrong with a poll row, or undefined when it adds up. */
function pollProblem(row: PollRow): string | undefined {
  const cast = row.columns.reduce((sum, column) => sum + column.votes, 0);
  if (row.total && row.total.votes !== cast) {
    return `the votes add up to ${grouped(cast)}, not the ${grouped(row.total.votes)} stated`;
  }
  if (cast === 0) return undefined;
  for (const column of row.columns) {
    const exact = (100 * column.votes) / cast;
    if (!agreesWithStated(exact, column.percent, column.decimals)) {
      return `${grouped(column.votes)} of ${grouped(cast)} votes is ${formatPercent(exact, column.decimals)}, not ${column.text}`;
    }
  }
  return undefined;
}

function pollVotes(document: Document): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const row of extractPollRows(document.normalised)) {
    const problem = pollProblem(row);
    if (problem === undefined) continue;
    findings.push({
      kind: "inconsistent",
      start: row.start,
      end: row.end,
      actual: document.normalised.slice(row.start, row.end),
      data: { problem },
    });
  }
  return findings;
}

function limitFinding(limit: MandateLimit, problem: string): RawFinding {
  return { kind: "inconsistent", start: limit.start, end: limit.end, data: { problem } };
}

/** A mandate to issue stated above 20% of the issued shares (unless extended by repurchases). */
function ceilingProblems(limits: readonly MandateLimit[]): RawFinding[] {
  return limits
    .filter((limit) => limit.percent !== undefined && limit.percent > 20 && !limit.extended)
    .map((limit) =>
      limitFinding(
        limit,
        `the mandate to issue is stated as ${limit.percent}% of the issued shares; Rule 13.36(2)(b) allows 20%`,
      ),
    );
}

/** Values stated, without repeats. */
function distinct(values: readonly (number | undefined)[]): number[] {
  return [...new Set(values.filter((value): value is number => value !== undefined))];
}

/**
 * The limit against the percentage of the issued shares it is stated from: in one sentence, or
 * in two when the document states exactly one limit and one percentage of one base.
 */
function limitProblems(limits: readonly MandateLimit[]): RawFinding[] {
  const complete = limits.filter((limit) => limit.limit !== undefined && limit.base !== undefined);
  const percents = distinct(limits.map((limit) => limit.percent));
  const bases = distinct(limits.map((limit) => limit.base));
  const caps = distinct(limits.map((limit) => limit.limit));
  const stated = limits.find((limit) => limit.limit !== undefined);
  const combined =
    complete.length === 0 && percents.length === 1 && bases.length === 1 && caps.length === 1 && stated
      ? [{ ...stated, percent: percents[0], base: bases[0] }]
      : [];
  return [...complete, ...combined].flatMap((limit) => {
    const { percent, base, limit: shares } = limit;
    if (percent === undefined || base === undefined || shares === undefined) return [];
    const exact = (percent * base) / 100;
    // The limit is the percentage of the issued shares, rounded down to a whole share (or rounded).
    if (Math.abs(shares - exact) < 1) return [];
    return [
      limitFinding(
        limit,
        `${percent}% of ${grouped(base)} shares is ${grouped(Math.floor(exact))}, not the ${grouped(shares)} stated`,
      ),
    ];
  });
}

/** The new issue against what is left of the mandate, and the share of it said to be used. */
function headroomProblems(facts: MandateFacts): RawFinding[] {
  const limits = distinct(facts.limits.map((limit) => limit.limit));
  const limit = facts.limits.find((fact) => fact.limit !== undefined);
  const { issue, used, utilisation } = facts;
  if (limits.length !== 1 || !limit?.limit || !issue) return [];
  const left = limit.limit - (used?.shares ?? 0);
  const findings: RawFinding[] = [];
  if (issue.shares > left) {
    findings.push({
      kind: "inconsistent",
      start: issue.start,
      end: issue.end,
      data: {
        problem: `${grouped(issue.shares)} new shares exceed the ${grouped(left)} left under the general mandate of ${grouped(limit.limit)}`,
      },
      related: [{ start: limit.start, end: limit.end, message: "the general mandate's limit" }],
    });
  }
  if (utilisation) {
    const exact = (100 * issue.shares) / limit.limit;
    if (!agreesWithStated(exact, utilisation.percent, utilisation.decimals)) {
      findings.push({
        kind: "inconsistent",
        start: utilisation.start,
        end: utilisation.end,
        data: {
          problem: `${grouped(issue.shares)} of ${grouped(limit.limit)} shares is ${formatPercent(exact, utilisation.decimals)} of the general mandate, not ${utilisation.text}`,
        },
      });
    }
  }
  return findings;
}

function mandateHeadroom(document: Document): RawFinding[] {
  const facts = extractMandateFacts(document.normalised);
  return [...ceilingProblems(facts.limits), ...limitProblems(facts.limits), ...headroomProblems(facts)];
}

/**
 * "For the three years ending … HK$30 million and HK$35 million respectively": a year without
 * its amount. A list longer by a whole multiple names several subjects per year, and is left.
 */
function yearlyAmounts(document: Document): RawFinding[] {
  return extractYearlyAmounts(document.normalised)
    .filter(({ years, amounts }) => amounts.length !== years && amounts.length % years !== 0)
    .map((list) => ({
      kind: "inconsistent",
      start: list.start,
      end: list.end,
      data: {
        phrase: list.phrase,
        years: list.years,
        counted: list.amounts.length,
        amounts: list.amounts.map((amount) => amount.text).join(", "),
      },
      related: list.amounts.map(({ start, end }) => ({ start, end, message: "an amount listed" })),
    }));
}

const RUNNERS: Record<CountingRequirement, (document: Document) => RawFinding[]> = {
  "named-count": namedCount,
  "holding-table": holdingTable,
  "poll-votes": pollVotes,
  "mandate-headroom": mandateHeadroom,
  "yearly-amounts": yearlyAmounts,
};

const PLACEHOLDERS = [
  "phrase",
  "stated",
  "counted",
  "names",
  "shares",
  "percent",
  "total",
  "expected",
  "problem",
  "years",
  "amounts",
  "actual",
];

const DOCS: KindDocs = {
  summary: "numbers a reader adds up by hand",
  example: `check:
  kind: counting
  require: named-count      # named-count | holding-table | poll-votes | mandate-headroom | yearly-amounts
`,
  details: `- \`named-count\` → \`inconsistent\` when "three independent non-executive Directors, namely …" or
  「五位獨立非執行董事，即…」 lists another number of names; \`{{phrase}}\`, \`{{stated}}\`,
  \`{{counted}}\`, \`{{names}}\`. Only lists whose every name carries a title are read; a count that
  is part of a larger group ("two of the three …") and the board paragraph (see \`board\`,
  \`stated-total\`) are left out.
- \`holding-table\` → \`inconsistent\` when a row's percentage in a table laid out one row per line
  differs from its share count over the same column's "Total" (總計, 合計) row, beyond the
  rounding or truncation of the stated decimals; \`{{shares}}\`, \`{{percent}}\`, \`{{total}}\`,
  \`{{expected}}\`.
- \`poll-votes\` → \`inconsistent\` when a resolution's votes for and against (and abstaining) do not
  add up to the total stated, or a percentage is not that count over the votes cast; \`{{problem}}\`.
  Two layouts are read: "a (p%) b (q%) [total]" and "a b [total] (p%) (q%) [(100%)]".
- \`mandate-headroom\` → \`inconsistent\` when a general mandate's stated limit is not its percentage
  of the issued shares stated with it, when a mandate to issue is stated above 20% (unless
  extended by repurchased shares), when new Placing / Subscription / Consideration Shares exceed
  what is left of the mandate, or when "utilises X% of the General Mandate" does not recompute;
  \`{{problem}}\`.
- \`yearly-amounts\` → \`inconsistent\` when a stated term of years is given a different number of
  yearly amounts (caps); \`{{phrase}}\`, \`{{years}}\`, \`{{counted}}\`, \`{{amounts}}\`.
`,
};

export const counting = requirementKind({
  name: "counting",
  runners: RUNNERS,
  placeholders: PLACEHOLDERS,
  docs: DOCS,
});
