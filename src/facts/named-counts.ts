/**
 * Counts stated beside the people they count: "three independent non-executive Directors,
 * namely Mr. A, Ms. B and Dr. C", 「三名獨立非執行董事，即甲先生、乙女士及丙博士」. A reader checks that
 * the number agrees with the names listed. Only lists whose every name carries a title are read:
 * an untitled list may name companies, and a comma inside a name ("Ho Kwok Wah, George") cannot
 * be told from a separator without one. A count that is part of a larger group ("two of the
 * three Directors, namely …") names only some of the group, so it is not read either.
 */
import { type NameSegment, parseNames } from "./director-names.js";
import { CHINESE_NUMERAL_CLASS, NUMBER_WORD_PATTERN, parseCount } from "./numbers.js";
import type { Located } from "./types.js";

export interface NamedCount extends Located {
  /** The number as stated. */
  stated: number;
  /** The count phrase as written ("three independent non-executive Directors"). */
  phrase: string;
  /** Each name read from the list. */
  names: (Located & { name: string })[];
}

const PEOPLE =
  "(?:(?:new|proposed|retiring|existing|other|additional)\\s+)?(?:(?:independent\\s+)?(?:non-executive\\s+|executive\\s+)?(?:Directors?|Supervisors?)|INEDs?|members?|individuals?|persons?|candidates?|nominees?|representatives?)";
const ENGLISH_COUNT = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})(?:\\s*\\(\\d{1,2}\\))?\\s+(${PEOPLE})\\b[^.;:]{0,80}?,?\\s*(?:namely|being|i\\.e\\.,?|that\\s+is,?|:)\\s+`,
  "gi",
);
const CHINESE_COUNT = new RegExp(
  `([${CHINESE_NUMERAL_CLASS}]{1,3}|\\d{1,2})\\s*(?:名|位)\\s*((?:獨立非執行|非執行|執行)?(?:董事|監事|成員|委員|人士|候選人))[^。；;]{0,20}?[，,（(]?\\s*(?:即|分別為|分別是|包括|：|:)\\s*`,
  "gu",
);
/** "two of the three Directors", "each of the five members", 「其中」: part of a larger group. */
const PART_OF_GROUP = /(?:\bof\s+(?:the|its|our|these|those)?\s*|\bamong\s+(?:the\s+)?|中|其中)$/iu;
/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Messrs|Jr|Sr|St|Ir|Mdm|Co|Ltd|Inc|No)|\b\p{Lu})$/u;
const MAX_LIST = 400;
/** What may follow an English list in its sentence: "…, with effect from 1 April", "…, who …". */
const AFTER_LIST =
  /,?\s+(?:with\s+effect\b|who\b|whom\b|whose\b|each\s+of\s+whom\b|all\s+of\s+whom\b|(?:has|have)\s+been\b|were\b|was\b|will\b|shall\b)/i;

/**
 * Where a list of names that starts at `from` ends: a clause or sentence end, or the bracket that
 * closes one opened before the list (「（即…）」); a role in brackets ("(Chairman)") is inside it.
 */
function listEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_LIST);
  let depth = 0;
  for (let at = from; at < limit; at++) {
    const char = text[at] ?? "";
    if ("(（".includes(char)) depth++;
    if (")）".includes(char) && depth-- === 0) return at;
    if (";；。".includes(char)) return at;
    if (char === "." && /\s|$/.test(text[at + 1] ?? "") && !ABBREVIATION.test(text.slice(from, at)))
      return at;
  }
  return limit;
}

function readList(text: string, match: RegExpMatchArray, stated: number): NamedCount | undefined {
  const start = match.index ?? 0;
  if (PART_OF_GROUP.test(text.slice(Math.max(0, start - 12), start).trimEnd())) return undefined;
  const from = start + match[0].length;
  let to = listEnd(text, from);
  const tail = AFTER_LIST.exec(text.slice(from, to));
  if (tail) to = from + tail.index;
  const segment: NameSegment = { from, to, category: "unknown", proposed: false };
  const read = parseNames(text, segment);
  if (read.unread.length > 0 || read.directors.length === 0) return undefined;
  if (read.directors.some((director) => director.honorific === undefined)) return undefined;
  return {
    start,
    end: to,
    stated,
    phrase: match[0].slice(0, match[0].indexOf(match[2] ?? "") + (match[2] ?? "").length),
    names: read.directors.map(({ start: nameStart, end, name }) => ({ start: nameStart, end, name })),
  };
}

/** Every count followed by the titled names it counts, outside `skip` (the board paragraph). */
export function extractNamedCounts(text: string, skip?: Located): NamedCount[] {
  const found: NamedCount[] = [];
  const outside = (at: number) => !skip || at < skip.start || at >= skip.end;
  for (const pattern of [ENGLISH_COUNT, CHINESE_COUNT]) {
    for (const match of text.matchAll(pattern)) {
      const stated = parseCount(match[1] ?? "");
      if (stated === undefined || stated === 0 || !outside(match.index)) continue;
      const count = readList(text, match, stated);
      if (count) found.push(count);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
