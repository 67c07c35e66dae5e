/**
 * `forbidden`: text that must not appear (placeholders left in a draft, banned phrases).
 * One finding per match, optionally only inside the top or end region.
 */
import type { Pattern } from "../patterns/pattern.js";
import { scansOf } from "./support/check-memo.js";
import { type RegionName, regionNameSchema, regionOf } from "./support/position.js";
import type { CheckKind, CompileContext, CompiledCheck, KindDocs, RawFinding, RunContext } from "./types.js";

export interface ForbiddenOptions {
  patterns: string[];
  region?: RegionName;
}

const PLACEHOLDERS = ["match"];

const DOCS: KindDocs = {
  summary: "text that must not appear",
  example: `check:
  kind: forbidden
  patterns: ['\\[●\\]', '\\[(TBD|TBC|Date)\\]', '\\bXX%']
  region: top                      # optional: top | end (default: the whole document)
`,
  details: `One \`forbidden\` finding per match.
`,
};

export const forbidden: CheckKind<ForbiddenOptions> = {
  name: "forbidden",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["patterns"],
    properties: {
      patterns: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
      region: regionNameSchema,
    },
  },
  compile(options: ForbiddenOptions, context: CompileContext): CompiledCheck {
    const patterns = options.patterns.map((source) => context.compilePattern(source));
    return { run: (run) => findForbidden(patterns, options.region, run) };
  },
};

function findForbidden(patterns: readonly Pattern[], region: RegionName | undefined, run: RunContext) {
  const { document } = run;
  const text = document.normalised;
  const scans = scansOf(run);
  // A region is a short stretch: scanned as it is. The whole text's scans may be kept (text-scans.ts).
  const matchesOf = (pattern: Pattern) => {
    if (!region) return scans.all(pattern);
    const { start, end } = regionOf(document, region);
    return pattern.matches(text, start, end);
  };
  const seen = new Set<string>();
  const findings: RawFinding[] = [];
  for (const pattern of patterns) {
    for (const match of matchesOf(pattern)) {
      const key = `${match.start}:${match.end}`;
      // Two patterns matching the same text are one problem, not two.
      if (match.end === match.start || seen.has(key)) continue;
      seen.add(key);
      findings.push({ kind: "forbidden", start: match.start, end: match.end, data: { match: match.text } });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
