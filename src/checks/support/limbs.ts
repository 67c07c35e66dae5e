/**
 * The essential parts ("limbs") of a prescribed statement. A statement is judged on its limbs,
 * not only on how closely it follows a wording: the Chapter 18A cautionary statement must say
 * that the Company CANNOT guarantee it will develop its product, whatever else it says.
 *
 * A limb is either a bare pattern (the original form: it must occur in the statement) or a named
 * limb with a meaning in plain words, the wordings that express it (`accepts`) and, optionally,
 * the wordings that state its opposite (`reversedBy`: "can guarantee", 能夠保證). Reversed
 * wording inside an accepted wording does not count, so "cannot guarantee that it will
 * ultimately develop" is not read as the reversed "will ultimately develop"; reversed wording
 * around an accepted one does ("need not exercise caution").
 */
import type { Pattern, PatternMatch } from "../../patterns/pattern.js";
import type { CompileContext, JsonSchema } from "../types.js";
import type { KeyedMemo } from "./check-memo.js";

/** A named limb as written in a pack. */
export interface NamedLimbOption {
  /** kebab-case: `negated-assurance`. */
  name: string;
  /** What the limb says, in plain words (for messages, `rules explain` and docs/rules.md). */
  means: string;
  accepts: string[];
  reversedBy?: string[];
  /** Plain-word phrases the limb accepts and ones that reverse it; checked against the patterns. */
  samples?: { accepted?: string[]; reversed?: string[] };
  /** Document kinds in which the limb is not required (the report form of a statement). */
  exceptDocumentKinds?: string[];
}

/** A bare pattern (the limb must occur) or a named limb. */
export type LimbOption = string | NamedLimbOption;

const patterns = (minItems: number): JsonSchema => ({
  type: "array",
  minItems,
  items: { type: "string", minLength: 1 },
});

const phrases: JsonSchema = { type: "array", items: { type: "string", minLength: 1 } };

export const namedLimbSchema: JsonSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name", "means", "accepts"],
  properties: {
    name: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
    means: { type: "string", minLength: 1 },
    accepts: patterns(1),
    reversedBy: patterns(0),
    samples: {
      type: "object",
      additionalProperties: false,
      properties: { accepted: phrases, reversed: phrases },
    },
    exceptDocumentKinds: { type: "array", items: { type: "string", minLength: 1 } },
  },
};

export const limbsSchema: JsonSchema = {
  type: "array",
  items: {
    if: { type: "string" },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword
    then: { type: "string", minLength: 1 },
    else: namedLimbSchema,
  },
};

export interface CompiledLimb {
  /** Undefined for a bare-pattern limb. */
  name: string | undefined;
  means: string | undefined;
  accepts: Pattern[];
  reversedBy: Pattern[];
  exceptDocumentKinds: readonly string[];
}

export function compileLimb(
  option: LimbOption,
  context: Pick<CompileContext, "compilePattern">,
): CompiledLimb {
  if (typeof option === "string") {
    return {
      name: undefined,
      means: undefined,
      accepts: [context.compilePattern(option)],
      reversedBy: [],
      exceptDocumentKinds: [],
    };
  }
  return {
    name: option.name,
    means: option.means,
    accepts: option.accepts.map((source) => context.compilePattern(source)),
    reversedBy: (option.reversedBy ?? []).map((source) => context.compilePattern(source)),
    exceptDocumentKinds: option.exceptDocumentKinds ?? [],
  };
}

export type LimbStatus =
  | { status: "present" }
  | { status: "missing" }
  | { status: "reversed"; match: PatternMatch };

/** Whether text[start, end) says the limb, says its opposite, or neither. */
export function judgeLimb(limb: CompiledLimb, text: string, start: number, end: number): LimbStatus {
  const accepted = limb.accepts.flatMap((pattern) => pattern.matches(text, start, end));
  // A reversal counts unless it is part of an accepted wording: "will ultimately develop"
  // inside "cannot guarantee that it will ultimately develop" does not, while "need not
  // exercise caution", which holds the accepted "exercise caution", does.
  const partOfAccepted = (match: PatternMatch) =>
    accepted.some(
      (found) =>
        match.start < found.end &&
        found.start < match.end &&
        !(match.start <= found.start && found.end <= match.end),
    );
  for (const pattern of limb.reversedBy) {
    const reversal = pattern.matches(text, start, end).find((match) => !partOfAccepted(match));
    if (reversal) return { status: "reversed", match: reversal };
  }
  return accepted.length > 0 ? { status: "present" } : { status: "missing" };
}

/** True when the limb need not be in a document of these kinds (of any of them). */
export function limbExcused(limb: CompiledLimb, documentKinds: readonly string[]): boolean {
  return documentKinds.some((kind) => limb.exceptDocumentKinds.includes(kind));
}

/** "negated-assurance" → "negated assurance". */
export function limbLabel(name: string): string {
  return name.replaceAll("-", " ");
}

/** A limb a candidate statement lacks or reverses. */
export interface LimbProblem {
  kind: "missing" | "reversed";
  /** The limb's name, or for a bare pattern the words it matches in the closest wording. */
  label: string;
  named: boolean;
  means: string | undefined;
  /** The reversing words found (reversed only). */
  reversal: string | undefined;
}

/**
 * The limbs text[start, end) lacks or reverses, in the order the pack declares them. Each limb is
 * judged on that stretch alone (patterns see text[start, end) as a whole text), so a memo can
 * keep its verdict under the stretch's text.
 */
export function limbProblems(
  limbs: readonly CompiledLimb[],
  text: string,
  span: { start: number; end: number },
  documentKinds: readonly string[],
  closestWording: string,
  memo?: KeyedMemo<LimbStatus>,
): LimbProblem[] {
  const problems: LimbProblem[] = [];
  const stretch = text.slice(span.start, span.end);
  for (const limb of limbs) {
    if (limbExcused(limb, documentKinds)) continue;
    const judge = () => judgeLimb(limb, stretch, 0, stretch.length);
    const verdict = memo ? memo.get(limb, stretch, judge) : judge();
    if (verdict.status === "present") continue;
    problems.push({
      kind: verdict.status,
      label: limb.name ?? bareLimbLabel(limb, closestWording),
      named: limb.name !== undefined,
      means: limb.means,
      reversal: verdict.status === "reversed" ? verdict.match.text : undefined,
    });
  }
  return problems;
}

/** A bare-pattern limb is named by what it matches in the wording the candidate is closest to. */
function bareLimbLabel(limb: CompiledLimb, closestWording: string): string {
  const [pattern] = limb.accepts as [Pattern];
  return pattern.first(closestWording)?.text ?? pattern.source;
}

/**
 * For messages, after "is": `reversed in its "negated assurance" part: "can guarantee"; missing
 * its "caution to shareholders" part (…)`. Reversals come first: they change the meaning.
 */
export function describeLimbProblems(problems: readonly LimbProblem[]): string {
  const reversed = problems
    .filter((problem) => problem.kind === "reversed")
    .map((problem) => `reversed in its "${limbLabel(problem.label)}" part: "${problem.reversal}"`);
  const missingNamed = problems
    .filter((problem) => problem.kind === "missing" && problem.named)
    .map((problem) => `missing its "${limbLabel(problem.label)}" part (${problem.means})`);
  const missingBare = problems.filter((problem) => problem.kind === "missing" && !problem.named);
  const bare = missingBare.length > 0 ? [`missing "${missingBare.map((p) => p.label).join('", "')}"`] : [];
  return [...reversed, ...missingNamed, ...bare].join("; ");
}

/** The named limbs of a rule's statement, per language, for `rules explain` and docs/rules.md. */
export interface StatementLimbs {
  language: "en" | "zh";
  limbs: NamedLimbOption[];
}

/**
 * Reads the named limbs from a `required` check's options, or from a `conditional` check's
 * `then`. The pack was validated, so only the shape is re-checked, not every field.
 */
export function statementLimbs(check: Readonly<Record<string, unknown>>): StatementLimbs[] {
  const options = isObject(check.then) ? check.then : check;
  const statement = options.statement;
  if (!isObject(statement)) return [];
  return (["en", "zh"] as const).flatMap((language) => {
    const variant = statement[language];
    const limbs = isObject(variant) && Array.isArray(variant.limbs) ? variant.limbs : [];
    const named = limbs.filter(
      (limb): limb is NamedLimbOption => isObject(limb) && typeof limb.name === "string",
    );
    return named.length > 0 ? [{ language, limbs: named }] : [];
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
