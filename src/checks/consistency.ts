/**
 * `consistency`: a value (the stock code, the issuer's name) must be the same wherever it is
 * stated, and the same as the configured issuer fact when there is one. Values are found by the
 * rule's pattern, or by one of the project's own readers (`values: stock-code`), which the
 * profile uses too, so the rule and the profile read a value the same way.
 */
import { issuerStockCodes } from "../document/stock-code.js";
import type { Document, Region } from "../document/types.js";
import { PatternSyntaxError } from "../patterns/pattern.js";
import { isGiven, type Profile } from "../profile/types.js";
import type { CheckKind, CompileContext, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

export type ValueNormalisation = "strip-leading-zeros" | "case-fold" | "collapse-spaces";
export type ProfileKey = "stockCode" | "name" | "shortName";

/** Values the project reads with its own code instead of a pattern. */
export type ValueReader = "stock-code";

export interface ConsistencyOptions {
  /** A pattern with a (?P<value>…) group; or `values`. */
  pattern?: string;
  values?: ValueReader;
  normalise?: ValueNormalisation[];
  /** Where a value must be stated at least once; absent = nowhere in particular. */
  requiredIn?: "top" | "first-page" | "cover" | "anywhere";
  profileKey?: ProfileKey;
  /** Report values that differ from the first one (or the configured one); default true. */
  compareValues?: boolean;
}

const NORMALISATIONS: Record<ValueNormalisation, (value: string) => string> = {
  "strip-leading-zeros": (value) => value.replace(/^0+(?=\d)/, ""),
  "case-fold": (value) => value.toLowerCase(),
  "collapse-spaces": (value) => value.replace(/\s+/g, " "),
};

const PLACEHOLDERS = ["value", "first", "expected", "actual", "where", "problem"];

const DOCS: KindDocs = {
  summary: "one value throughout",
  example: `check:
  kind: consistency
  values: stock-code                   # the stock codes, read as the profile reads them …
  # pattern: 'issued by (?P<value>[A-Za-z ]+?) Limited'   # … or a pattern with a (?P<value>…) group
  normalise: [strip-leading-zeros]     # optional: strip-leading-zeros | case-fold | collapse-spaces
  requiredIn: cover                    # optional: top | first-page | cover | anywhere → missing when not found there
  profileKey: stockCode                # optional: compare with the issuer fact the user gave
`,
  details: `- \`pattern\` or \`values\`, exactly one. \`values: stock-code\` reads "Stock Code(s)", 股份代號,
  證券代號, 股票代號 with leading zeros, full-width digits, several counters ("9876 (HKD counter)
  and 89876 (RMB counter)": the first is compared), and tables extracted label column first
  (src/document/stock-code.ts) — the same reading the profile uses to look the issuer up, so a
  rule and the profile cannot disagree on what the code is.
- \`cover\` is the first page carrying the issuer's identity block when the pages before it hold
  only legends (else the first page); \`first-page\` is the text before the first page break (or
  ~5,000 characters); \`top\` is the disclaimer and identity block.
- Not found where required → \`missing\`.
- A value that differs from the first one → \`inconsistent\` (related: the first occurrence).
- A value that differs from the one given in the config or on the command line → \`inconsistent\`
  (a value the profile read from the document itself is not a yardstick).
`,
};

export const consistency: CheckKind<ConsistencyOptions> = {
  name: "consistency",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    oneOf: [
      { required: ["pattern"], properties: { pattern: true } },
      { required: ["values"], properties: { values: true } },
    ],
    properties: {
      pattern: { type: "string", minLength: 1 },
      values: { enum: ["stock-code"] },
      normalise: { type: "array", items: { enum: Object.keys(NORMALISATIONS) } },
      requiredIn: { enum: ["top", "first-page", "cover", "anywhere"] },
      profileKey: { enum: ["stockCode", "name", "shortName"] },
      compareValues: { type: "boolean" },
    },
  },
  compile(options: ConsistencyOptions, context: CompileContext): CompiledCheck {
    const read = options.values
      ? VALUE_READERS[options.values]
      : patternReader(options.pattern ?? "", context);
    const steps = (options.normalise ?? []).map((name) => NORMALISATIONS[name]);
    const normalise = (value: string) => steps.reduce((current, step) => step(current), value.trim());
    return {
      run: (run) => checkConsistency(read, normalise, options, run),
      evidence: ({ document }) => read(document).map(({ start, end }) => ({ start, end })),
    };
  },
};

/** A stated value: where it is (the whole statement, e.g. "Stock Code: 9876") and the value. */
interface Statement {
  start: number;
  end: number;
  value: string;
}

type ValueReading = (document: Document) => Statement[];

const VALUE_READERS: Record<ValueReader, ValueReading> = {
  // The first code of each mention: an issuer's RMB counter stated beside its HKD code is the
  // same issuer's, not an inconsistency. Codes stated for other companies are not compared.
  "stock-code": (document) =>
    issuerStockCodes(document).map((mention) => ({
      start: mention.start,
      end: mention.end,
      value: mention.codes[0]?.code ?? "",
    })),
};

function patternReader(source: string, context: CompileContext): ValueReading {
  // RE2 accepts both (?P<value>…) and (?<value>…); without the group there is nothing to compare.
  if (!/\(\?P?<value>/.test(source)) {
    throw new PatternSyntaxError(source, "a consistency pattern needs a (?P<value>...) group");
  }
  const pattern = context.compilePattern(source);
  return (document) =>
    pattern.matches(document.normalised).map((match) => ({
      start: match.start,
      end: match.end,
      value: (match.groups.value ?? match.text).trim(),
    }));
}

interface Occurrence {
  statement: Statement;
  /** The value as written. */
  value: string;
  /** The value as compared. */
  key: string;
}

function checkConsistency(
  read: ValueReading,
  normalise: (value: string) => string,
  options: ConsistencyOptions,
  { document, profile }: RunContext,
): RawFinding[] {
  const occurrences = read(document).map(
    (statement): Occurrence => ({ statement, value: statement.value, key: normalise(statement.value) }),
  );
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

/** The value the user gave (config, command line); one the profile read from this text is no yardstick for it. */
function profileValue(profile: Profile, key: ProfileKey | undefined): string | undefined {
  if (key === undefined) return undefined;
  const fact = profile[key];
  if (!fact || !isGiven(fact.source)) return undefined;
  return fact.value.trim() === "" ? undefined : fact.value;
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
  const { region, where } = requiredRegion(document, requiredIn);
  if (occurrences.some(({ statement }) => statement.start >= region.start && statement.start < region.end))
    return undefined;
  return {
    kind: "missing",
    start: region.start,
    end: region.start,
    data: { where: `on ${where}`, problem: `missing from ${where}` },
  };
}

function requiredRegion(
  document: Document,
  requiredIn: "top" | "first-page" | "cover",
): { region: Region; where: string } {
  if (requiredIn === "top") return { region: document.regions.top, where: "the top of the first page" };
  if (requiredIn === "cover") return { region: document.regions.cover, where: "the cover page" };
  return { region: document.regions.firstPage, where: "the first page" };
}

function inconsistentFinding(
  occurrence: Occurrence,
  first: Occurrence,
  configured: string | undefined,
): RawFinding {
  const { statement, value } = occurrence;
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
    start: statement.start,
    end: statement.end,
    actual: value,
    data,
  };
  if (configured !== undefined) finding.expected = configured;
  if (occurrence !== first) {
    finding.related = [
      { start: first.statement.start, end: first.statement.end, message: `first stated as "${first.value}"` },
    ];
  }
  return finding;
}
