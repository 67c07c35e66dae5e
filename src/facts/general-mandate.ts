/**
 * The general mandate to issue shares (Rule 13.36(2)(b)) as an announcement states it: its limit
 * ("up to 158,600,000 Shares, being 20% of the 793,000,000 Shares in issue as at the date of the
 * AGM", 「最多158,600,000股股份，即於股東週年大會日期已發行股份總數793,000,000股的20%」), what was
 * used before ("no Shares have been issued under the General Mandate", 「已根據一般授權發行
 * 10,000,000股」), the new issue ("up to 140,000,000 Placing Shares") and the share of the mandate
 * it uses ("will utilise approximately 88.3% of the General Mandate"). Sentences about the
 * repurchase (buy-back) mandate are left out: their 10% is another limit.
 */
import { parseDecimal } from "./numbers.js";
import { extractPercentages, extractShareCounts } from "./quantities.js";
import type { Located } from "./types.js";

export interface MandateLimit extends Located {
  /** The percentage of the issued shares the mandate covers ("20%"), when stated. */
  percent?: number;
  /** The limit in shares, when stated. */
  limit?: number;
  /** The issued shares the percentage is of, when stated. */
  base?: number;
  /** The sentence speaks of extending the mandate by repurchased shares (13.36(2)(b)(ii)). */
  extended: boolean;
}

export interface MandateFacts {
  limits: MandateLimit[];
  /** Shares already issued under the mandate (0 for "no Shares have been issued"). */
  used?: Located & { shares: number };
  /** The largest count of new shares the announcement issues. */
  issue?: Located & { shares: number };
  /** "will utilise approximately 88.3% of the General Mandate". */
  utilisation?: Located & { percent: number; decimals: number; text: string };
}

const ISSUE =
  /(\d{1,3}(?:,\d{3})+|\d+)\s+(?:new\s+)?(Placing|Subscription|Consideration|Conversion)\s+Shares\b|(\d{1,3}(?:,\d{3})+|\d+)\s*股(?:新)?(配售|認購|代價|兌換)股份/gi;
const ISSUE_MENTION = new RegExp(ISSUE.source, "i");
const MANDATE = /\b(?:general|issue|issuance|share\s+issue)\s+mandates?\b|一般授權|發行授權/i;
const REPURCHASE = /\b(?:re-?purchase|buy-?back|buyback)\b|購回|回購/i;
/** The grant of a mandate to issue: what the limit sentence says the directors may do. */
const GRANT =
  /\b(?:to\s+allot|allot,\s+issue|authori[sz]ed\s+to\s+(?:allot|issue)|granted|grant\s+of|renew(?:al|ed)?)\b|授予|授出|配發、發行|配發及發行|重續/i;
const EXTENDED = /\bextend(?:ed|ing)?\b|\baddition\b|\badded\b|擴大|加上|加入/i;
/** A sentence: up to a full stop before a space, or a Chinese or English semicolon. */
const SENTENCE = /[^。；;]+?(?:[。；;]|\.(?=\s|$)|$)/g;
const ABBREVIATION_END = /\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Ltd|Inc|No|approx|i\.e|e\.g)\.$/i;

interface Sentence {
  text: string;
  start: number;
}

/** Sentences, not cut after "Mr." or "i.e.". */
function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const match of text.matchAll(SENTENCE)) {
    const current = pending
      ? { text: pending.text + match[0], start: pending.start }
      : { text: match[0], start: match.index };
    if (ABBREVIATION_END.test(current.text.trimEnd()) && current.text.length < 2000) {
      pending = current;
      continue;
    }
    pending = undefined;
    found.push(current);
  }
  if (pending) found.push(pending);
  return found;
}

/** A sentence that states the mandate's own limit, not the size of an issue under it. */
function isLimitSentence(text: string): boolean {
  return MANDATE.test(text) && !REPURCHASE.test(text) && GRANT.test(text) && !ISSUE_MENTION.test(text);
}

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
/** "up to 158,600,000 Shares", "is 158,600,000 Shares", 「最多158,600,000股」: the count is the limit. */
const LIMIT_COUNT = new RegExp(
  String.raw`(?:\bup\s+to|\bnot\s+exceeding|\bmaximum\s+of|\bis|\bbeing|最多|不超過|合共)\s*(?:a\s+total\s+of\s+)?${COUNT}\s*(?:new\s+)?(?:Shares|股)`,
  "i",
);
/** "20% of the total number of 793,000,000 Shares", 「已發行股份總數793,000,000股的20%」: the count is the base. */
const BASE_COUNT = new RegExp(
  String.raw`%\s*of\s+(?:the\s+)?(?:(?:total|aggregate)\s+number\s+of\s+(?:the\s+)?)?${COUNT}\s*(?:issued\s+)?Shares|(?:總數|總額)\s*${COUNT}\s*股(?:股份)?(?:的|之)`,
  "i",
);

function limitIn(sentence: Sentence): MandateLimit | undefined {
  const percents = [...new Set(extractPercentages(sentence.text).map((percentage) => percentage.value))];
  if (percents.length > 1) return undefined;
  const percent = percents[0];
  if (percent !== undefined && (percent <= 0 || percent > 100)) return undefined;
  const counts = [...new Set(extractShareCounts(sentence.text).map((count) => count.count))].sort(
    (a, b) => a - b,
  );
  const fact: MandateLimit = {
    start: sentence.start,
    end: sentence.start + sentence.text.trimEnd().length,
    extended: EXTENDED.test(sentence.text),
    ...(percent !== undefined && { percent }),
  };
  const [smaller, larger] = counts;
  if (counts.length === 2 && percent !== undefined && smaller !== undefined && larger !== undefined) {
    fact.limit = smaller;
    fact.base = larger;
  } else if (counts.length === 1) {
    const limit = LIMIT_COUNT.exec(sentence.text);
    const base = BASE_COUNT.exec(sentence.text);
    if (limit && !base) fact.limit = parseDecimal(limit[1] ?? "");
    if (base && !limit && percent !== undefined) fact.base = parseDecimal(base[1] ?? base[2] ?? "");
  }
  return fact.percent === undefined && fact.limit === undefined ? undefined : fact;
}

const USED_NONE =
  /\bno\s+(?:new\s+)?Shares?\s+(?:has|have)\s+been\s+(?:allotted\s+(?:and|or)\s+)?issued\s+(?:under|pursuant\s+to)\b|(?:概無|並無|沒有|尚未)(?:根據|按照|依據)[^。；]{0,12}?(?:一般授權|發行授權)[^。；]{0,12}?(?:配發|發行)/i;
/** "N Shares have been issued under" ("… will have been issued", which counts the new issue too, is not read). */
const USED_SOME =
  /\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:new\s+)?Shares?\s+(?:has|have)\s+been\s+(?:allotted\s+(?:and|or)\s+)?issued\s+(?:under|pursuant\s+to)\b|(?:已|曾)(?:根據|按照|依據)[^。；]{0,12}?(?:一般授權|發行授權)[^。；]{0,12}?(?:配發|發行)(?:及發行)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*股/i;
const UTILISATION =
  /\butili[sz](?:e|es|ed|ing)\s+(?:approximately\s+|about\s+|around\s+)?(\d{1,3}(?:\.\d+)?)\s?%\s+of\s+(?:the|such)\s+(?:General|Issue)\s+Mandate\b|(?:動用|使用|佔)(?:一般授權|發行授權)(?:的|之)?(?:約)?\s*(\d{1,3}(?:\.\d+)?)\s?%/i;

function usedIn(text: string): MandateFacts["used"] {
  const none = USED_NONE.exec(text);
  if (none) return { start: none.index, end: none.index + none[0].length, shares: 0 };
  const some = USED_SOME.exec(text);
  const shares = some ? parseDecimal(some[1] ?? some[2] ?? "") : undefined;
  if (!some || shares === undefined) return undefined;
  return { start: some.index, end: some.index + some[0].length, shares };
}

/**
 * The new shares: the largest count of each kind named ("up to 140,000,000 Placing Shares … if
 * 100,000,000 Placing Shares are placed"), added up over the kinds (Placing and Subscription
 * Shares issued together).
 */
function issueIn(text: string): MandateFacts["issue"] {
  const largest = new Map<string, Located & { shares: number }>();
  for (const match of text.matchAll(ISSUE)) {
    const shares = parseDecimal(match[1] ?? match[3] ?? "");
    const label = (match[2] ?? match[4] ?? "").toLowerCase();
    const known = largest.get(label);
    if (shares === undefined || (known && known.shares >= shares)) continue;
    largest.set(label, { start: match.index, end: match.index + match[0].length, shares });
  }
  const issues = [...largest.values()];
  const first = issues[0];
  if (!first) return undefined;
  return {
    start: Math.min(...issues.map((issue) => issue.start)),
    end: Math.max(...issues.map((issue) => issue.end)),
    shares: issues.reduce((sum, issue) => sum + issue.shares, 0),
  };
}

function utilisationIn(text: string): MandateFacts["utilisation"] {
  const match = UTILISATION.exec(text);
  const digits = match?.[1] ?? match?.[2];
  const percent = digits === undefined ? undefined : parseDecimal(digits);
  if (!match || digits === undefined || percent === undefined) return undefined;
  const dot = digits.indexOf(".");
  return {
    start: match.index,
    end: match.index + match[0].length,
    percent,
    decimals: dot < 0 ? 0 : digits.length - dot - 1,
    text: `${digits}%`,
  };
}

export function extractMandateFacts(text: string): MandateFacts {
  const limits = sentences(text)
    .filter((sentence) => isLimitSentence(sentence.text))
    .map(limitIn)
    .filter((limit): limit is MandateLimit => limit !== undefined);
  const facts: MandateFacts = { limits };
  if (limits.length === 0) return facts;
  const used = usedIn(text);
  if (used) facts.used = used;
  const issue = issueIn(text);
  if (issue) facts.issue = issue;
  const utilisation = utilisationIn(text);
  if (utilisation) facts.utilisation = utilisation;
  return facts;
}
