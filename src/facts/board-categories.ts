/**
 * Category phrases ("as executive Directors", "the independent non-executive Directors are",
 * 「獨立非執行董事」) divide a board paragraph into segments of names. A phrase either follows its
 * names ("… as executive Directors", 「…為執行董事」), precedes them ("the executive Directors are
 * …", "three executive Directors, namely …", 「執行董事陳先生…」) or annotates one name ("Mr. A
 * (executive Director)", 「李博士(執行董事)」). US-style "Independent Directors" are INEDs;
 * employee-representative directors are a category of their own.
 */
import type { NameSegment } from "./director-names.js";
import { NUMBER_WORD_PATTERN, parseCount } from "./numbers.js";
import type { DirectorCategory, Located } from "./types.js";

type Placement = "after-names" | "before-names" | "one-name";

export interface CategoryPhrase extends Located {
  category: DirectorCategory;
  proposed: boolean;
  placement: Placement;
  /** "three executive Directors", 「三名執行董事」: the number of names the phrase announces. */
  stated?: number;
  /** The words of the phrase, for messages. */
  words: string;
  /** Preceded by "as", "being", "is", "are", 為 or 擔任: the phrase says what the names before it are. */
  marked: boolean;
}

const ENGLISH_PHRASE = new RegExp(
  String.raw`(\bas\s+|\bbeing\s+|\b(?:is|are)\s+)?(?:(?:the|an?|our)\s+)?(?:(\d{1,2}|${NUMBER_WORD_PATTERN})(?:\s*\(\d{1,2}\))?\s+)?(proposed\s+)?(independent\s+non[\s-]?executive|non[\s-]?executive|executive|independent|employee(?:[\s-]representative)?|(?:staff|workers?)[\s-]representative)\s+directors?\b`,
  "gi",
);
const CHINESE_PHRASE =
  /(為|作為|擔任|出任)?\s*(?:([\d一二兩三四五六七八九十]{1,3})\s*(?:名|位))?\s*(擬任|建議委任|候任)?\s*(獨立非執行董事|非執行董事|執行董事|獨立董事|職工代表董事|職工董事|僱員代表董事|員工代表董事)/gu;
/** Defined abbreviations ("as INEDs"), in capitals only: "ed" in a sentence is not a category. */
const ABBREVIATED_PHRASE =
  /(\bas\s+|\bbeing\s+|\b(?:is|are)\s+)?(?:(?:the|an?|our)\s+)?()(?:(proposed)\s+)?\b(INED|NED|ED)s?\b/g;
/** A role that says the category ("Mr. A as non-executive Chairman"), where no phrase does. */
const CATEGORY_IN_ROLE =
  /\b(independent\s+non[\s-]?executive|non[\s-]?executive|executive)\s+(?:chair\w*|director)|(獨立非執行|非執行)(?:董事|主席|董事長)/iu;
const NAMES_FOLLOW =
  /^\s*(?:of\s+the\s+Company\s*)?(?:\([^)]{0,40}\)\s*)?(?:are|is|include|includes|comprise|comprises|namely|being|:|,\s*namely|,\s*being)/i;

function categoryOf(word: string): DirectorCategory {
  if (word === "INED") return "independent non-executive";
  if (word === "NED") return "non-executive";
  if (word === "ED") return "executive";
  const lower = word.toLowerCase().replace(/\s+/g, " ");
  if (lower.startsWith("independent") || lower.startsWith("獨立")) return "independent non-executive";
  if (lower.startsWith("non") || lower.startsWith("非")) return "non-executive";
  if (lower.startsWith("executive") || lower.startsWith("執行")) return "executive";
  return "employee representative";
}

/** A phrase inside "( … )" right after a name annotates that name only. */
function insideParentheses(text: string, start: number, end: number): Located | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  if (open < 0 || /[)）]/.test(before.slice(open))) return undefined;
  const close = /^[^()（）]{0,60}[)）]/.exec(text.slice(end));
  if (!close) return undefined;
  return { start: start - before.length + open, end: end + close[0].length };
}

export function categoryPhrases(text: string, paragraph: Located): CategoryPhrase[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const found: CategoryPhrase[] = [];
  const add = (match: RegExpExecArray, chinese: boolean) => {
    const start = paragraph.start + match.index + (match[0].length - match[0].trimStart().length);
    const end = paragraph.start + match.index + match[0].length;
    const wrapped = insideParentheses(text, start, end);
    let placement: Placement;
    if (wrapped) placement = "one-name";
    else if (match[1] !== undefined) placement = "after-names";
    else if (chinese || NAMES_FOLLOW.test(text.slice(end, end + 60))) placement = "before-names";
    else placement = "after-names";
    const stated = match[2] === undefined ? undefined : parseCount(match[2]);
    found.push({
      ...(wrapped ?? { start, end }),
      category: categoryOf(match[4] ?? ""),
      proposed: match[3] !== undefined,
      placement,
      ...(stated !== undefined && placement === "before-names" ? { stated } : {}),
      words: text.slice(start, end),
      marked: match[1] !== undefined,
    });
  };
  for (const match of body.matchAll(ENGLISH_PHRASE)) add(match, false);
  for (const match of body.matchAll(ABBREVIATED_PHRASE)) add(match, false);
  for (const match of body.matchAll(CHINESE_PHRASE)) add(match, true);
  return found.sort((a, b) => a.start - b.start);
}

/** The category a role states ("non-executive Chairman", 「非執行主席」), if any. */
export function categoryInRole(role: string): DirectorCategory | undefined {
  const match = CATEGORY_IN_ROLE.exec(role);
  return match ? categoryOf(match[1] ?? match[2] ?? "") : undefined;
}

/** A parenthesis right after a category phrase (「擬任獨立非執行董事（於上市時生效）」) is not a name. */
function skipParenthesis(text: string, at: number): number {
  const match = /^\s*[(（][^()（）]{0,40}[)）]/.exec(text.slice(at));
  return match ? at + match[0].length : at;
}

export interface CategorySegment extends NameSegment {
  phrase: CategoryPhrase;
}

/**
 * The stretch of names each phrase governs, from `namesFrom` (after the paragraph's lead-in) to
 * the paragraph's end. Text no segment covers is returned too, so that names there are noticed.
 */
export function segmentsOf(
  text: string,
  paragraph: Located,
  namesFrom: number,
  phrases: readonly CategoryPhrase[],
): { segments: CategorySegment[]; uncovered: Located[] } {
  const segments: CategorySegment[] = [];
  const uncovered: Located[] = [];
  let cursor = namesFrom;
  phrases.forEach((phrase, i) => {
    const nextStart = phrases[i + 1]?.start ?? paragraph.end;
    const { category, proposed } = phrase;
    if (phrase.placement === "before-names") {
      if (phrase.start > cursor) uncovered.push({ start: cursor, end: phrase.start });
      segments.push({ from: skipParenthesis(text, phrase.end), to: nextStart, category, proposed, phrase });
      cursor = nextStart;
    } else {
      segments.push({ from: cursor, to: Math.max(cursor, phrase.start), category, proposed, phrase });
      cursor = Math.max(cursor, phrase.end);
    }
  });
  if (cursor < paragraph.end) uncovered.push({ start: cursor, end: paragraph.end });
  return { segments, uncovered };
}
