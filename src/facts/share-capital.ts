/**
 * Share capital statements: the total issued shares ("the total number of issued Shares is
 * 1,000,000,000", 「已發行股份總數為1,000,000,000股」) and holdings stated as a percentage of it
 * ("50,000,000 Shares, representing approximately 5.00% of the issued Shares").
 */

import { matchesOf } from "./matches.js";
import { parseDecimal } from "./numbers.js";
import type { IssuedSharesFact, Located, PercentageFact, ShareCountFact } from "./types.js";

export interface HoldingStatement extends Located {
  shares: ShareCountFact;
  percentage: PercentageFact;
  enlarged: boolean;
  excludingTreasury: boolean;
  shareClass?: string;
  /** The point in time of the issued shares the percentage is of ("the amendment date"). */
  asAt?: string;
}

/** "as at the Latest Practicable Date", "as of June 30, 2025", 「於最後實際可行日期」. */
const AS_AT =
  /\bas\s+(?:at|of)\s+(?:the\s+)?([\p{L}\p{N}]+(?:[\s,]+[\p{L}\p{N}]+){0,2})|於(\p{Script=Han}{2,12}?)(?:[，,]|$)/iu;

/** The point in time named in a stretch of text: its first three words, lower-cased. */
export function referencePoint(text: string): string | undefined {
  const match = AS_AT.exec(text);
  const point = (match?.[1] ?? match?.[2])
    ?.toLowerCase()
    .replace(/[\s,]+/g, " ")
    .trim();
  return point === "" ? undefined : point;
}

/** The sentence-local text around [start, end): back to the sentence start, on to its end. */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const head = text.slice(Math.max(0, start - 160), start);
  const stop = Math.max(head.lastIndexOf(". "), head.lastIndexOf("。"), head.lastIndexOf("; "));
  const tail = text.slice(end, end + 160);
  const next = /[.;。；](?:\s|$)/.exec(tail);
  return { before: head.slice(stop + 1), after: next ? tail.slice(0, next.index) : tail };
}

const N = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
const CLASS = "(?:(H|A|Domestic|Class\\s+[AB])\\s+)?";
const ENGLISH_TOTALS = [
  new RegExp(
    `(?:total\\s+number\\s+of\\s+(?:the\\s+)?(?:issued\\s+)?${CLASS}Shares(?:\\s+in\\s+issue)?(?:\\s+of\\s+the\\s+Company)?|issued\\s+share\\s+capital\\s+of\\s+the\\s+Company|number\\s+of\\s+(?:issued\\s+)?Shares\\s+in\\s+issue)\\s*(\\(excluding\\s+treasury\\s+shares\\))?\\s*(?:is|was|amounts?\\s+to|amounted\\s+to|comprised|comprises|consisted\\s+of|consists\\s+of|of|being)\\s+${N}`,
    "gi",
  ),
  // Not inside a run of digits and commas: each of its digits would start a scan to the run's end.
  new RegExp(`\\b(?<![\\d,])()()${N}\\s+${CLASS}Shares\\s+(?:were\\s+|are\\s+)?in\\s+issue`, "gi"),
];
const CHINESE_TOTALS = [
  /()()已發行(?:股份|股本)(?:總數|總額)?\s*(?:為|共|合共|包括)\s*(\d[\d,]*)\s*股/g,
  /()()(?<![\d,])(\d[\d,]*)\s*股已發行股份/g,
];
const TREASURY_COUNT =
  /^[^.;。]{0,60}?(?:including|of\s+which|包括|其中)\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:Shares\s+)?(?:(?:were|are)\s+held\s+as\s+)?(?:treasury\s+shares|股庫存股份)/i;
const TREASURY_EXCLUDED =
  /^[^.;。]{0,40}?(?:\(excluding\s+treasury\s+shares\)|excluding\s+treasury\s+shares|不包括庫存股份)/i;

export function extractIssuedShares(text: string): IssuedSharesFact[] {
  const found: IssuedSharesFact[] = [];
  for (const pattern of [...ENGLISH_TOTALS, ...CHINESE_TOTALS]) {
    for (const match of matchesOf(pattern, text)) {
      const count = parseDecimal(match[3] ?? "");
      if (count === undefined) continue;
      const end = match.index + match[0].length;
      const fact: IssuedSharesFact = { start: match.index, end, count };
      const shareClass = match[1] || match[4];
      if (shareClass) fact.shareClass = shareClass.toLowerCase();
      const around = sentenceAround(text, match.index, end);
      const asAt = referencePoint(around.after) ?? referencePoint(around.before);
      if (asAt) fact.asAt = asAt;
      const after = text.slice(end, end + 120);
      const treasury = TREASURY_COUNT.exec(after);
      const treasuryCount = treasury ? parseDecimal(treasury[1] ?? "") : undefined;
      if (treasuryCount !== undefined) fact.excludingTreasury = count - treasuryCount;
      else if (match[2] || TREASURY_EXCLUDED.test(after)) fact.excludingTreasury = count;
      found.push(fact);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const REPRESENTING =
  /^[^.;%。；]{0,160}?\b(?:representing|represents?|accounting\s+for|equivalent\s+to)\s+(?:approximately\s+|about\s+|around\s+|approx\.\s+)?$/i;
const ENGLISH_BASIS =
  /^\s*of\s+(?:the\s+)?([^.;%]{0,120}?)(?:issued\s+shares|issued\s+share\s+capital|shares\s+in\s+issue|share\s+capital|number\s+of\s+(?:issued\s+)?shares)/i;
const CHINESE_BASIS =
  /^[^。；%]{0,80}?(?:佔|相當於|約佔)([^。；%]{0,40}?)(?:已發行股份|已發行股本)[^。；%]{0,30}?$/;

function classOf(basis: string): string | undefined {
  return (
    /\b(H|A|Domestic|Class\s+[AB])\s+Shares?\b/i.exec(basis)?.[1]?.toLowerCase() ??
    /(H股|A股|內資股)/.exec(basis)?.[1]
  );
}

function statement(
  shares: ShareCountFact,
  percentage: PercentageFact,
  basis: string,
  tail: string,
): HoldingStatement {
  const result: HoldingStatement = {
    start: shares.start,
    end: percentage.end,
    shares,
    percentage,
    enlarged: /enlarged|經擴大/i.test(basis),
    excludingTreasury: /excluding\s+treasury|不包括庫存/i.test(basis + tail),
  };
  const shareClass = classOf(basis);
  if (shareClass) result.shareClass = shareClass;
  const asAt = referencePoint(basis + tail);
  if (asAt) result.asAt = asAt;
  return result;
}

/** "X shares …, representing approximately Y% of the issued shares" statements. */
export function extractHoldingStatements(
  text: string,
  shareCounts: ShareCountFact[],
  percentages: PercentageFact[],
): HoldingStatement[] {
  const found: HoldingStatement[] = [];
  let next = 0;
  for (const percentage of percentages) {
    while (next < shareCounts.length && (shareCounts[next]?.end ?? 0) <= percentage.start) next++;
    const shares = shareCounts[next - 1];
    if (!shares || percentage.start - shares.end > 200) continue;
    const between = text.slice(shares.end, percentage.start);
    const after = text.slice(percentage.end, percentage.end + 160);
    if (REPRESENTING.test(between)) {
      const basis = ENGLISH_BASIS.exec(after);
      if (basis)
        found.push(
          statement(shares, percentage, basis[0], after.slice(basis[0].length, basis[0].length + 60)),
        );
      continue;
    }
    const chinese = CHINESE_BASIS.exec(between);
    if (chinese) found.push(statement(shares, percentage, chinese[0], after.slice(0, 30)));
  }
  return found;
}
