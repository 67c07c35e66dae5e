/**
 * What a JSON Schema cannot say about a pack: rule ids carry the pack's name and are unique,
 * every pattern compiles under RE2 and has a safe shape, a consistency pattern captures
 * `value`, a limb's samples agree with its patterns, every message placeholder is one the check
 * kind says it fills (CheckKind.placeholders), `effective` runs forwards.
 *
 * These checks run even when the schema found problems (so an author sees everything at once),
 * and therefore read the data defensively.
 */
import { RE2JS } from "re2js";
import { type CheckKind, ENGINE_PLACEHOLDERS } from "../checks/types.js";
import type { Diagnostic, Location } from "../diagnostics/diagnostics.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import {
  type DataPath,
  diagnosticAt,
  locate,
  valueRange,
  type YamlSource,
} from "../diagnostics/yaml-positions.js";
import { compilePattern, PatternSyntaxError } from "../patterns/pattern.js";
import { findPatternHazards } from "../patterns/pattern-safety.js";
import { checkLimbSamples } from "./limb-samples.js";

/** Option keys whose values (a string or a list of strings) are patterns, at any depth of `check`. */
export const PATTERN_OPTION_KEYS: ReadonlySet<string> = new Set([
  "anchors",
  "limbs",
  "accepts",
  "reversedBy",
  "patterns",
  "when",
  "unless",
  "pattern",
  "before",
  "after",
  "outdated",
  "haltAnchors",
  "suppressionWords",
  "suspensionWords",
]);

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Where each rule id is defined, for duplicate checks across packs. */
export type RuleLocations = Map<string, Location>;

export function ruleEntries(data: unknown): { rule: Record_; index: number }[] {
  const rules = isRecord(data) ? data.rules : undefined;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, index) => (isRecord(rule) ? [{ rule, index }] : []));
}

export function checkSemantics(
  data: unknown,
  source: YamlSource,
  kinds: ReadonlyMap<string, CheckKind>,
): { problems: Diagnostic[]; ruleLocations: RuleLocations } {
  const problems: Diagnostic[] = [];
  const ruleLocations: RuleLocations = new Map();
  const packName = isRecord(data) && typeof data.name === "string" ? data.name : undefined;
  for (const { rule, index } of ruleEntries(data)) {
    const path = ["rules", index];
    problems.push(...checkRuleId(rule, path, packName, ruleLocations, source));
    const check = rule.check;
    if (!isRecord(check)) continue;
    const where = ` in rule ${typeof rule.id === "string" ? rule.id : index + 1}`;
    problems.push(...checkPatterns(check, [...path, "check"], String(check.kind), where, source));
    problems.push(...checkLimbSamples(check, [...path, "check"], where, source));
    const kind = kinds.get(String(check.kind));
    if (kind) problems.push(...checkPlaceholders(rule, path, kind, where.replace(" in ", " of "), source));
    problems.push(...checkEffective(rule, path, where, source));
  }
  return { problems, ruleLocations };
}

function checkRuleId(
  rule: Record_,
  path: DataPath,
  packName: string | undefined,
  seen: RuleLocations,
  source: YamlSource,
): Diagnostic[] {
  if (typeof rule.id !== "string") return [];
  const idPath = [...path, "id"];
  const range = valueRange(source, idPath);
  const problems: Diagnostic[] = [];
  const prefix = rule.id.split("/")[0];
  if (packName !== undefined && rule.id.includes("/") && prefix !== packName) {
    problems.push(
      diagnosticAt(
        source,
        range,
        "bad-id",
        `rule id \`${rule.id}\` must start with the pack name: \`${packName}/…\``,
      ),
    );
  }
  const first = seen.get(rule.id);
  if (first) {
    const message = `rule id \`${rule.id}\` is already used on line ${first.line}; rule ids must be unique`;
    problems.push(diagnosticAt(source, range, "duplicate-id", message));
  } else {
    seen.set(rule.id, locate(source, range));
  }
  return problems;
}

/** Every pattern string under `check`, with its data path. */
function patternsIn(
  value: unknown,
  path: DataPath,
  isPatternKey: boolean,
): { pattern: string; path: DataPath }[] {
  if (typeof value === "string") return isPatternKey ? [{ pattern: value, path }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => patternsIn(item, [...path, i], isPatternKey));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    patternsIn(child, [...path, key], PATTERN_OPTION_KEYS.has(key)),
  );
}

function checkPatterns(
  check: Record_,
  path: DataPath,
  kind: string,
  where: string,
  source: YamlSource,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const found of patternsIn(check, path, false)) {
    const range = valueRange(source, found.path);
    const shown = `\`${found.pattern}\``;
    const syntaxError = patternSyntaxReason(found.pattern);
    if (syntaxError !== undefined) {
      problems.push(
        diagnosticAt(
          source,
          range,
          "pattern-syntax",
          `the pattern ${shown}${where} is not valid RE2: ${syntaxError}`,
        ),
      );
      continue;
    }
    for (const hazard of findPatternHazards(found.pattern)) {
      const code = hazard.kind === "redos" ? "pattern-redos" : "pattern-never-matches";
      problems.push(diagnosticAt(source, range, code, `the pattern ${shown}${where} ${hazard.reason}`));
    }
    const isConsistencyPattern = kind === "consistency" && found.path.length === path.length + 1;
    if (isConsistencyPattern && found.path[path.length] === "pattern" && !hasGroup(found.pattern, "value")) {
      const message = `the pattern ${shown}${where} must capture the value with a \`(?P<value>…)\` group`;
      problems.push(diagnosticAt(source, range, "missing-value-group", message));
    }
  }
  return problems;
}

/** The RE2 reason a pattern does not compile, with a hint for the usual mistakes. */
export function patternSyntaxReason(pattern: string): string | undefined {
  try {
    compilePattern(pattern);
    return undefined;
  } catch (error) {
    const raw = error instanceof PatternSyntaxError ? error.reason : String(error);
    const reason = raw.replace(/^error parsing regexp:\s*/, "");
    return `${reason}${syntaxHint(pattern)}`;
  }
}

function syntaxHint(pattern: string): string {
  if (/\(\?<?[=!]/.test(pattern)) return " (RE2 has no lookahead or lookbehind)";
  if (/\\u[0-9A-Fa-f]{4}/.test(pattern)) return " (write `\\x{4e00}` rather than `\\u4e00`)";
  if (/\\[pP]\{\w+=/.test(pattern)) return " (write `\\p{Han}` rather than `\\p{Script=Han}`)";
  if (/\\[1-9]/.test(pattern)) return " (RE2 has no back-references)";
  return "";
}

function hasGroup(pattern: string, name: string): boolean {
  return name in RE2JS.compile(pattern).namedGroups();
}

/** A {{placeholder}} the kind never fills would reach the reader as "{{frist}}": an error. */
function checkPlaceholders(
  rule: Record_,
  path: DataPath,
  kind: CheckKind,
  where: string,
  source: YamlSource,
): Diagnostic[] {
  const known = [...kind.placeholders, ...ENGINE_PLACEHOLDERS];
  const problems: Diagnostic[] = [];
  for (const field of ["message", "suggestion"]) {
    const template = rule[field];
    const texts =
      typeof template === "string" ? [template] : isRecord(template) ? Object.values(template) : [];
    for (const text of texts) {
      if (typeof text !== "string") continue;
      for (const match of text.matchAll(/\{\{\s*([^}\s]*)\s*\}\}/g)) {
        const name = match[1] ?? "";
        if (known.includes(name)) continue;
        const message = `\`{{${name}}}\` in the ${field}${where} is not filled by \`${kind.name}\` checks, which provide ${known.map((k) => `{{${k}}}`).join(", ")}${didYouMean(name, known)}`;
        problems.push(
          diagnosticAt(source, valueRange(source, [...path, field]), "unknown-placeholder", message),
        );
      }
    }
  }
  return problems;
}

function checkEffective(rule: Record_, path: DataPath, where: string, source: YamlSource): Diagnostic[] {
  const appliesTo = rule.appliesTo;
  const effective = isRecord(appliesTo) ? appliesTo.effective : undefined;
  if (!isRecord(effective) || typeof effective.from !== "string" || typeof effective.until !== "string")
    return [];
  if (effective.from < effective.until) return [];
  const message = `\`effective.until\` (${effective.until})${where} must be later than \`from\` (${effective.from})`;
  return [
    diagnosticAt(
      source,
      valueRange(source, [...path, "appliesTo", "effective", "until"]),
      "bad-value",
      message,
    ),
  ];
}

/** Rule ids defined in more than one pack: one problem at each later definition. */
export function findDuplicateRuleIdsAcrossPacks(
  packs: readonly { file: string; ruleLocations: RuleLocations }[],
): Diagnostic[] {
  const firstSeen = new Map<string, { file: string; location: Location }>();
  const problems: Diagnostic[] = [];
  for (const pack of packs) {
    for (const [id, location] of pack.ruleLocations) {
      const first = firstSeen.get(id);
      if (!first) {
        firstSeen.set(id, { file: pack.file, location });
        continue;
      }
      const message = `rule id \`${id}\` is already defined in ${first.file}:${first.location.line}; rule ids must be unique across packs`;
      problems.push({ code: "duplicate-id", severity: "error", message, file: pack.file, ...location });
    }
  }
  return problems;
}
