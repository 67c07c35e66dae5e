/**
 * `old-references`: a citation of a Listing Rule appendix by its number before the
 * 31 December 2023 renumbering ("Appendix 14 to the Listing Rules", 「上市規則附錄十四」), with
 * the new number as the hint. The old → new map is data (data/rule-aliases.yaml).
 */
import { findOldReferences } from "../facts/rule-aliases.js";
import type { CheckKind, CompiledCheck, RawFinding } from "./types.js";

export const oldReferences: CheckKind<Record<string, never>> = {
  name: "old-references",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  compile(): CompiledCheck {
    return {
      run: ({ document, data }): RawFinding[] =>
        findOldReferences(document.normalised, data.ruleAliases).map((reference) => ({
          kind: "deviates",
          start: reference.start,
          end: reference.end,
          actual: reference.text,
          expected: `Appendix ${reference.alias.new}`,
          data: { match: reference.text, hint: reference.hint, problem: reference.hint },
        })),
    };
  },
};
