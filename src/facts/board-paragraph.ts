/**
 * Finds the board paragraph as issuers write it: "As at (or As of) the date of this announcement,
 * the Board comprises …", the pre-listing "the directors (and proposed directors) named in the
 * application to which this announcement relates are …", "The Board currently comprises …", one
 * sentence per category ("The executive Directors are … The independent non-executive Directors
 * are …", 「本公司執行董事為…。本公司非執行董事為…。」), and in Chinese 「於／截至本公告日期，董事會
 * 包括／由…組成」, 「名列本公告相關申請的本公司董事為…」. The normalised text has no line breaks, so a
 * paragraph that follows the signature block without a blank line is found all the same.
 */
import { NUMBER_WORD_PATTERN, parseCount } from "./numbers.js";
import type { Located, NumberFact } from "./types.js";

export interface BoardCandidate extends Located {
  /** Where names may begin: after "As at the date of this announcement, the Board comprises:". */
  namesFrom: number;
  /** The paragraph says that it lists the board ("the Board comprises", "the executive Directors are"). */
  listsBoard: boolean;
  /** The paragraph ends with a full stop (otherwise an excerpt or an extraction cut ends it). */
  endsWithStop: boolean;
  chinese: boolean;
}

const CATEGORY_EN = String.raw`(?:proposed\s+)?(?:independent\s+non[\s-]?executive|non[\s-]?executive|executive|independent)\s+directors?`;
const CATEGORY_ZH = "(?:擬任)?(?:獨立非執行董事|非執行董事|執行董事|獨立董事|職工代表董事)";
const BOARD_EN = String.raw`(?:board|directors?)(?:\s+(?:of\s+directors|of\s+the\s+company|and\s+(?:the\s+)?proposed\s+directors?))*(?:\s+named\s+in\s+the\s+application\s+to\s+which\s+this\s+(?:joint\s+)?announcement\s+relates)?`;
const LISTING_VERB_EN = String.raw`(?:currently\s+|presently\s+|now\s+)?(?:comprises|comprise|comprising|consists\s+of|is\s+(?:made\s+up|composed|comprised)\s+of|includes?|are)`;

const ENGLISH_ANCHORS = [
  /\bAs\s+(?:at|of)\s+(?:the\s+date\s+(?:of\s+this\s+(?:joint\s+)?(?:announcement|circular|notice|report|document|letter)|hereof)|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s*\d{4})/gi,
  /\b(?:the\s+)?(?:directors?|board)(?:\s+(?:and\s+(?:the\s+)?proposed\s+directors?|of\s+directors|of\s+the\s+company))*\s+named\s+in\s+the\s+application\b/gi,
  /\bthe\s+board(?:\s+of\s+directors)?(?:\s+of\s+the\s+company)?\s+(?:currently\s+|presently\s+|now\s+)?(?:comprises|consists\s+of|is\s+(?:made\s+up|composed|comprised)\s+of)\b/gi,
];
const CHINESE_ANCHORS = [
  /(?:於|截至|在)(?:本(?:聯合)?(?:公告|通函|通告|公佈|報告)(?:日期|刊發日期|發佈日期|發出日期|之日)|\d{4}年\d{1,2}月\d{1,2}日)/gu,
  /(?:名列|列於)?本(?:聯合)?公告(?:所涉及|所涉|相關)(?:的|之)?申請/gu,
  /(?:本公司)?董事會(?:現|目前)?(?:成員)?(?:包括|由|成員為|成員包括)/gu,
];
/** Only at the start of a sentence: "The executive Directors are …", 「本公司執行董事為…」. */
const CATEGORY_FIRST_EN = new RegExp(
  String.raw`\b(?:the|our)\s+${CATEGORY_EN}\s+(?:of\s+the\s+company\s+)?(?:are|is|include|includes|comprise)\b`,
  "gi",
);
const CATEGORY_FIRST_ZH = new RegExp(`(?:本公司)?(?:的)?${CATEGORY_ZH}(?:為|包括|是)`, "gu");
const CONTINUES_EN = new RegExp(
  String.raw`^\s*(?:and\s+)?(?:the|our)\s+${CATEGORY_EN}\s+(?:of\s+the\s+company\s+)?(?:are|is|include)\b`,
  "i",
);
const CONTINUES_ZH = new RegExp(`^\\s*(?:本公司)?(?:的)?${CATEGORY_ZH}(?:為|包括|是|:|：)`, "u");

const LISTS_BOARD_EN = new RegExp(
  String.raw`\b${BOARD_EN}\s+${LISTING_VERB_EN}\b|\b(?:the|our)\s+${CATEGORY_EN}\s+(?:of\s+the\s+company\s+)?(?:are|is|include)\b`,
  "i",
);
const LISTS_BOARD_ZH = /董事會|董事(?:及擬任董事)?(?:為|包括|由)|執行董事(?:為|包括)/u;

const LEAD_IN_EN = new RegExp(
  String.raw`^(?:As\s+(?:at|of)\s+[^,]{1,60}?,\s*)?(?:(?:the|our)\s+)?(?:${BOARD_EN}\s+${LISTING_VERB_EN}\s*:?)?`,
  "i",
);
const LEAD_IN_ZH =
  /^(?:(?:於|截至|在)[^,，:：。]{1,20}?[,，:：]\s*)?(?:名列[^,，:：。]{0,15}?(?:的|之))?(?:本(?:聯合)?公告[^,，:：。]{0,12}?申請[^,，:：。]{0,6}?(?:的|之))?(?:本公司)?(?:的)?(?:董事會|董事(?:及擬任董事)?)?(?:成員)?(?:現|目前)?(?:包括|包含|由以下人士組成|由以下組成|由|為|是)?\s*[:：]?/u;

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
  "ltd",
  "inc",
  "corp",
  "dato",
]);
const LIMIT = 2500;
/** Anchors this close, with no full stop between them, open the same sentence. */
const SAME_SENTENCE = 200;

interface SentenceEnd {
  end: number;
  /** Ended by a full stop, not by the end of the text or the length limit. */
  stop: boolean;
}

/** The end of the sentence that starts at `from`: a full stop that is not an honorific or initial. */
function englishSentenceEnd(text: string, from: number): SentenceEnd {
  const limit = Math.min(text.length, from + LIMIT);
  for (let i = from; i < limit; i++) {
    if (text[i] !== ".") continue;
    const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? "";
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    const next = text.slice(i + 1, i + 3);
    if (next === "" || /^\s/.test(next) || /^\*/.test(next)) return { end: i + 1, stop: true };
  }
  return { end: limit, stop: false };
}

function chineseSentenceEnd(text: string, from: number): SentenceEnd {
  const limit = Math.min(text.length, from + LIMIT);
  const stop = text.slice(from, limit).indexOf("。");
  return stop < 0 ? { end: limit, stop: false } : { end: from + stop + 1, stop: true };
}

/** One sentence per category: the paragraph goes on while the next sentence names a category. */
function paragraphEnd(text: string, start: number, chinese: boolean): SentenceEnd {
  const sentenceEnd = chinese ? chineseSentenceEnd : englishSentenceEnd;
  const continues = chinese ? CONTINUES_ZH : CONTINUES_EN;
  let found = sentenceEnd(text, start);
  while (found.stop && found.end < text.length && continues.test(text.slice(found.end, found.end + 120))) {
    const next = found.end + (text.slice(found.end).length - text.slice(found.end).trimStart().length);
    found = sentenceEnd(text, next);
  }
  return found;
}

/** A sentence starts at the text's start or after a full stop, semicolon, colon or a date's 日. */
function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at).trimEnd();
  return before === "" || /[.。;；:：)）日]$/u.test(before);
}

function candidate(text: string, start: number, chinese: boolean): BoardCandidate {
  const { end, stop } = paragraphEnd(text, start, chinese);
  const body = text.slice(start, end);
  const leadIn = (chinese ? LEAD_IN_ZH : LEAD_IN_EN).exec(body)?.[0].length ?? 0;
  return {
    start,
    end,
    namesFrom: start + leadIn,
    listsBoard: (chinese ? LISTS_BOARD_ZH : LISTS_BOARD_EN).test(body),
    endsWithStop: stop,
    chinese,
  };
}

function anchorStarts(text: string): { start: number; chinese: boolean }[] {
  const starts: { start: number; chinese: boolean }[] = [];
  for (const pattern of ENGLISH_ANCHORS) {
    for (const match of text.matchAll(pattern)) starts.push({ start: match.index, chinese: false });
  }
  for (const pattern of CHINESE_ANCHORS) {
    for (const match of text.matchAll(pattern)) starts.push({ start: match.index, chinese: true });
  }
  for (const [pattern, chinese] of [
    [CATEGORY_FIRST_EN, false],
    [CATEGORY_FIRST_ZH, true],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      if (atSentenceStart(text, match.index)) starts.push({ start: match.index, chinese });
    }
  }
  return starts.sort((a, b) => a.start - b.start);
}

/** "As at the date of this announcement, the Board consists of": two anchors of one sentence. */
function sameSentence(text: string, from: number, to: number): boolean {
  return to - from <= SAME_SENTENCE && !/[。]|\.\s/u.test(text.slice(from, to));
}

/** Every candidate board paragraph, in order, overlapping anchors merged; the board paragraph is usually the last. */
export function findBoardParagraphs(text: string): BoardCandidate[] {
  const found: BoardCandidate[] = [];
  for (const { start, chinese } of anchorStarts(text)) {
    const previous = found[found.length - 1];
    // A second anchor in the same sentence ("As at …, the Board comprises") adds nothing; one
    // inside a sentence that never found its full stop may be the real paragraph, and ends the
    // one before it (which keeps the work linear in the text's length).
    if (previous && start < previous.end) {
      if (previous.endsWithStop || sameSentence(text, previous.start, start)) continue;
      previous.end = start;
    }
    found.push(candidate(text, start, chinese));
  }
  return found;
}

const ENGLISH_TOTAL = new RegExp(
  `\\b(?:comprises|comprising|consists\\s+of|consisting\\s+of|is\\s+made\\s+up\\s+of|is\\s+composed\\s+of|has)\\s+(?:a\\s+total\\s+of\\s+)?(\\d{1,2}|${NUMBER_WORD_PATTERN})(?:\\s*\\(\\d{1,2}\\))?\\s+(?:members|directors)\\b`,
  "gi",
);
const CHINESE_TOTAL = /(?:由|包括|共有|合共)\s*([\d〇零一二兩三四五六七八九十]{1,3})\s*(?:名|位)\s*董事/gu;

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
