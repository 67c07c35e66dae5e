/**
 * Validating a rule pack's text: YAML (positions kept, aliases bounded), then the JSON Schema
 * built from the known check kinds, then the checks a schema cannot express. Every problem is
 * a Diagnostic at a YAML position; a Pack is returned only when there is no error.
 * No file system here: load-pack.ts reads files, this module only sees text.
 */
import type { ErrorObject } from "ajv";
import type { CheckKind } from "../checks/types.js";
import {
  type Diagnostic,
  type DiagnosticCode,
  hasErrors,
  sortDiagnostics,
} from "../diagnostics/diagnostics.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { schemaDiagnostics } from "../diagnostics/schema-errors.js";
import {
  type DataPath,
  diagnosticAt,
  parseYaml,
  valueRange,
  type YamlSource,
} from "../diagnostics/yaml-positions.js";
import { packValidator } from "./pack-schema.js";
import {
  checkSemantics,
  findDuplicateRuleIdsAcrossPacks,
  type RuleLocations,
  ruleEntries,
} from "./pack-semantics.js";
import type { Pack } from "./types.js";

export type { RuleLocations };
export { findDuplicateRuleIdsAcrossPacks };

export interface PackValidation {
  /** Present when the pack has no error (warnings allowed). */
  pack?: Pack;
  problems: Diagnostic[];
  /** Where each rule id is defined (for duplicate checks across packs). */
  ruleLocations: RuleLocations;
}

export function validatePack(
  text: string,
  file: string,
  kinds: ReadonlyMap<string, CheckKind>,
): PackValidation {
  const parsed = parseYaml(text, file);
  if (parsed.problems.length > 0)
    return { problems: sortDiagnostics(parsed.problems), ruleLocations: new Map() };
  const { data, source } = parsed;
  const validate = packValidator(kinds);
  const valid = validate(data);
  const schemaProblems = valid
    ? []
    : schemaDiagnostics(validate.errors ?? [], packErrorContext(source, data, kinds));
  const semantics = checkSemantics(data, source, kinds);
  const problems = sortDiagnostics([...schemaProblems, ...semantics.problems]);
  if (!valid || hasErrors(problems)) return { problems, ruleLocations: semantics.ruleLocations };
  const pack = { ...(data as Omit<Pack, "file">), file };
  return { pack, problems, ruleLocations: semantics.ruleLocations };
}

function packErrorContext(source: YamlSource, data: unknown, kinds: ReadonlyMap<string, CheckKind>) {
  const ruleNames = new Map<number, string>();
  for (const { rule, index } of ruleEntries(data)) {
    ruleNames.set(index, typeof rule.id === "string" ? rule.id : `#${index + 1}`);
  }
  const where = (path: DataPath) => wherePhrase(path, ruleNames);
  const words: PackWords = {
    source,
    where,
    ruleName: (index) => ruleNames.get(index) ?? `#${index + 1}`,
    kinds,
  };
  return {
    source,
    where,
    special: (error: ErrorObject, path: DataPath) => specialDiagnostic(error, path, words),
    valueCode: (path: DataPath): DiagnosticCode => (isIdPath(path) ? "bad-id" : "bad-value"),
  };
}

function isIdPath(path: DataPath): boolean {
  return (
    (path.length === 1 && path[0] === "name") ||
    (path.length === 3 && path[0] === "rules" && path[2] === "id")
  );
}

/** " in rule hkex/x", " in the check of rule hkex/x", " in valid example 2 of rule hkex/x", … */
function wherePhrase(path: DataPath, ruleNames: ReadonlyMap<number, string>): string {
  if (path[0] !== "rules" || typeof path[1] !== "number") return path.length === 1 ? " in the pack" : "";
  const rule = `rule ${ruleNames.get(path[1]) ?? `#${path[1] + 1}`}`;
  const section = path[2];
  if (path.length <= 3 || typeof section !== "string") return ` in ${rule}`;
  if (section === "check") return ` in the check of ${rule}`;
  const group = path[3];
  const exampleIndex = path[4];
  if (
    section === "examples" &&
    typeof group === "string" &&
    typeof exampleIndex === "number" &&
    path.length > 5
  ) {
    return ` in ${group} example ${exampleIndex + 1} of ${rule}`;
  }
  if (section === "examples") return ` in the examples of ${rule}`;
  return ` in \`${section}\` of ${rule}`;
}

interface PackWords {
  source: YamlSource;
  where(path: DataPath): string;
  ruleName(index: number): string;
  kinds: ReadonlyMap<string, CheckKind>;
}

/** Errors worded by the pack's own vocabulary: check kinds and examples. */
function specialDiagnostic(error: ErrorObject, path: DataPath, words: PackWords): Diagnostic | undefined {
  const { source, where, kinds } = words;
  const known = [...kinds.keys()].sort();
  const last = path[path.length - 1];
  const range = () => valueRange(source, path);
  if (error.keyword === "enum" && last === "kind" && path[path.length - 2] === "check") {
    const kind = String(error.data);
    const problem =
      error.data === null
        ? `the check of rule ${words.ruleName(Number(path[1]))} has an empty \`kind\``
        : `unknown check kind \`${kind}\`${where(path)}${didYouMean(kind, known)}`;
    const message = `${problem} (known kinds: ${known.join(", ")})`;
    return diagnosticAt(source, range(), "unknown-check-kind", message);
  }
  if (error.keyword === "required" && error.params.missingProperty === "kind" && last === "check") {
    const message = `the check of rule ${words.ruleName(Number(path[1]))} has no \`kind\` (known kinds: ${known.join(", ")})`;
    return diagnosticAt(source, range(), "missing-key", message);
  }
  const missingExamples =
    (error.keyword === "required" &&
      ((last === "examples" && ["valid", "invalid"].includes(String(error.params.missingProperty))) ||
        error.params.missingProperty === "examples")) ||
    (error.keyword === "minItems" && path[path.length - 2] === "examples");
  if (missingExamples) {
    const rule = words.ruleName(Number(path[1]));
    const message = `rule ${rule} ${exampleGap(error, path)}; every rule needs at least one valid and one invalid example`;
    return diagnosticAt(source, range(), "missing-example", message);
  }
  return undefined;
}

function exampleGap(error: ErrorObject, path: DataPath): string {
  if (error.keyword === "minItems") return `the \`${String(path[path.length - 1])}\` list is empty`;
  const missing = String(error.params.missingProperty);
  return missing === "examples" ? "has no `examples`" : `has no \`${missing}\` examples`;
}
