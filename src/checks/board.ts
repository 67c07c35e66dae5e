/**
 * `board`: requirements on the board paragraph — that it is there and says who is executive or
 * independent, at least three INEDs, INEDs at least one-third, not a single-gender board (those
 * three in board-counts.ts), a stated total that matches the names, the signatory among the
 * directors, and no director in two categories. One requirement per rule (`require`).
 * Presence follows the board parser, so the rule that looks for the paragraph and the rules that
 * read it cannot disagree about whether it is there.
 */
import { extractFacts } from "../facts/extract-facts.js";
import { nameTokens } from "../facts/signature.js";
import type { BoardDoubtKind, BoardFact, DirectorFact, Facts } from "../facts/types.js";
import { countsOf, genderFindings, inedFindings, MIN_THREE, ONE_THIRD } from "./support/board-counts.js";
import type { CheckKind, KindDocs, RawFinding } from "./types.js";

export type BoardRequirement =
  | "present"
  | "categories-stated"
  | "min-three-ined"
  | "one-third-ined"
  | "gender-diversity"
  | "stated-total"
  | "signatory-listed"
  | "single-category";

const REQUIREMENTS: readonly BoardRequirement[] = [
  "present",
  "categories-stated",
  "min-three-ined",
  "one-third-ined",
  "gender-diversity",
  "stated-total",
  "signatory-listed",
  "single-category",
];

export interface BoardOptions {
  require: BoardRequirement;
}

function present(board: BoardFact | undefined, text: string): RawFinding[] {
  if (board) return [];
  return [{ kind: "missing", start: text.length, end: text.length, data: { problem: "missing" } }];
}

/** "The Board comprises Mr. A, Mr. B and Mr. C": names without categories cannot be counted. */
function categoriesStated(board: BoardFact): RawFinding[] {
  if (board.categorised || board.directors.length === 0) return [];
  return [{ kind: "deviates", start: board.start, end: board.end, data: { total: board.directors.length } }];
}

/** Doubts under which a name may be missing from the reading. */
const NAMES_IN_DOUBT: ReadonlySet<BoardDoubtKind> = new Set([
  "cut-off",
  "unread-text",
  "empty-category",
  "stated-total",
  "category-count",
]);
const namesInDoubt = (board: BoardFact, except?: BoardDoubtKind[]) =>
  board.doubts.some((doubt) => NAMES_IN_DOUBT.has(doubt.kind) && !except?.includes(doubt.kind));

/** "comprises nine Directors" or "three executive Directors, namely …" against the names read. */
function statedTotal(board: BoardFact): RawFinding[] {
  if (namesInDoubt(board, ["stated-total", "category-count"])) return [];
  const mismatch = board.doubts.find(
    (doubt) => doubt.kind === "stated-total" || doubt.kind === "category-count",
  );
  if (!mismatch) return [];
  const what = mismatch.category ? `${mismatch.stated} ${mismatch.category}` : (mismatch.stated ?? 0);
  const counted = mismatch.read ?? board.directors.length;
  const named = `${counted} ${mismatch.category ? `${mismatch.category} ` : ""}directors are named`;
  const related = [{ start: board.start, end: board.end, message: named }];
  return [
    {
      kind: "inconsistent",
      start: mismatch.start,
      end: mismatch.end,
      data: { ...countsOf(board), stated: what, counted },
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
  if (!signatory || SECRETARY.test(facts.signature?.title?.value ?? "") || namesInDoubt(board)) return [];
  const tokens = nameTokens(signatory.value);
  if (board.directors.some((director) => sameName(nameTokens(director.name), tokens))) return [];
  return [
    {
      kind: "inconsistent",
      start: signatory.start,
      end: signatory.end,
      data: { ...countsOf(board), signatory: signatory.value },
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

function judge(require: BoardRequirement, board: BoardFact, facts: Facts, text: string): RawFinding[] {
  switch (require) {
    case "present":
      return [];
    case "categories-stated":
      return categoriesStated(board);
    case "min-three-ined":
      return inedFindings(board, text, MIN_THREE);
    case "one-third-ined":
      return inedFindings(board, text, ONE_THIRD);
    case "gender-diversity":
      return genderFindings(board);
    case "stated-total":
      return statedTotal(board);
    case "signatory-listed":
      return signatoryListed(board, facts);
    case "single-category":
      return singleCategory(board);
  }
}

const PLACEHOLDERS = [
  "problem",
  "ined",
  "total",
  "executive",
  "nonExecutive",
  "percent",
  "gender",
  "stated",
  "counted",
  "signatory",
  "name",
  "categories",
];

const DOCS: KindDocs = {
  summary: "the board paragraph",
  example: `check:
  kind: board
  require: min-three-ined   # present | categories-stated | min-three-ined | one-third-ined
                            # | gender-diversity | stated-total | signatory-listed | single-category
`,
  details: `The board paragraph ("As at the date of this announcement, the Board comprises …", 「於本公告日期，
董事會包括…」, the pre-listing "directors named in the application …", one sentence per category) is
read once per document (src/facts/directors.ts) into directors with a category, a title and a
gender, plus a note of how sure the reading is.

- \`present\` → \`missing\` when the document has no board paragraph; its evidence is the paragraph.
- \`categories-stated\` → \`deviates\` when the paragraph names directors without their categories.
- \`min-three-ined\`, \`one-third-ined\`, \`gender-diversity\` → \`inconsistent\` on a breach. When the
  paragraph was not read whole (cut off, a name not split, a category without names, a stated
  number the names do not match), when it does not say who is independent, or when the verdict
  depends on directors noted as leaving, the finding is \`undetermined\` and \`{{problem}}\` says why.
  An announcement that itself reports an INED shortfall (Rule 3.10/3.10A/3.11 with "falls below",
  "within three months", 未有遵守, 三個月 …) gets \`undetermined\`: the three-month period applies.
- \`stated-total\` → \`inconsistent\` when "comprises nine Directors" or "three executive Directors"
  does not match the names read; \`signatory-listed\` and \`single-category\` → \`inconsistent\`.

A check's \`undetermined\` finding is always reported at severity \`info\`, whatever the rule's
severity: not deciding is never a breach.
`,
};

export const board: CheckKind<BoardOptions> = {
  name: "board",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: {
    type: "object",
    properties: { require: { enum: [...REQUIREMENTS] } },
    required: ["require"],
    additionalProperties: false,
  },
  compile(options) {
    return {
      run({ document }) {
        const facts = extractFacts(document);
        const board = facts.board;
        if (options.require === "present") return present(board, document.normalised);
        return board ? judge(options.require, board, facts, document.normalised) : [];
      },
      evidence({ document }) {
        const board = extractFacts(document).board;
        return board ? [{ start: board.start, end: board.end }] : [];
      },
    };
  },
};
