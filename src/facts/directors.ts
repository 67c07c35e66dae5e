/**
 * The board: category phrases ("as executive Directors", "the independent non-executive
 * Directors are", 「獨立非執行董事」) divide the board paragraph into segments of names.
 * A phrase either follows its names ("… as executive Directors", 「…為執行董事」), precedes
 * them ("the executive Directors are …", 「執行董事陳先生…」) or annotates one name
 * ("Mr. A (executive Director)", 「李博士(執行董事)」).
 */
import { findBoardParagraphs, findStatedTotal } from "./board-paragraph.js";
import { type NameSegment, parseNames } from "./director-names.js";
import type { BoardFact, DirectorCategory, DirectorFact, Located } from "./types.js";

type Placement = "after-names" | "before-names" | "one-name";

interface CategoryPhrase extends Located {
  category: DirectorCategory;
  proposed: boolean;
  placement: Placement;
}

const ENGLISH_PHRASE =
  /(\bas\s+|\bbeing\s+)?(?:(?:the|an?|our)\s+)?(proposed\s+)?(independent\s+non[\s-]?executive|non[\s-]?executive|executive|employee(?:[\s-]representative)?|(?:staff|workers?)[\s-]representative)\s+directors?\b/gi;
const CHINESE_PHRASE =
  /(為|作為|擔任)?\s*(擬任|建議委任)?\s*(獨立非執行董事|非執行董事|執行董事|職工代表董事|職工董事|僱員代表董事)/g;
const NAMES_FOLLOW =
  /^\s*(?:of\s+the\s+Company\s*)?(?:are|is|include|includes|comprise|comprises|namely|being|:|,\s*namely)/i;

function categoryOf(word: string): DirectorCategory {
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

function phrases(text: string, paragraph: Located): CategoryPhrase[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const found: CategoryPhrase[] = [];
  const add = (match: RegExpExecArray, marker: boolean, chinese: boolean) => {
    const start = paragraph.start + match.index + (match[0].length - match[0].trimStart().length);
    const end = paragraph.start + match.index + match[0].length;
    const category = categoryOf(match[3] ?? "");
    const proposed = match[2] !== undefined;
    const wrapped = insideParentheses(text, start, end);
    let placement: Placement;
    if (wrapped) placement = "one-name";
    else if (marker) placement = "after-names";
    else if (chinese || NAMES_FOLLOW.test(text.slice(end, end + 40))) placement = "before-names";
    else placement = "after-names";
    const span = wrapped ?? { start, end };
    found.push({ ...span, category, proposed, placement });
  };
  for (const match of body.matchAll(ENGLISH_PHRASE)) add(match, match[1] !== undefined, false);
  for (const match of body.matchAll(CHINESE_PHRASE)) add(match, match[1] !== undefined, true);
  return found.sort((a, b) => a.start - b.start);
}

/** A parenthesis right after a Chinese category phrase (「擬任獨立非執行董事（於上市時生效）」) is not a name. */
function skipParenthesis(text: string, at: number): number {
  const match = /^\s*[(（][^()（）]{0,40}[)）]/.exec(text.slice(at));
  return match ? at + match[0].length : at;
}

function segments(text: string, paragraph: Located, found: CategoryPhrase[]): NameSegment[] {
  const result: NameSegment[] = [];
  let cursor = paragraph.start;
  found.forEach((phrase, i) => {
    const nextStart = found[i + 1]?.start ?? paragraph.end;
    const { category, proposed } = phrase;
    if (phrase.placement === "before-names") {
      result.push({ from: skipParenthesis(text, phrase.end), to: nextStart, category, proposed });
      cursor = nextStart;
    } else {
      if (phrase.start > cursor) result.push({ from: cursor, to: phrase.start, category, proposed });
      cursor = phrase.end;
    }
  });
  return result;
}

function parseParagraph(text: string, paragraph: Located): BoardFact | undefined {
  const found = phrases(text, paragraph);
  if (found.length === 0) return undefined;
  const directors: DirectorFact[] = [];
  for (const segment of segments(text, paragraph, found)) directors.push(...parseNames(text, segment));
  if (directors.length === 0) return undefined;
  const truncated = !/[.。]\s*\**$/.test(text.slice(paragraph.start, paragraph.end).trimEnd());
  const board: BoardFact = { start: paragraph.start, end: paragraph.end, directors, truncated };
  const statedTotal = findStatedTotal(text, paragraph);
  if (statedTotal) board.statedTotal = statedTotal;
  return board;
}

/** The board as the last parseable board paragraph states it. */
export function extractBoard(text: string): BoardFact | undefined {
  const candidates = findBoardParagraphs(text);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i];
    const board = candidate ? parseParagraph(text, candidate) : undefined;
    if (board) return board;
  }
  return undefined;
}

/** Directors per category. */
export function countByCategory(board: BoardFact): Record<DirectorCategory, number> {
  const counts: Record<DirectorCategory, number> = {
    executive: 0,
    "non-executive": 0,
    "independent non-executive": 0,
    "employee representative": 0,
    unknown: 0,
  };
  for (const director of board.directors) counts[director.category]++;
  return counts;
}
