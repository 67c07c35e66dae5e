/**
 * `parity`: the English and Chinese versions of one announcement state the same facts. Runs
 * only on a pair (`disclint check en.txt --pair zh.txt`, or files paired by name); each
 * difference is one finding in each version, pointing at its own place and naming the other.
 */
import { extractFacts } from "../facts/extract-facts.js";
import { compareParity, type ParityAspect, type ParityDifference } from "../facts/parity.js";
import type { CheckKind, CompiledCheck, JsonSchema, KindDocs, RawFinding } from "./types.js";

const ASPECTS: readonly ParityAspect[] = [
  "stock-code",
  "document-date",
  "percentage",
  "amount",
  "share-count",
  "date",
  "director-count",
];

export interface ParityOptions {
  /** The aspects compared (default: all). */
  aspects?: ParityAspect[];
}

const optionsSchema: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    aspects: { type: "array", minItems: 1, uniqueItems: true, items: { enum: [...ASPECTS] } },
  },
};

function toFinding(difference: ParityDifference, side: "en" | "zh"): RawFinding {
  const here = difference[side];
  const there = difference[side === "en" ? "zh" : "en"];
  const start = here?.start ?? 0;
  return {
    kind: "inconsistent",
    start,
    end: here?.end ?? start,
    data: {
      problem: difference.message,
      aspect: difference.aspect,
      value: here?.value ?? "(absent)",
      other: there?.value ?? "(absent)",
    },
  };
}

const PLACEHOLDERS = ["problem", "aspect", "value", "other", "otherFile"];

const DOCS: KindDocs = {
  summary: "the English and Chinese versions state the same facts",
  example: `check:
  kind: parity
  aspects: [stock-code, percentage]   # optional (default: all): stock-code | document-date | percentage
                                      # | amount | share-count | date | director-count
`,
  details: `Runs only on a pair: \`disclint check en.txt --pair zh.txt\`, or two files named as a pair
(…-en / …-zh, …_e / …_c) in one run; on a single file it reports nothing, and a checklist says
to check both together. Each fact one version states and the other does not, or states
otherwise, is one \`inconsistent\` finding in each version at its own place; \`{{aspect}}\`,
\`{{value}}\` (here), \`{{other}}\` (in the other version, or "(absent)"), \`{{problem}}\`, and
\`{{otherFile}}\`, the other version's file name. A rule example gives the other version as \`pair\`.
`,
};

export const parity: CheckKind<ParityOptions> = {
  name: "parity",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema,
  compile(options): CompiledCheck {
    const aspects = new Set(options.aspects ?? ASPECTS);
    return {
      run: () => [],
      runPair(english, chinese) {
        const differences = compareParity(
          english.document,
          chinese.document,
          extractFacts(english.document),
          extractFacts(chinese.document),
        ).filter((difference) => aspects.has(difference.aspect));
        return {
          english: differences.map((difference) => toFinding(difference, "en")),
          chinese: differences.map((difference) => toFinding(difference, "zh")),
        };
      },
    };
  },
};
