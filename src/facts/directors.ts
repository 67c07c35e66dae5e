/**
 * The board: the last board paragraph that names directors (board-paragraph.ts), divided by its
 * category phrases (board-categories.ts) into names (director-names.ts), with a note of how sure
 * the reading is (board-reading.ts). A paragraph that names directors without saying which are
 * executive or independent is read too, with every director in the category "unknown".
 */
import {
  type CategoryPhrase,
  type CategorySegment,
  categoryInRole,
  categoryPhrases,
  segmentsOf,
} from "./board-categories.js";
import { type BoardCandidate, findBoardParagraphs, findStatedTotal } from "./board-paragraph.js";
import { doubtsOf, markLeaving, type PhraseReading } from "./board-reading.js";
import { type NameSegment, parseNames } from "./director-names.js";
import type { BoardFact, DirectorCategory, DirectorFact, Located } from "./types.js";

interface Read {
  directors: DirectorFact[];
  unread: Located[];
  phrases: PhraseReading[];
}

const IDENTIFICATION_NOTE =
  /^[\s.;*\d-]*(?:\*\s*(?:For\s+identification\s+purposes?\s+only|僅供識別)\.?)?[\s\d-]*$/iu;

function readSegments(
  text: string,
  segments: readonly (NameSegment | CategorySegment)[],
  uncovered: Located[],
): Read {
  const read: Read = { directors: [], unread: [], phrases: [] };
  for (const segment of segments) {
    const names = parseNames(text, segment);
    for (const director of names.directors) {
      // "Mr. A as non-executive Chairman, Mr. B and Mr. C as executive Directors": the role wins.
      const stated = director.roles.map(categoryInRole).find((category) => category !== undefined);
      if (stated) director.category = stated;
    }
    read.directors.push(...names.directors);
    read.unread.push(...names.unread);
    if ("phrase" in segment) read.phrases.push({ phrase: segment.phrase, names: names.directors.length });
  }
  for (const stretch of uncovered) {
    const names = parseNames(text, {
      from: stretch.start,
      to: stretch.end,
      category: "unknown",
      proposed: false,
    });
    if (names.directors.length > 0 || names.unread.length > 0) read.unread.push(stretch);
  }
  return read;
}

/**
 * Without a final full stop the paragraph is complete only when it ends with a category phrase
 * ("… as independent non-executive Directors") and nothing but a footnote follows.
 */
function complete(text: string, candidate: BoardCandidate, phrases: readonly CategoryPhrase[]): boolean {
  if (candidate.endsWithStop) return true;
  const last = phrases[phrases.length - 1];
  if (!last || last.placement === "before-names") return false;
  return IDENTIFICATION_NOTE.test(text.slice(last.end, candidate.end));
}

/** A title or a category phrase: what a board paragraph cut off right after its clause still shows. */
const NAMES_BEGIN =
  /\b(?:Mr|Ms|Mrs|Miss|Madam|Dr|Prof|Professor|Sir)\b|\bexecutive\s+directors?\b|執行董事/iu;

/**
 * A board paragraph says it lists the board ("the Board comprises", "the executive Directors
 * are", 「董事會包括」) and names someone — or it was cut right after saying so ("… the executive
 * Directors are Mr."). Without such a clause, at least two names in two categories, each said
 * to be one ("Mr. A is the executive Director; Mr. B and Mr. C are the independent …",
 * 「甲先生為執行董事；乙先生為非執行董事」). "As at …, Mr. Chan, an executive Director, holds 1,000
 * Shares" names a director, not the board.
 */
function isBoard(
  text: string,
  candidate: BoardCandidate,
  phrases: readonly CategoryPhrase[],
  found: Read,
  isComplete: boolean,
): boolean {
  const named = found.directors.length;
  if (candidate.listsBoard) {
    return named > 0 || (!isComplete && NAMES_BEGIN.test(text.slice(candidate.namesFrom, candidate.end)));
  }
  const categories = new Set(found.directors.map((director) => director.category));
  const said = new Set(phrases.filter((phrase) => phrase.marked).map((phrase) => phrase.category));
  return named >= 2 && categories.size >= 2 && said.size >= 2;
}

function read(text: string, candidate: BoardCandidate): BoardFact | undefined {
  const phrases = categoryPhrases(text, candidate);
  const categorised = phrases.length > 0;
  const isComplete = complete(text, candidate, phrases);
  // A paragraph that ends with its category phrase and no full stop ends there.
  const lastPhraseEnd = phrases[phrases.length - 1]?.end ?? candidate.end;
  const paragraph = {
    start: candidate.start,
    end: isComplete && !candidate.endsWithStop ? lastPhraseEnd : candidate.end,
  };
  const whole: NameSegment = {
    from: candidate.namesFrom,
    to: paragraph.end,
    category: "unknown",
    proposed: false,
  };
  const { segments, uncovered } = categorised
    ? segmentsOf(text, paragraph, candidate.namesFrom, phrases)
    : { segments: [whole], uncovered: [] };
  const found = readSegments(text, segments, uncovered);
  if (!isBoard(text, candidate, phrases, found, isComplete)) return undefined;
  markLeaving(text, paragraph, found.directors);
  const statedTotal = findStatedTotal(text, paragraph);
  const doubts = doubtsOf(text, {
    paragraph,
    complete: isComplete,
    ...found,
    ...(statedTotal && { statedTotal }),
  });
  const board: BoardFact = {
    ...paragraph,
    directors: found.directors,
    truncated: !isComplete,
    categorised,
    reading: doubts.length === 0 ? "whole" : "partial",
    doubts,
  };
  if (statedTotal) board.statedTotal = statedTotal;
  return board;
}

/** The board as the last board paragraph that names directors states it. */
export function extractBoard(text: string): BoardFact | undefined {
  const candidates = findBoardParagraphs(text);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i];
    const board = candidate ? read(text, candidate) : undefined;
    if (board) return board;
  }
  return undefined;
}

/** Directors per category; `withoutLeaving` leaves out those noted as leaving the board. */
export function countByCategory(board: BoardFact, withoutLeaving = false): Record<DirectorCategory, number> {
  const counts: Record<DirectorCategory, number> = {
    executive: 0,
    "non-executive": 0,
    "independent non-executive": 0,
    "employee representative": 0,
    unknown: 0,
  };
  for (const director of board.directors) {
    if (!(withoutLeaving && director.leaving)) counts[director.category]++;
  }
  return counts;
}
