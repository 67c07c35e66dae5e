/**
 * Judging a prescribed statement, for the `required` kind and the `then` of `conditional`:
 * `missing` (no candidate), `deviates` (a limb absent or reversed, too dissimilar, or an
 * outdated form) and `misplaced` (outside `position`). An anchor only locates a candidate: a
 * heading that cites the rule is not the statement, and its limbs decide whether it complies.
 */
import type { Document } from "../../document/types.js";
import type { Pattern, PatternMatch } from "../../patterns/pattern.js";
import { documentKindsOf } from "../../profile/document-kinds.js";
import type { CompileContext, CompiledCheck, JsonSchema, RawFinding, RunContext } from "../types.js";
import { scansOf } from "./check-memo.js";
import { limbScope } from "./limb-scope.js";
import { describeLimbProblems, type LimbProblem, limbProblems } from "./limbs.js";
import {
  type CompiledPosition,
  compilePosition,
  type PlacedPosition,
  type PositionOption,
  positionSchema,
} from "./position.js";
import {
  type CompiledStatement,
  type CompiledVariant,
  compileStatement,
  findHits,
  matchCandidate,
  type StatementOptions,
  statementSchema,
  variantFor,
} from "./statement-match.js";
import { hasFillInBlank } from "./template.js";
import { displayDiff } from "./word-diff.js";
import type { Candidate, Hit, Wording } from "./wording-alignment.js";

export interface RequiredOptions {
  statement: StatementOptions;
  position?: PositionOption;
  /** Document kinds whose prescribed form puts the statement elsewhere: no `misplaced` there. */
  anywhereIn?: string[];
  minSimilarity?: number;
  outdated?: string[];
}

export const requiredOptionsSchema: JsonSchema = {
  type: "object",
  additionalProperties: false,
  required: ["statement"],
  properties: {
    statement: statementSchema,
    position: positionSchema,
    anywhereIn: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1 } },
    minSimilarity: { type: "number", minimum: 0, maximum: 1 },
    outdated: { type: "array", items: { type: "string", minLength: 1 } },
  },
};

const DEFAULT_MIN_SIMILARITY = 0.8;
// Candidates examined per pattern; enough for any real document, bounded for hostile ones.
const HITS_PER_PATTERN = 20;

interface Requirement {
  statement: CompiledStatement;
  position: CompiledPosition;
  anywhereIn: ReadonlySet<string>;
  minSimilarity: number;
  outdated: Pattern[];
}

/** A candidate judged against the requirement. */
interface Assessment {
  candidate: Candidate;
  limbProblems: LimbProblem[];
  outdated: PatternMatch | undefined;
  inPosition: boolean;
  compliant: boolean;
}

export function compileRequired(options: RequiredOptions, context: CompileContext): CompiledCheck {
  const requirement: Requirement = {
    statement: compileStatement(options.statement, context),
    position: compilePosition(options.position, context),
    anywhereIn: new Set(options.anywhereIn ?? []),
    minSimilarity: options.minSimilarity ?? DEFAULT_MIN_SIMILARITY,
    outdated: (options.outdated ?? []).map((source) => context.compilePattern(source)),
  };
  return {
    run: (run) => checkRequirement(requirement, run),
    evidence: (run) => {
      const { document } = run;
      const variant = variantFor(requirement.statement, document.language);
      if (!variant) return [];
      const placed = placement(requirement, run);
      const best = locateCandidates(run, variant, requirement)
        .map((candidate) => assess(run, variant, requirement, placed, candidate))
        .sort(byPreference)[0];
      return best ? [{ start: best.candidate.start, end: best.candidate.end }] : [];
    },
  };
}

function checkRequirement(requirement: Requirement, run: RunContext): RawFinding[] {
  const { document } = run;
  const variant = variantFor(requirement.statement, document.language);
  if (!variant) return [];
  const placed = placement(requirement, run);
  const candidates = locateCandidates(run, variant, requirement);
  if (candidates.length === 0) return [missingFinding(variant, requirement.position, placed)];
  const assessments = candidates.map((candidate) => assess(run, variant, requirement, placed, candidate));
  const best = assessments.sort(byPreference)[0] as Assessment;
  const findings: RawFinding[] = [];
  if (!best.compliant) findings.push(deviatesFinding(document, variant, best));
  if (!best.inPosition) findings.push(misplacedFinding(document, requirement.position, best));
  return findings;
}

/** Where the statement must stand in this document; anywhere in the kinds that place it elsewhere. */
function placement(requirement: Requirement, run: RunContext): PlacedPosition {
  const { document, profile } = run;
  const placed = requirement.position.place(document, scansOf(run));
  const excused = documentKindsOf(profile).some((kind) => requirement.anywhereIn.has(kind));
  return excused ? { ...placed, accepts: () => true } : placed;
}

/** Candidates around anchor hits, then around outdated forms that no anchor candidate covers. */
function locateCandidates(run: RunContext, variant: CompiledVariant, requirement: Requirement): Candidate[] {
  const text = run.document.normalised;
  const scans = scansOf(run);
  const fromEnd = requirement.position.prefersEnd;
  const candidates: Candidate[] = [];
  const covered = (hit: Hit) => candidates.some((c) => hit.start >= c.start && hit.start < c.end);
  for (const hit of findHits(text, variant.anchors, HITS_PER_PATTERN, fromEnd, scans)) {
    if (!covered(hit)) candidates.push(matchCandidate(text, variant, hit, run.memo?.candidates));
  }
  for (const hit of findHits(text, requirement.outdated, HITS_PER_PATTERN, fromEnd, scans)) {
    if (!covered(hit)) candidates.push(matchCandidate(text, variant, hit, run.memo?.candidates));
  }
  return candidates;
}

function assess(
  { document, profile, memo }: RunContext,
  variant: CompiledVariant,
  requirement: Requirement,
  placed: PlacedPosition,
  candidate: Candidate,
): Assessment {
  const text = document.normalised;
  const problems = limbProblems(
    variant.limbs,
    text,
    variant.limbs.length > 0 ? limbScope(document, candidate, candidate.wording.folded.length) : candidate,
    documentKindsOf(profile),
    candidate.wording.folded,
    memo?.limbs,
  );
  let outdated: PatternMatch | undefined;
  for (const pattern of requirement.outdated) {
    outdated ??= pattern.first(text, candidate.start, candidate.end);
  }
  const compliant =
    problems.length === 0 && outdated === undefined && candidate.similarity >= requirement.minSimilarity;
  return {
    candidate,
    limbProblems: problems,
    outdated,
    inPosition: placed.accepts(candidate.start),
    compliant,
  };
}

/** Compliant first, then in position (a good statement where it belongs wins), then closest. */
function byPreference(a: Assessment, b: Assessment): number {
  return (
    Number(b.compliant) - Number(a.compliant) ||
    Number(b.inPosition) - Number(a.inPosition) ||
    b.candidate.similarity - a.candidate.similarity ||
    a.candidate.start - b.candidate.start
  );
}

const percent = (similarity: number): number => Math.round(similarity * 100);

function missingFinding(
  variant: CompiledVariant,
  position: CompiledPosition,
  placed: PlacedPosition,
): RawFinding {
  const expected = (variant.wordings[0] as Wording).text;
  return {
    kind: "missing",
    start: placed.insertAt,
    end: placed.insertAt,
    expected,
    data: { problem: "missing", expected, position: position.description },
    // A wording with blanks to fill ("[insert names]") is shown, not inserted: --fix would
    // otherwise trade this finding for a placeholder finding per blank.
    ...(!hasFillInBlank(expected) && {
      suggestion: {
        start: placed.insertAt,
        end: placed.insertAt,
        text: placed.insertAfter ? `\n${expected}` : `${expected}\n`,
      },
    }),
  };
}

function deviatesFinding(document: Document, variant: CompiledVariant, assessment: Assessment): RawFinding {
  const { candidate, limbProblems: problems, outdated } = assessment;
  const expected = candidate.wording.text;
  const actual = document.normalised.slice(candidate.start, candidate.end);
  const similarity = percent(candidate.similarity);
  // A reversed or missing limb says more than "outdated" or a similarity score.
  const problem =
    problems.length > 0
      ? describeLimbProblems(problems)
      : outdated
        ? "in an outdated form"
        : `not in the prescribed wording (${similarity}% similar)`;
  const labelsOf = (kind: LimbProblem["kind"]) =>
    problems
      .filter((limb) => limb.kind === kind)
      .map((limb) => limb.label)
      .join(", ");
  const data: Record<string, string | number> = {
    problem,
    expected,
    actual,
    similarity,
    missingLimbs: labelsOf("missing"),
    reversedLimbs: labelsOf("reversed"),
  };
  if (outdated) data.outdated = outdated.text;
  return {
    kind: "deviates",
    start: candidate.start,
    end: candidate.end,
    expected,
    actual,
    diff: displayDiff(expected, actual, variant.script),
    data,
    ...(!hasFillInBlank(expected) && {
      suggestion: { start: candidate.start, end: candidate.end, text: expected },
    }),
  };
}

function misplacedFinding(
  document: Document,
  position: CompiledPosition,
  assessment: Assessment,
): RawFinding {
  const { candidate } = assessment;
  const actual = document.normalised.slice(candidate.start, candidate.end);
  return {
    kind: "misplaced",
    start: candidate.start,
    end: candidate.end,
    actual,
    data: {
      problem: `not ${position.description}`,
      position: position.description,
      expected: candidate.wording.text,
      actual,
      similarity: percent(candidate.similarity),
    },
  };
}
