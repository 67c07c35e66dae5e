/**
 * `parity`: the English and Chinese versions of one announcement state the same facts. Runs
 * only on a pair (`disclint check en.txt --pair zh.txt`, or files paired by name); each
 * difference is one finding in each version, pointing at its own place and naming the other.
 */
import { extractFacts } from "../facts/extract-facts.js";
import { compareParity, type ParityAspect, type ParityDifference } from "../facts/parity.js";
import type { CheckKind, CompiledCheck, JsonSchema, RawFinding } from "./types.js";

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

export const parity: CheckKind<ParityOptions> = {
  name: "parity",
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
