/**
 * `old-references`: a citation of a Listing Rule appendix by its number before the
 * 31 December 2023 renumbering ("Appendix 14 to the Listing Rules", 「上市規則附錄十四」), with
 * the new number as the hint. The old → new map is data (data/rule-aliases.yaml).
 */
import { findOldReferences } from "../facts/rule-aliases.js";
import type { CheckKind, CompiledCheck, KindDocs, RawFinding } from "./types.js";

const PLACEHOLDERS = ["match", "hint", "problem", "expected", "actual"];

const DOCS: KindDocs = {
  summary: "Listing Rule appendices cited by their old numbers",
  example: `check:
  kind: old-references   # no options
`,
  details: `A citation of a Listing Rule appendix by its number before the 31 December 2023 renumbering
("Appendix 14 to the Listing Rules", 「上市規則附錄十四」) → \`deviates\`, with the new number as
\`{{expected}}\` and \`{{hint}}\` ("Appendix 14 is Appendix C1 (Corporate Governance Code) since 31
December 2023"). The old → new map is data (data/rule-aliases.yaml), handed to the check by the
front end. Appendices of the document itself ("Appendix I to this circular") are not citations.
`,
};

export const oldReferences: CheckKind<Record<string, never>> = {
  name: "old-references",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
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
