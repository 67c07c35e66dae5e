/**
 * Numbers as announcements write them: digits with thousands separators, English number
 * words ("nine Directors") and Chinese numerals (二零二三年, 十二月, 九名).
 */

/** "1,234,567.89" → 1234567.89; undefined when it is not a number. */
export function parseDecimal(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Digits after the decimal point as written ("78.60" → 2). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** Alternation of the English number words, for building patterns. */
export const NUMBER_WORD_PATTERN = Object.keys(WORDS).join("|");

/** "nine" → 9, "12" → 12, "九" → 9. */
export function parseCount(text: string): number | undefined {
  const lower = text.trim().toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower in WORDS) return WORDS[lower];
  return parseChineseNumber(lower);
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  "○": 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const CHINESE_NUMERAL_CLASS = "〇零○Ｏ一二兩三四五六七八九十";

/** 十二 → 12, 二十一 → 21, 三十 → 30, 九 → 9; digits as such. */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "") return undefined;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? CHINESE_DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[text.slice(0, ten)];
  const unitText = text.slice(ten + 1);
  const units = unitText === "" ? 0 : CHINESE_DIGITS[unitText];
  if (tens === undefined || units === undefined || ten > 1 || unitText.length > 1) return undefined;
  return tens * 10 + units;
}

/** 二零二三 → 2023 (digit by digit, as years are written). */
export function parseChineseYear(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  let value = 0;
  for (const char of text) {
    const digit = CHINESE_DIGITS[char];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return text.length === 4 ? value : undefined;
}
