/**
 * Percentages (with a stated fraction), share counts and money amounts, in English and Chinese.
 * Amounts are normalised to a currency code and a plain number so the English and Chinese
 * versions can be compared ("HK$1.2 million" = 「港幣1,200,000元」 = 「120萬港元」).
 */

import { matchesOf } from "./matches.js";
import { decimalsOf, parseDecimal } from "./numbers.js";
import type { AmountFact, PercentageFact, ShareCountFact } from "./types.js";

// A number starts where no digit precedes it, nor a thousands group ("1,234,567" is read from
// its "1"): without these guards every digit of a long run would start a scan to the run's end,
// and 1 MB of digits took minutes instead of milliseconds.
const NUMBER = "(?<!\\d)(?!(?<=\\d,)\\d{3}(?!\\d))(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
// No line break between a number and its "%": in an extracted table the "%" that opens the next
// row's label ("% of the Offer Shares") is not the previous cell's.
const PERCENT = new RegExp(`${NUMBER}[ \\u00a0]?(?:%|per\\s?cent\\b)`, "gi");
const FRACTION_AFTER = /^\s*[(（]\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*[)）]/;
const FRACTION_BEFORE = /(\d{1,6})\s*\/\s*(\d{1,6})\s*[(（]\s*$/;
const OUT_OF_BEFORE =
  /\b(\d{1,6})\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(\d{1,6})\b[^.()（）%]{0,60}[(（]\s*(?:approximately\s+|about\s+|約)?$/i;

const MAX_PERCENTAGE = 100_000;

export function extractPercentages(text: string): PercentageFact[] {
  const found: PercentageFact[] = [];
  for (const match of matchesOf(PERCENT, text)) {
    const digits = match[1] ?? "";
    const value = parseDecimal(digits);
    // No announcement states 100,000 per cent: such a "percentage" is a table's share count with
    // the next row's "% of …" label, joined by extraction ("4,580,000 % of the Offer Shares").
    if (value === undefined || value >= MAX_PERCENTAGE) continue;
    const start = match.index;
    const end = start + match[0].length;
    const fact: PercentageFact = {
      start,
      end,
      value,
      decimals: decimalsOf(digits.replace(/,/g, "")),
      text: match[0],
    };
    const after = FRACTION_AFTER.exec(text.slice(end, end + 30));
    const beforeText = text.slice(Math.max(0, start - 120), start);
    const before = FRACTION_BEFORE.exec(beforeText) ?? OUT_OF_BEFORE.exec(beforeText);
    if (after) {
      fact.fraction = {
        numerator: Number(after[1]),
        denominator: Number(after[2]),
        start: end,
        end: end + after[0].length,
      };
    } else if (before) {
      const at = start - beforeText.length + before.index;
      fact.fraction = { numerator: Number(before[1]), denominator: Number(before[2]), start: at, end: start };
    }
    found.push(fact);
  }
  return found;
}

const SHARE_WORDS =
  "(?:(?:new|ordinary|existing|issued|H|A|Domestic|Class\\s+[AB]|Placing|Subscription|Consideration|Offer|Treasury|Award(?:ed)?|Option|Rights|Sale|Unlisted|Listed)\\s+){0,3}";
// Not an amount: "HK$104.8" above a table heading "Offer Shares" is a price (nor its ".8").
// Fixed-length lookbehinds only: one that scans back over a run of digits is quadratic.
const ENGLISH_SHARES = new RegExp(
  `(?<!(?:\\$|HKD|RMB|USD)\\s?)(?<!\\d\\.)${NUMBER}(?:\\s+(million|billion))?\\s+${SHARE_WORDS}(?:ordinary\\s+)?shares?\\b`,
  "gi",
);
// One line break at most before 股, and not the labels 股份簡稱 / 股份代號 that follow a code in a
// cover table ("0501" over "股份簡稱").
const CHINESE_SHARES = new RegExp(
  `${NUMBER}[ \\u3000]*\\n?[ \\u3000]*(萬|億)?\\s*(?:股)(?![東息價權本]|份(?:簡稱|代號|代碼))`,
  "g",
);
const MULTIPLIER: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  bn: 1e9,
  m: 1e6,
  萬: 1e4,
  億: 1e8,
  百萬: 1e6,
  千萬: 1e7,
};

function scaled(digits: string, multiplier: string | undefined): number | undefined {
  const value = parseDecimal(digits);
  if (value === undefined) return undefined;
  const factor = multiplier ? (MULTIPLIER[multiplier.toLowerCase()] ?? 1) : 1;
  return Math.round(value * factor * 1e6) / 1e6;
}

export function extractShareCounts(text: string): ShareCountFact[] {
  const found: ShareCountFact[] = [];
  for (const pattern of [ENGLISH_SHARES, CHINESE_SHARES]) {
    for (const match of matchesOf(pattern, text)) {
      const count = scaled(match[1] ?? "", match[2]);
      if (count === undefined) continue;
      found.push({ start: match.index, end: match.index + match[0].length, count, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const CURRENCY: Record<string, string> = {
  hk$: "HKD",
  hkd: "HKD",
  港幣: "HKD",
  港元: "HKD",
  us$: "USD",
  usd: "USD",
  美元: "USD",
  rmb: "RMB",
  cny: "RMB",
  人民幣: "RMB",
  人民幣元: "RMB",
  eur: "EUR",
  "€": "EUR",
  歐元: "EUR",
  gbp: "GBP",
  "£": "GBP",
  英鎊: "GBP",
  jpy: "JPY",
  日圓: "JPY",
  日元: "JPY",
  s$: "SGD",
  sgd: "SGD",
  新加坡元: "SGD",
};
const ENGLISH_AMOUNT = new RegExp(
  `(HK\\$|US\\$|S\\$|HKD|USD|RMB|CNY|EUR|GBP|JPY|SGD|€|£)\\s?${NUMBER}(?:\\s*(thousand|million|billion|bn)\\b)?`,
  "gi",
);
const CHINESE_PREFIX_AMOUNT = new RegExp(
  `(港幣|港元|人民幣|美元|歐元|英鎊|日圓|新加坡元)\\s?${NUMBER}\\s*(千萬|百萬|萬|億)?\\s*元?`,
  "g",
);
const CHINESE_SUFFIX_AMOUNT = new RegExp(
  `${NUMBER}\\s*(千萬|百萬|萬|億)?\\s*(港元|港幣|人民幣元|美元|歐元|英鎊|日圓|新加坡元)`,
  "g",
);

export function extractAmounts(text: string): AmountFact[] {
  const found: AmountFact[] = [];
  const push = (
    match: RegExpMatchArray,
    currency: string,
    digits: string,
    multiplier: string | undefined,
  ) => {
    const value = scaled(digits, multiplier);
    const code = CURRENCY[currency.toLowerCase()];
    if (value === undefined || code === undefined || match.index === undefined) return;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      currency: code,
      value,
      text: match[0],
    });
  };
  for (const match of matchesOf(ENGLISH_AMOUNT, text)) push(match, match[1] ?? "", match[2] ?? "", match[3]);
  for (const match of matchesOf(CHINESE_PREFIX_AMOUNT, text))
    push(match, match[1] ?? "", match[2] ?? "", match[3]);
  for (const match of matchesOf(CHINESE_SUFFIX_AMOUNT, text))
    push(match, match[3] ?? "", match[1] ?? "", match[2]);
  return found.sort((a, b) => a.start - b.start);
}
