/**
 * `classification`: what a transaction announcement says it is must agree with the percentage
 * ratios it states. `subject: notifiable` compares "constitutes a discloseable transaction"
 * (須予披露交易) with "the highest applicable percentage ratio … is 27.3%" under the MB 14.08
 * bands; `subject: connected` compares a claimed 14A.76 exemption with the ratios and, where
 * one is stated in HK$, the consideration. Statements are paired with the nearest ratio
 * statement; when none is near, nothing is reported (we cannot tell).
 */
import { extractAmounts } from "../facts/quantities.js";
import type { CheckKind, CompiledCheck, RawFinding, RunContext } from "./types.js";

export interface ClassificationOptions {
  subject?: "notifiable" | "connected";
}

/** A range of percentages a statement allows; bounds are percent values. */
export interface RatioRange {
  low: number;
  lowInclusive: boolean;
  high: number;
  highInclusive: boolean;
}

interface Located {
  start: number;
  end: number;
  text: string;
}

export interface RatioStatement extends Located {
  range: RatioRange;
}

/** Ratio statements and class statements lie this close together (same paragraph or next). */
const PAIRING_REACH = 600;
const NUMBER = "(\\d{1,3}(?:\\.\\d+)?)\\s?%";
// Clause text: no sentence end, but "Rule 14.07" keeps its dot.
const CLAUSE_CHAR = "(?:[^.;。；]|\\.(?=\\d))";
const GAP = `${CLAUSE_CHAR}{0,200}?`;
const UPPER = `(?:${CLAUSE_CHAR}{0,40}?\\b(?:but|and)\\b${CLAUSE_CHAR}{0,40}?(?:less|lower) than\\s+${NUMBER})?`;
const ZH_UPPER = `(?:[^。；;]{0,20}?(?:但|而|及)[^。；;]{0,12}?(?:低於|少於)\\s?${NUMBER})?`;

const COMPARATORS: Record<string, "eq" | "gt" | "lt" | "ge"> = {
  is: "eq",
  are: "eq",
  was: "eq",
  為: "eq",
  exceed: "gt",
  exceeds: "gt",
  exceeding: "gt",
  "is more than": "gt",
  "are more than": "gt",
  "is above": "gt",
  "is over": "gt",
  超過: "gt",
  高於: "gt",
  多於: "gt",
  "is less than": "lt",
  "are less than": "lt",
  "is below": "lt",
  低於: "lt",
  少於: "lt",
  "is at least": "ge",
  "is equal to or more than": "ge",
  "equals or exceeds": "ge",
  "is equal to or exceeds": "ge",
};
const COMPARATOR =
  "(is equal to or more than|is equal to or exceeds|equals or exceeds|is at least|is more than|are more than|is above|is over|is less than|are less than|is below|exceeding|exceeds|exceed|is|are|was)";

const RATIO_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `highest (?:applicable )?percentage ratios?${GAP}\\b${COMPARATOR}\\s+(?:approximately |about )?${NUMBER}${UPPER}`,
    "gi",
  ),
  new RegExp(
    `one or more of the (?:applicable )?percentage ratios${GAP}\\b(exceeds?|is more than|are more than|is above|are above|is over|are over)\\s+${NUMBER}${UPPER}`,
    "gi",
  ),
  new RegExp(
    `(?:all|each) of the (?:applicable )?percentage ratios${GAP}\\b(are less than|is less than|are below|is below)\\s+${NUMBER}`,
    "gi",
  ),
  new RegExp(
    `最高(?:的)?適用百分比率${GAP}(超過|高於|多於|為|低於|少於)\\s?(?:約\\s?)?${NUMBER}${ZH_UPPER}`,
    "g",
  ),
  new RegExp(
    `(?:一項或多項|一個或多個|其中一項|若干項?)(?:適用)?百分比率${GAP}(超過|高於|多於)\\s?${NUMBER}${ZH_UPPER}`,
    "g",
  ),
  new RegExp(`(?:所有|全部|各項)(?:適用)?百分比率${GAP}(低於|少於)\\s?${NUMBER}`, "g"),
];

function rangeOf(comparator: string, value: number, upper: number | undefined): RatioRange {
  const kind = COMPARATORS[comparator.toLowerCase().replace(/\s+/g, " ")] ?? "eq";
  const range: RatioRange =
    kind === "eq"
      ? { low: value, lowInclusive: true, high: value, highInclusive: true }
      : kind === "lt"
        ? { low: 0, lowInclusive: true, high: value, highInclusive: false }
        : { low: value, lowInclusive: kind === "ge", high: Number.POSITIVE_INFINITY, highInclusive: false };
  if (upper !== undefined && upper > range.low) {
    range.high = upper;
    range.highInclusive = false;
  }
  return range;
}

/** Every statement of the percentage ratios, in order. */
export function extractRatioStatements(text: string): RatioStatement[] {
  const found: RatioStatement[] = [];
  for (const pattern of RATIO_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const comparator = /^(所有|全部|各項|all|each)/i.test(match[0]) ? "is less than" : (match[1] ?? "is");
      const value = Number(match[2]);
      const upper = match[3] === undefined ? undefined : Number(match[3]);
      const start = match.index;
      found.push({
        start,
        end: start + match[0].length,
        text: match[0],
        range: rangeOf(comparator, value, upper),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Do two ranges share any value? */
export function overlaps(a: RatioRange, b: RatioRange): boolean {
  const below = (x: RatioRange, y: RatioRange) =>
    x.high < y.low || (x.high === y.low && !(x.highInclusive && y.lowInclusive));
  return !below(a, b) && !below(b, a);
}

const band = (low: number, high: number): RatioRange => ({
  low,
  lowInclusive: true,
  high,
  highInclusive: false,
});

/** MB 14.06 / 14.08 (GEM 19.06 / 19.08) bands by class. */
const CLASS_BANDS: Record<string, RatioRange> = {
  "share transaction": band(0, 5),
  "discloseable transaction": band(5, 25),
  "major transaction": band(25, 100),
  "major disposal": band(25, 75),
  "very substantial disposal": band(75, Number.POSITIVE_INFINITY),
  "very substantial acquisition": band(100, Number.POSITIVE_INFINITY),
};
const CHINESE_CLASSES: Record<string, string> = {
  股份: "share transaction",
  須予披露: "discloseable transaction",
  主要: "major transaction",
  非常重大出售: "very substantial disposal",
  非常重大收購: "very substantial acquisition",
};

const CLASS_PATTERNS: readonly RegExp[] = [
  /(?<!not )constitutes?\s+(?:an?\s+)?(?:(share|discloseable|major)(?:\s+and\s+connected)?\s+transactions?|(very substantial (?:acquisition|disposal))s?)/gi,
  /(?<!不)構成[^。；;]{0,24}?(股份|須予披露|主要|非常重大出售|非常重大收購)(?:及關連)?(?:交易|事項)/g,
];

export interface ClassStatement extends Located {
  stated: string;
  band: RatioRange;
}

export function extractClassStatements(text: string): ClassStatement[] {
  const found: ClassStatement[] = [];
  for (const pattern of CLASS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const word = (match[1] ?? match[2] ?? "").toLowerCase();
      let stated = CHINESE_CLASSES[word] ?? (word.startsWith("very") ? word : `${word} transaction`);
      const around = text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 80);
      if (
        stated === "major transaction" &&
        /disposal|出售/i.test(around) &&
        !/acquisition|收購/i.test(around)
      ) {
        stated = "major disposal";
      }
      const range = CLASS_BANDS[stated];
      if (!range) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        stated,
        band: range,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The ratio statement nearest to a statement, within reach. */
function nearestRatio(ratios: readonly RatioStatement[], at: Located): RatioStatement | undefined {
  let best: RatioStatement | undefined;
  let bestDistance = PAIRING_REACH + 1;
  for (const ratio of ratios) {
    const distance =
      ratio.end <= at.start ? at.start - ratio.end : ratio.start >= at.end ? ratio.start - at.end : 0;
    if (distance < bestDistance) {
      best = ratio;
      bestDistance = distance;
    }
  }
  return best;
}

export const describeRange = (range: RatioRange): string => {
  if (range.low === range.high) return `${range.low}%`;
  const low = `${range.lowInclusive ? "at least" : "more than"} ${range.low}%`;
  if (range.high === Number.POSITIVE_INFINITY) return low;
  return range.low === 0 ? `less than ${range.high}%` : `${low} and less than ${range.high}%`;
};

function checkNotifiable(text: string): RawFinding[] {
  const ratios = extractRatioStatements(text);
  return extractClassStatements(text).flatMap((statement) => {
    const ratio = nearestRatio(ratios, statement);
    if (!ratio || overlaps(ratio.range, statement.band)) return [];
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

function considerationHkd(text: string): number | undefined {
  const amounts = extractAmounts(text).filter((amount) => amount.currency === "HKD");
  for (const cue of text.matchAll(/consideration|代價/gi)) {
    const amount = amounts.find(
      (candidate) => candidate.start >= cue.index && candidate.start - cue.index <= 120,
    );
    if (amount) return amount.value;
  }
  return undefined;
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
  const consideration = considerationHkd(text);
  const findings: RawFinding[] = [];
  for (const { route, pattern } of ROUTES) {
    for (const match of text.matchAll(pattern)) {
      const at = { start: match.index, end: match.index + match[0].length, text: match[0] };
      const ratio = nearestRatio(ratios, at);
      if (!ratio) continue;
      // The lowest value the stated ratio allows: a conflict only when even that is too high.
      const problem = routeProblem(
        route,
        ratio.range.low + (ratio.range.lowInclusive ? 0 : 1e-9),
        consideration,
      );
      if (problem) {
        findings.push(
          inconsistency(at, ratio, { problem, stated: at.text, ratio: describeRange(ratio.range) }),
        );
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const classification: CheckKind<ClassificationOptions> = {
  name: "classification",
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
