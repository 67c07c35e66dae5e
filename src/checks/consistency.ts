/**
 * `consistency`: a value (the stock code, the issuer's name) must be the same wherever it is
 * stated, and the same as the configured issuer fact when there is one.
 */
import type { Document } from "../document/types.js";
import type { Profile } from "../profile/types.js";
import type { Pattern, PatternMatch } from "../rules/pattern.js";
import { PatternSyntaxError } from "../rules/pattern.js";
import type { CheckKind, CompileContext, CompiledCheck, RawFinding, RunContext } from "./types.js";

export type ValueNormalisation = "strip-leading-zeros" | "case-fold" | "collapse-spaces";
export type ProfileKey = "stockCode" | "name" | "shortName";

export interface ConsistencyOptions {
  pattern: string;
  normalise?: ValueNormalisation[];
  /** Where a value must be stated at least once; absent = nowhere in particular. */
  requiredIn?: "top" | "first-page" | "anywhere";
  profileKey?: ProfileKey;
  /** Report values that differ from the first one (or the configured one); default true. */
  compareValues?: boolean;
}

const NORMALISATIONS: Record<ValueNormalisation, (value: string) => string> = {
  "strip-leading-zeros": (value) => value.replace(/^0+(?=\d)/, ""),
  "case-fold": (value) => value.toLowerCase(),
  "collapse-spaces": (value) => value.replace(/\s+/g, " "),
};

export const consistency: CheckKind<ConsistencyOptions> = {
  name: "consistency",
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["pattern"],
    properties: {
      pattern: { type: "string", minLength: 1 },
      normalise: { type: "array", items: { enum: Object.keys(NORMALISATIONS) } },
      requiredIn: { enum: ["top", "first-page", "anywhere"] },
      profileKey: { enum: ["stockCode", "name", "shortName"] },
      compareValues: { type: "boolean" },
    },
  },
  compile(options: ConsistencyOptions, context: CompileContext): CompiledCheck {
    // RE2 accepts both (?P<value>…) and (?<value>…); without the group there is nothing to compare.
    if (!/\(\?P?<value>/.test(options.pattern)) {
      throw new PatternSyntaxError(options.pattern, "a consistency pattern needs a (?P<value>...) group");
    }
    const pattern = context.compilePattern(options.pattern);
    const steps = (options.normalise ?? []).map((name) => NORMALISATIONS[name]);
    const normalise = (value: string) => steps.reduce((current, step) => step(current), value.trim());
    return {
      run: (run) => checkConsistency(pattern, normalise, options, run),
      evidence: ({ document }) =>
        pattern.matches(document.normalised).map(({ start, end }) => ({ start, end })),
    };
  },
};

interface Occurrence {
  match: PatternMatch;
  /** The value as written. */
  value: string;
  /** The value as compared. */
  key: string;
}

function checkConsistency(
  pattern: Pattern,
  normalise: (value: string) => string,
  options: ConsistencyOptions,
  { document, profile }: RunContext,
): RawFinding[] {
  const occurrences = pattern.matches(document.normalised).map((match): Occurrence => {
    const value = (match.groups.value ?? match.text).trim();
    return { match, value, key: normalise(value) };
  });
  const findings: RawFinding[] = [];
  const configured = profileValue(profile, options.profileKey);
  const missing = missingFinding(document, options.requiredIn, occurrences);
  if (missing) {
    if (configured !== undefined) missing.data = { ...missing.data, expected: configured };
    findings.push(missing);
  }
  const first = occurrences[0];
  if (!first || options.compareValues === false) return findings;
  const expectedKey = configured === undefined ? first.key : normalise(configured);
  for (const occurrence of occurrences) {
    if (occurrence.key === expectedKey) continue;
    findings.push(inconsistentFinding(occurrence, first, configured));
  }
  return findings;
}

function profileValue(profile: Profile, key: ProfileKey | undefined): string | undefined {
  if (key === undefined) return undefined;
  const value = profile[key]?.value;
  return value === undefined || value.trim() === "" ? undefined : value;
}

function missingFinding(
  document: Document,
  requiredIn: ConsistencyOptions["requiredIn"],
  occurrences: readonly Occurrence[],
): RawFinding | undefined {
  if (requiredIn === undefined) return undefined;
  if (requiredIn === "anywhere") {
    return occurrences.length > 0
      ? undefined
      : { kind: "missing", start: 0, end: 0, data: { where: "anywhere", problem: "not stated anywhere" } };
  }
  const region = requiredIn === "top" ? document.regions.top : document.regions.firstPage;
  const where = requiredIn === "top" ? "the top of the first page" : "the first page";
  if (occurrences.some(({ match }) => match.start >= region.start && match.start < region.end))
    return undefined;
  return {
    kind: "missing",
    start: region.start,
    end: region.start,
    data: { where: `on ${where}`, problem: `missing from ${where}` },
  };
}

function inconsistentFinding(
  occurrence: Occurrence,
  first: Occurrence,
  configured: string | undefined,
): RawFinding {
  const { match, value } = occurrence;
  const expected = configured ?? first.value;
  const data: Record<string, string | number> = {
    value,
    first: first.value,
    expected,
    problem:
      configured === undefined
        ? `"${value}" here but "${first.value}" where first stated`
        : `"${value}" here but "${configured}" in the configuration`,
  };
  const finding: RawFinding = {
    kind: "inconsistent",
    start: match.start,
    end: match.end,
    actual: value,
    data,
  };
  if (configured !== undefined) finding.expected = configured;
  if (occurrence !== first) {
    finding.related = [
      { start: first.match.start, end: first.match.end, message: `first stated as "${first.value}"` },
    ];
  }
  return finding;
}
