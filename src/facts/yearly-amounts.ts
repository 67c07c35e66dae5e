/**
 * Amounts listed for each of a stated number of years: "the annual caps for the three years
 * ending 31 December 2027 are HK$30 million, HK$35 million and HK$40 million respectively",
 * 「截至2027年12月31日止三個年度的建議年度上限分別為30百萬港元、35百萬港元及40百萬港元」. Amounts in
 * brackets are conversions of the one before ("(equivalent to approximately HK$11 million)"),
 * not further years. A sentence that names several subjects before its amounts ("under the
 * Supply Agreement and the Purchase Agreement … respectively") may pair the amounts with the
 * subjects instead of the years, so it is not read.
 */
import { CHINESE_NUMERAL_CLASS, NUMBER_WORD_PATTERN, parseCount } from "./numbers.js";
import { extractAmounts } from "./quantities.js";
import type { AmountFact, Located } from "./types.js";

export interface YearlyAmounts extends Located {
  /** The number of years stated. */
  years: number;
  /** The years phrase as written ("the three years ending"). */
  phrase: string;
  amounts: AmountFact[];
}

const ENGLISH_YEARS = new RegExp(
  `\\bthe\\s+(${NUMBER_WORD_PATTERN}|\\d)(?:\\s*\\(\\d\\))?\\s+(?:financial\\s+)?years\\s+(?:ending|ended)\\b`,
  "gi",
);
const CHINESE_YEARS = new RegExp(`止\\s*([${CHINESE_NUMERAL_CLASS}]{1,2}|\\d)\\s*個\\s*(?:財政)?年度`, "gu");
const SENTENCE_END = /[.;。；](?:\s|$)|$/;
const RESPECTIVELY = /\brespectively\b|分別為|分別是|分別/i;
/** Several subjects before the amounts: "and" or 及 / 和 / 、 not joining years ("2026 and 2027"). */
const SEVERAL_SUBJECTS = /\band\b(?!\s+\d)|(?:及|和|與|、)(?!\s*\d)/i;

/** Amounts at bracket depth 0 of the segment starting at `offset`. */
function unbracketed(text: string, offset: number): AmountFact[] {
  const depthAt: number[] = [];
  let depth = 0;
  for (const char of text) {
    if ("(（".includes(char)) depth++;
    depthAt.push(depth);
    if (")）".includes(char)) depth = Math.max(0, depth - 1);
  }
  return extractAmounts(text)
    .filter((amount) => depthAt[amount.start] === 0)
    .map((amount) => ({ ...amount, start: amount.start + offset, end: amount.end + offset }));
}

function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 400), at);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("。"), before.lastIndexOf(";"));
  return at - before.length + stop + 1;
}

function readAt(text: string, match: RegExpMatchArray): YearlyAmounts | undefined {
  const years = parseCount(match[1] ?? "");
  const start = match.index ?? 0;
  if (years === undefined || years < 2) return undefined;
  const rest = text.slice(start, start + 600);
  const end = start + (SENTENCE_END.exec(rest)?.index ?? rest.length);
  const sentence = text.slice(start, end);
  const respectively = RESPECTIVELY.exec(sentence);
  if (!respectively) return undefined;
  // "… A, B and C respectively" closes an English list; 「分別為A、B及C」 opens a Chinese one.
  const chinese = !/^respectively$/i.test(respectively[0]);
  const listEnd = chinese ? sentence.length : respectively.index + respectively[0].length;
  const amounts = unbracketed(sentence.slice(0, listEnd), start);
  const first = amounts[0];
  if (!first) return undefined;
  const beforeAmounts = text.slice(sentenceStart(text, start), first.start);
  if (SEVERAL_SUBJECTS.test(beforeAmounts)) return undefined;
  return { start, end, years, phrase: match[0], amounts };
}

/** Every "for the N years … A, B and C respectively" with its amounts. */
export function extractYearlyAmounts(text: string): YearlyAmounts[] {
  const found: YearlyAmounts[] = [];
  for (const pattern of [ENGLISH_YEARS, CHINESE_YEARS]) {
    for (const match of text.matchAll(pattern)) {
      const read = readAt(text, match);
      if (read) found.push(read);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
