/**
 * `classification`: what a transaction announcement says it is must agree with the percentage
 * ratios it states. `subject: notifiable` compares "constitutes a discloseable transaction"
 * (須予披露交易) with "the highest applicable percentage ratio … is 27.3%" under the MB 14.08
 * bands; `subject: connected` compares a claimed 14A.76 exemption with the ratios and, where
 * one is stated in HK$, the consideration. A statement is compared with the ratio statements of
 * its own sentence or the next one (a route: its own sentence only) and agrees when any of them
 * allows it; when none is near, nothing is reported (we cannot tell). Denied classes ("does not
 * constitute", 「不會構成」) and exemptions on other grounds (subsidiary level, 14A.90 financial
 * assistance, …) are not compared.
 */

import { extractClassStatements } from "../facts/class-statements.js";
import {
  describeRange,
  extractRatioStatements,
  type Located,
  overlaps,
  type RatioStatement,
  sentenceAround,
  sentenceEnds,
  sentencesApart,
} from "../facts/percentage-ratios.js";
import { extractAmounts } from "../facts/quantities.js";
import type { CheckKind, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

export interface ClassificationOptions {
  subject?: "notifiable" | "connected";
}

/** Ratio statements and class statements lie this close together (same paragraph or next). */
const PAIRING_REACH = 600;

/**
 * The ratio statements said with a statement: within reach and in the same or an adjacent
 * sentence (another transaction's ratios are further away), nearest first.
 */
function ratiosWith(
  ratios: readonly RatioStatement[],
  ends: readonly number[],
  at: Located,
  sentences: number,
): RatioStatement[] {
  const distance = (ratio: Located) =>
    ratio.end <= at.start ? at.start - ratio.end : ratio.start >= at.end ? ratio.start - at.end : 0;
  return ratios
    .filter((ratio) => distance(ratio) <= PAIRING_REACH && sentencesApart(ends, ratio, at) <= sentences)
    .sort((a, b) => distance(a) - distance(b));
}

function checkNotifiable(text: string): RawFinding[] {
  const ratios = extractRatioStatements(text);
  const ends = sentenceEnds(text);
  return extractClassStatements(text).flatMap((statement) => {
    const near = ratiosWith(ratios, ends, statement, 1);
    // A class agrees when any ratio said with it allows it (a standalone and an aggregated
    // figure, or several ratios, may be given together).
    const ratio = near[0];
    if (!ratio || near.some((candidate) => overlaps(candidate.range, statement.band))) return [];
    return [
      inconsistency(statement, ratio, {
        problem: `it is called a ${statement.stated}, which needs percentage ratios ${describeRange(statement.band)}, but the ratio stated is ${describeRange(ratio.range)}`,
        stated: statement.stated,
        ratio: describeRange(ratio.range),
        expected: describeRange(statement.band),
      }),
    ];
  });
}

function inconsistency(at: Located, ratio: Located, data: Record<string, string>): RawFinding {
  return {
    kind: "inconsistent",
    start: at.start,
    end: at.end,
    actual: at.text,
    data,
    related: [{ start: ratio.start, end: ratio.end, message: "the percentage ratio stated" }],
  };
}

/** MB 14A.76 routes: fully exempt (1)(a)–(c); exempt from circular and approval (2). */
const ROUTES: readonly { route: "full" | "approval"; pattern: RegExp }[] = [
  {
    route: "full",
    pattern:
      /fully[- ]exempt(?:ed)?(?: connected transactions?)?|exempt(?:ed)? from (?:all )?(?:the )?reporting,? announcement,? (?:annual review )?(?:and )?(?:the )?(?:independent )?shareholders'? approval|全面豁免|獲豁免(?:遵守)?[^。；;]{0,10}?申報、公告(?:、年度審閱)?及(?:獨立)?股東批准/gi,
  },
  {
    route: "approval",
    pattern:
      /exempt(?:ed)? from (?:the )?(?:circular(?:,| and)? )?(?:\(including independent financial advice\) )?(?:independent financial advice,? )?(?:and )?(?:the )?independent shareholders'? approval requirements?|獲豁免(?:遵守)?(?:有關)?(?:通函、)?(?:獨立財務意見及)?(?:獨立)?股東批准(?:的|之)?規定/gi,
  },
];
const LIMITS = {
  full: { ratio: 5, subsidiaryRatio: 1, consideration: 3_000_000 },
  approval: { ratio: 25, consideration: 10_000_000 },
};

/**
 * Exemptions that do not depend on the 14A.76 ratios: connected persons at the subsidiary level
 * (14A.101), financial assistance, service contracts, pro rata issues and the other 14A.73
 * categories. A route said with one of these is not compared with the ratios.
 */
const OTHER_EXEMPTION =
  /\b14A\.(?:7[0-5]|7[7-9]|[89]\d|1\d\d)\b|subsidiary level|附屬公司層面|第14A\.(?:7[0-5]|7[7-9]|[89]\d|1\d\d)條|financial assistance|財務資助|service contracts?|服務合約|pro[- ]rata|按比例/i;

/** The HK$ consideration, when the document states only one (several may be other deals'). */
function considerationHkd(text: string): number | undefined {
  const amounts = extractAmounts(text).filter((amount) => amount.currency === "HKD");
  const values = new Set<number>();
  for (const cue of text.matchAll(/consideration|代價/gi)) {
    const amount = amounts.find(
      (candidate) => candidate.start >= cue.index && candidate.start - cue.index <= 120,
    );
    if (amount) values.add(amount.value);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

function routeProblem(
  route: "full" | "approval",
  low: number,
  consideration: number | undefined,
): string | undefined {
  const hk = (value: number) => `HK$${value.toLocaleString("en")}`;
  if (route === "full") {
    if (low >= LIMITS.full.ratio)
      return `a fully exempt connected transaction needs every ratio below ${LIMITS.full.ratio}%`;
    if (
      low >= LIMITS.full.subsidiaryRatio &&
      consideration !== undefined &&
      consideration >= LIMITS.full.consideration
    )
      return `with ratios of ${LIMITS.full.subsidiaryRatio}% or more, full exemption needs a consideration below ${hk(LIMITS.full.consideration)}, and ${hk(consideration)} is stated`;
    return undefined;
  }
  if (low >= LIMITS.approval.ratio)
    return `exemption from shareholders' approval needs every ratio below ${LIMITS.approval.ratio}%`;
  if (
    low >= LIMITS.full.ratio &&
    consideration !== undefined &&
    consideration >= LIMITS.approval.consideration
  )
    return `with ratios of ${LIMITS.full.ratio}% or more, exemption from shareholders' approval needs a consideration below ${hk(LIMITS.approval.consideration)}, and ${hk(consideration)} is stated`;
  return undefined;
}

function checkConnected(text: string): RawFinding[] {
  const ratios = extractRatioStatements(text);
  const ends = sentenceEnds(text);
  const consideration = considerationHkd(text);
  const findings: RawFinding[] = [];
  for (const { route, pattern } of ROUTES) {
    for (const match of text.matchAll(pattern)) {
      const at = { start: match.index, end: match.index + match[0].length, text: match[0] };
      if (OTHER_EXEMPTION.test(sentenceAround(text, ends, at))) continue;
      // A route is judged by the ratios of its own sentence ("As … exceed 0.1% but all are less
      // than 5%, the Lease is … exempt from …"); a conflict only when none of them allows it.
      const problems = ratiosWith(ratios, ends, at, 0).map((ratio) => ({
        ratio,
        // The lowest value the stated ratio allows: a conflict only when even that is too high.
        problem: routeProblem(route, ratio.range.low + (ratio.range.lowInclusive ? 0 : 1e-9), consideration),
      }));
      const first = problems[0];
      if (!first?.problem || problems.some((entry) => entry.problem === undefined)) continue;
      findings.push(
        inconsistency(at, first.ratio, {
          problem: first.problem,
          stated: at.text,
          ratio: describeRange(first.ratio.range),
        }),
      );
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

const PLACEHOLDERS = ["problem", "stated", "ratio", "expected", "actual"];

const DOCS: KindDocs = {
  summary: "a stated transaction class that agrees with the stated percentage ratios",
  example: `check:
  kind: classification
  subject: notifiable   # notifiable (default) | connected
`,
  details: `- \`subject: notifiable\` compares "constitutes a discloseable transaction" (須予披露交易) with
  "the highest applicable percentage ratio … is 27.3%" under the Rule 14.08 bands (share, 5%;
  discloseable, 25%; major; very substantial).
- \`subject: connected\` compares a claimed Rule 14A.76 exemption with the ratios and, where
  stated in HK$, the consideration.

A statement is compared with the ratio statements of its own sentence or the next one and
agrees when any of them allows it → otherwise \`inconsistent\`; \`{{stated}}\` (the class),
\`{{ratio}}\` (the ratios stated), \`{{expected}}\` (the band the class needs), \`{{problem}}\`. When no
ratio is near, nothing is reported. Denied classes ("does not constitute", 「不會構成」) and
exemptions on other grounds are not compared.
`,
};

export const classification: CheckKind<ClassificationOptions> = {
  name: "classification",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { subject: { type: "string", enum: ["notifiable", "connected"] } },
  },
  compile(options: ClassificationOptions): CompiledCheck {
    const check = options.subject === "connected" ? checkConnected : checkNotifiable;
    return { run: ({ document }: RunContext) => check(document.normalised) };
  },
};
