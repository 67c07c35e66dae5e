/**
 * `board`: requirements on the board paragraph — at least three INEDs, INEDs at least one-third,
 * not a single-gender board, a stated total that matches the names, the signatory among the
 * directors, and no director in two categories. One requirement per rule (`require`).
 */
import { countByCategory } from "../facts/directors.js";
import { extractFacts } from "../facts/extract-facts.js";
import { nameTokens } from "../facts/signature.js";
import type { BoardFact, DirectorFact, Facts } from "../facts/types.js";
import type { CheckKind, RawFinding } from "./types.js";

export type BoardRequirement =
  | "min-three-ined"
  | "one-third-ined"
  | "gender-diversity"
  | "stated-total"
  | "signatory-listed"
  | "single-category";

export interface BoardOptions {
  require: BoardRequirement;
}

function boardData(board: BoardFact): Record<string, number> {
  const counts = countByCategory(board);
  const total = board.directors.length;
  const ined = counts["independent non-executive"];
  return {
    ined,
    total,
    executive: counts.executive,
    nonExecutive: counts["non-executive"],
    percent: total === 0 ? 0 : Math.round((100 * ined) / total),
  };
}

function whole(board: BoardFact, data: Record<string, string | number>): RawFinding {
  return { kind: "inconsistent", start: board.start, end: board.end, data };
}

function minThree(board: BoardFact): RawFinding[] {
  const data = boardData(board);
  return (data.ined ?? 0) < 3 ? [whole(board, data)] : [];
}

function oneThird(board: BoardFact): RawFinding[] {
  const data = boardData(board);
  return 3 * (data.ined ?? 0) < (data.total ?? 0) ? [whole(board, data)] : [];
}

/** Dr./Prof./博士 say nothing about gender, so one of them makes the board undecidable. */
function genderDiversity(board: BoardFact): RawFinding[] {
  const genders = new Set(board.directors.map((director) => director.gender));
  if (genders.size !== 1 || genders.has("unknown") || board.directors.length < 2) return [];
  const gender = [...genders][0] ?? "";
  return [whole(board, { ...boardData(board), gender })];
}

function statedTotal(board: BoardFact): RawFinding[] {
  const stated = board.statedTotal;
  if (!stated || stated.value === board.directors.length) return [];
  const related = [
    { start: board.start, end: board.end, message: `${board.directors.length} directors are named` },
  ];
  return [
    {
      kind: "inconsistent",
      start: stated.start,
      end: stated.end,
      data: { ...boardData(board), stated: stated.value, counted: board.directors.length },
      related,
    },
  ];
}

function sameName(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((token) => longer.includes(token));
}

const SECRETARY = /secretary|秘書/i;

function signatoryListed(board: BoardFact, facts: Facts): RawFinding[] {
  const signatory = facts.signature?.signatory;
  if (!signatory || SECRETARY.test(facts.signature?.title?.value ?? "")) return [];
  const tokens = nameTokens(signatory.value);
  if (board.directors.some((director) => sameName(nameTokens(director.name), tokens))) return [];
  return [
    {
      kind: "inconsistent",
      start: signatory.start,
      end: signatory.end,
      data: { ...boardData(board), signatory: signatory.value },
      related: [{ start: board.start, end: board.end, message: "the board paragraph" }],
    },
  ];
}

function singleCategory(board: BoardFact): RawFinding[] {
  const findings: RawFinding[] = [];
  const seen = new Map<string, DirectorFact>();
  for (const director of board.directors) {
    const key = nameTokens(director.name).sort().join(" ");
    const first = seen.get(key);
    if (!first) {
      seen.set(key, director);
    } else if (first.category !== director.category) {
      findings.push({
        kind: "inconsistent",
        start: director.start,
        end: director.end,
        data: { name: director.name, categories: `${first.category} and ${director.category}` },
        related: [
          { start: first.start, end: first.end, message: `also listed as ${first.category} director` },
        ],
      });
    }
  }
  return findings;
}

export const boardCheck: CheckKind<BoardOptions> = {
  name: "board",
  optionsSchema: {
    type: "object",
    properties: {
      require: {
        enum: [
          "min-three-ined",
          "one-third-ined",
          "gender-diversity",
          "stated-total",
          "signatory-listed",
          "single-category",
        ],
      },
    },
    required: ["require"],
    additionalProperties: false,
  },
  compile(options) {
    return {
      run({ document }) {
        const facts = extractFacts(document);
        const board = facts.board;
        // A cut-off paragraph gives partial counts; judging them would accuse the issuer wrongly.
        if (!board || (board.truncated && options.require !== "single-category")) return [];
        switch (options.require) {
          case "min-three-ined":
            return minThree(board);
          case "one-third-ined":
            return oneThird(board);
          case "gender-diversity":
            return genderDiversity(board);
          case "stated-total":
            return statedTotal(board);
          case "signatory-listed":
            return signatoryListed(board, facts);
          case "single-category":
            return singleCategory(board);
        }
      },
    };
  },
};
