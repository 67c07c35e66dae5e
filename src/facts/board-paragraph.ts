/**
 * Finds the board paragraph ("As at the date of this announcement, the Board comprises …",
 * 「於本公告日期，董事會包括…」) and the total it states ("comprises nine Directors").
 */
import { NUMBER_WORD_PATTERN, parseCount } from "./numbers.js";
import type { Located, NumberFact } from "./types.js";

const ENGLISH_ANCHOR =
  /\b(?:As\s+)?(?:at|of)\s+the\s+date\s+(?:of\s+this\s+(?:joint\s+)?(?:announcement|circular|notice|report)|hereof),?\s+(?:(?:the|our)\s+)?(?:board|(?:independent\s+)?(?:non[\s-]?)?executive\s+directors?|directors?|members\s+of\s+the\s+board)\b/gi;
const CHINESE_ANCHOR =
  /(?:於|截至|在)本(?:聯合)?(?:公告|通函|通告)(?:日期|刊發日期|發佈日期|之日)[,，]?\s*(?:本公司)?(?:之|的)?\s*(?:董事會|執行董事|董事)/g;

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "messrs",
  "mdm",
  "st",
  "jr",
  "sr",
  "no",
  "co",
  "inc",
]);
const LIMIT = 2500;

/** The end of the sentence that starts at `from`: a full stop that is not an honorific or initial. */
function englishSentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + LIMIT);
  for (let i = from; i < limit; i++) {
    if (text[i] === "\n" && text[i + 1] === "\n") return i;
    if (text[i] !== ".") continue;
    const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? "";
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    const next = text.slice(i + 1, i + 3);
    if (next === "" || /^\s/.test(next) || /^\*/.test(next)) return i + 1;
  }
  return limit;
}

function chineseSentenceEnd(text: string, from: number): number {
  const stop = text.indexOf("。", from);
  const limit = Math.min(text.length, from + LIMIT);
  return stop < 0 || stop > limit ? limit : stop + 1;
}

/** Every candidate board paragraph, in order; the board paragraph is usually the last. */
export function findBoardParagraphs(text: string): Located[] {
  const found: Located[] = [];
  for (const match of text.matchAll(ENGLISH_ANCHOR)) {
    found.push({ start: match.index, end: englishSentenceEnd(text, match.index) });
  }
  for (const match of text.matchAll(CHINESE_ANCHOR)) {
    found.push({ start: match.index, end: chineseSentenceEnd(text, match.index) });
  }
  return found.sort((a, b) => a.start - b.start);
}

const ENGLISH_TOTAL = new RegExp(
  `\\b(?:comprises|comprising|consists\\s+of|consisting\\s+of|is\\s+made\\s+up\\s+of|is\\s+composed\\s+of|has)\\s+(?:a\\s+total\\s+of\\s+)?(\\d{1,2}|${NUMBER_WORD_PATTERN})(?:\\s*\\(\\d{1,2}\\))?\\s+(?:members|directors)\\b`,
  "gi",
);
const CHINESE_TOTAL = /(?:由|包括|共有|合共)\s*([\d〇零一二兩三四五六七八九十]{1,3})\s*(?:名|位)\s*董事/g;

/** "comprises nine Directors", 「董事會由九名董事組成」. */
export function findStatedTotal(text: string, paragraph: Located): NumberFact | undefined {
  const body = text.slice(paragraph.start, paragraph.end);
  for (const pattern of [ENGLISH_TOTAL, CHINESE_TOTAL]) {
    pattern.lastIndex = 0;
    const match = pattern.exec(body);
    const value = match ? parseCount(match[1] ?? "") : undefined;
    if (match && value !== undefined) {
      return {
        start: paragraph.start + match.index,
        end: paragraph.start + match.index + match[0].length,
        value,
      };
    }
  }
  return undefined;
}
