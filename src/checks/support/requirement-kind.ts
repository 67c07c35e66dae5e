/**
 * A check kind whose one option, `require`, picks one of several requirements over the same
 * facts (arithmetic, dates, definitions): one kind serves several rules, each with its own
 * citation and severity.
 */
import type { Document } from "../../document/types.js";
import type { CheckKind, KindDocs, RawFinding } from "../types.js";

export interface RequirementKind<Requirement extends string> {
  name: string;
  runners: Record<Requirement, (document: Document) => RawFinding[]>;
  placeholders: readonly string[];
  docs: KindDocs;
}

export function requirementKind<Requirement extends string>(
  kind: RequirementKind<Requirement>,
): CheckKind<{ require: Requirement }> {
  const { name, runners, placeholders, docs } = kind;
  return {
    name,
    placeholders,
    docs,
    optionsSchema: {
      type: "object",
      properties: { require: { enum: Object.keys(runners) } },
      required: ["require"],
      additionalProperties: false,
    },
    compile(options) {
      const runner = runners[options.require];
      return { run: ({ document }) => runner(document) };
    },
  };
}
