/**
 * The board requirements that count directors — at least three INEDs, INEDs at least one-third,
 * not a single-gender board — judged only on a paragraph read whole. When the paragraph was not
 * (cut off, a name that could not be split, a stated number the names do not match), when it
 * does not say who is independent, or when the count depends on directors noted as leaving, the
 * finding is `undetermined` and says why, instead of a breach the issuer may not have. A
 * shortfall the announcement itself reports (Rule 3.11) is `undetermined` too: the issuer has
 * three months to meet the requirement again.
 */
import { countByCategory } from "../../facts/directors.js";
import { findShortfallNotice } from "../../facts/ined-shortfall.js";
import type { BoardDoubt, BoardFact } from "../../facts/types.js";
import type { RawFinding } from "../types.js";

export interface BoardCounts {
  ined: number;
  total: number;
  executive: number;
  nonExecutive: number;
  percent: number;
}

export function countsOf(board: BoardFact, withoutLeaving = false): BoardCounts {
  const counts = countByCategory(board, withoutLeaving);
  const total = board.directors.filter((director) => !(withoutLeaving && director.leaving)).length;
  const ined = counts["independent non-executive"];
  return {
    ined,
    total,
    executive: counts.executive,
    nonExecutive: counts["non-executive"],
    percent: total === 0 ? 0 : Math.round((100 * ined) / total),
  };
}

function finding(
  kind: RawFinding["kind"],
  board: BoardFact,
  counts: BoardCounts,
  problem: string,
  extra: Record<string, string | number> = {},
): RawFinding {
  return {
    kind,
    start: board.start,
    end: board.end,
    data: { ...counts, ...extra, problem },
  };
}

/** Doubts that make any count untrustworthy; "leaving" is weighed separately. */
function readingDoubt(board: BoardFact): BoardDoubt | undefined {
  return board.doubts.find((doubt) => doubt.kind !== "leaving");
}

function unread(board: BoardFact, what: string): RawFinding | undefined {
  const doubt = readingDoubt(board);
  if (!doubt) return undefined;
  const problem = `${what}, because the board paragraph could not be read whole (${doubt.detail})`;
  return finding("undetermined", board, countsOf(board), problem);
}

/** A verdict with and without the directors noted as leaving; `undefined` when they disagree. */
function bothWays(board: BoardFact, short: (counts: BoardCounts) => boolean): boolean | undefined {
  const all = short(countsOf(board));
  if (!board.directors.some((director) => director.leaving)) return all;
  return all === short(countsOf(board, true)) ? all : undefined;
}

function leavingProblem(board: BoardFact): string {
  const leaving = board.doubts.find((doubt) => doubt.kind === "leaving");
  return `not decided, because the count depends on the date: ${leaving?.detail ?? "some directors are leaving"}`;
}

export interface InedRequirement {
  short(counts: BoardCounts): boolean;
  describe(counts: BoardCounts): string;
}

export const MIN_THREE: InedRequirement = {
  short: (counts) => counts.ined < 3,
  describe: (counts) => `${counts.ined} of ${counts.total} directors are independent non-executive`,
};

export const ONE_THIRD: InedRequirement = {
  short: (counts) => 3 * counts.ined < counts.total,
  describe: (counts) =>
    `${counts.ined} of ${counts.total} directors (${counts.percent}%) are independent non-executive`,
};

export function inedFindings(board: BoardFact, text: string, requirement: InedRequirement): RawFinding[] {
  if (!board.categorised) {
    const problem = "not counted, because the board paragraph does not say which directors are independent";
    return [finding("undetermined", board, countsOf(board), problem)];
  }
  const unreadFinding = unread(board, "not counted");
  if (unreadFinding) return [unreadFinding];
  const short = bothWays(board, requirement.short);
  if (short === false) return [];
  const counts = countsOf(board);
  if (short === undefined) return [finding("undetermined", board, counts, leavingProblem(board))];
  const notice = findShortfallNotice(text);
  if (!notice) return [finding("inconsistent", board, counts, requirement.describe(counts))];
  const problem = `${requirement.describe(counts)}, a shortfall the announcement itself reports, so the three-month period of Rule 3.11 applies rather than a breach`;
  return [
    {
      ...finding("undetermined", board, counts, problem),
      related: [{ ...notice, message: "the announcement reports the shortfall here" }],
    },
  ];
}

function singleGender(board: BoardFact, withoutLeaving: boolean): string | undefined {
  const directors = board.directors.filter((director) => !(withoutLeaving && director.leaving));
  const genders = new Set(directors.map((director) => director.gender));
  if (genders.size !== 1 || genders.has("unknown") || directors.length < 2) return undefined;
  return [...genders][0];
}

/** Dr./Prof./博士 say nothing about gender, so one of them makes the board undecidable. */
export function genderFindings(board: BoardFact): RawFinding[] {
  const unreadFinding = unread(board, "not determined");
  if (unreadFinding) return [unreadFinding];
  const gender = singleGender(board, false);
  const staying = board.directors.some((director) => director.leaving) ? singleGender(board, true) : gender;
  if (gender === undefined && staying === undefined) return [];
  const counts = countsOf(board);
  if (gender !== staying) return [finding("undetermined", board, counts, leavingProblem(board))];
  const problem = `every director named in the board paragraph is ${gender} (${counts.total} directors)`;
  return [finding("inconsistent", board, counts, problem, { gender: gender ?? "" })];
}
