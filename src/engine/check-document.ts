/**
 * The rules step of the kernel: one document with its profile and the reference data in, each
 * applicable rule's findings out (not yet suppressed, de-duplicated or sorted: lint-file.ts
 * does that once, after pairing). Pure: no file system, no console.
 */

import { fillTemplate, hasFillInBlank } from "../checks/support/template.js";
import type { RawFinding, RunContext } from "../checks/types.js";
import type { Document } from "../document/types.js";
import type { Severity } from "../domain/severity.js";
import { extractFacts } from "../facts/extract-facts.js";
import type { Profile } from "../profile/types.js";
import type { CompiledRule } from "../rules/compile-rules.js";
import type { Rule } from "../rules/types.js";
import { applicability } from "./applicability.js";
import type { FileError, Finding, ProfileFact } from "./types.js";

/**
 * More findings of one rule in one file than anyone will read: a draft with thousands is
 * broken in one way many times over, and listing them all only slows every consumer down.
 * The rest are counted in `FileResult.omitted`.
 */
export const MAX_FINDINGS_PER_RULE = 200;

export interface CheckOptions {
  /** Per-rule severity overrides; "off" disables the rule. */
  ruleSettings?: Readonly<Record<string, Severity | "off">>;
  /** When given, each rule's run time (ms) is added to it (--stats). */
  timings?: Map<string, number>;
}

/** What running the rules over one document gave, before the findings are post-processed. */
export interface RuleResults {
  findings: Finding[];
  /** Rules that failed to run. */
  errors: FileError[];
  /** Rules that did not apply, with the reason. */
  notApplicable: { ruleId: string; reason: string }[];
  /** Findings beyond the first MAX_FINDINGS_PER_RULE of a rule, counted but not listed. */
  omitted: { ruleId: string; count: number }[];
}

export function checkDocument(
  context: RunContext,
  rules: readonly CompiledRule[],
  options: CheckOptions = {},
): RuleResults {
  const { document, profile } = context;
  const findings: Finding[] = [];
  const errors: FileError[] = [];
  const notApplicable: { ruleId: string; reason: string }[] = [];
  const omitted: { ruleId: string; count: number }[] = [];
  for (const compiled of rules) {
    const setting = options.ruleSettings?.[compiled.rule.id];
    if (setting === "off") continue;
    const severity = setting ?? compiled.rule.severity;
    const verdict = applicability(compiled.rule, profile, document);
    if (verdict.status === "not-applicable") {
      notApplicable.push({ ruleId: compiled.rule.id, reason: verdict.reason });
      continue;
    }
    if (verdict.status === "undetermined") {
      findings.push(undeterminedFinding(document, compiled, verdict.configKey, verdict.reason));
      continue;
    }
    let raw: RawFinding[];
    const started = options.timings ? performance.now() : 0;
    try {
      raw = compiled.check.run(context);
      if (options.timings) {
        const id = compiled.rule.id;
        options.timings.set(id, (options.timings.get(id) ?? 0) + performance.now() - started);
      }
    } catch (error) {
      // A defect in one check must not hide the other rules' findings.
      errors.push({
        code: "check-failed",
        message: `rule ${compiled.rule.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    if (raw.length > MAX_FINDINGS_PER_RULE) {
      omitted.push({ ruleId: compiled.rule.id, count: raw.length - MAX_FINDINGS_PER_RULE });
      raw = raw.slice(0, MAX_FINDINGS_PER_RULE);
    }
    for (const item of raw) findings.push(toFinding(document, compiled, severity, item, profile));
  }
  return { findings, errors, notApplicable, omitted };
}

export function toFinding(
  document: Document,
  compiled: CompiledRule,
  severity: Severity,
  raw: RawFinding,
  profile: Profile,
): Finding {
  const { rule } = compiled;
  const data: Record<string, string | number | undefined> = {
    ...raw.data,
    expected: raw.expected ?? raw.data?.expected,
    actual: raw.actual ?? raw.data?.actual,
    kind: raw.kind,
    "issuer.name": profile.name?.value,
    "issuer.stockCode": profile.stockCode?.value,
    ...(raw.suggestion && rule.suggestion && factsForSuggestion(document, profile)),
  };
  const finding: Finding = {
    ruleId: rule.id,
    // "Could not decide" is never a breach: a check's own undetermined finding is reported at
    // `info`, like a rule whose applicability is undetermined, whatever the rule's severity.
    severity: raw.kind === "undetermined" ? "info" : severity,
    kind: raw.kind,
    message: fillTemplate(rule.message, data),
    span: document.spanOf(raw.start, raw.end),
    citation: rule.citation,
  };
  if (raw.expected !== undefined) finding.expected = raw.expected;
  if (raw.actual !== undefined) finding.actual = raw.actual;
  if (raw.diff) finding.diff = raw.diff;
  if (raw.related) {
    finding.related = raw.related.map((item) => ({
      span: document.spanOf(item.start, item.end),
      message: item.message,
    }));
  }
  const suggested = raw.suggestion && suggestedText(rule, document, data, raw.suggestion.text);
  // A suggestion with a blank to fill ("Incorporated in [place] ...") is the drafter's to write.
  if (raw.suggestion && suggested !== undefined && !hasFillInBlank(suggested)) {
    const text = suggested;
    finding.suggestion = {
      message:
        raw.suggestion.start === raw.suggestion.end
          ? "Insert the prescribed text"
          : "Replace with the prescribed text",
      span: document.spanOf(raw.suggestion.start, raw.suggestion.end),
      text,
    };
  }
  return finding;
}

function suggestedText(
  rule: Rule,
  document: Document,
  data: Readonly<Record<string, string | number | undefined>>,
  text: string,
): string {
  const template = suggestionTemplate(rule.suggestion, document);
  if (!template) return text;
  const filled = fillTemplate(template, { ...data, text });
  if (template.includes("{{text}}")) return filled;
  // The check marks a statement to insert as a paragraph of its own with a line break at its
  // start or end (required-statement.ts); a rule's template rewords it, it does not move it.
  const lead = /^\n*/.exec(text)?.[0] ?? "";
  const trail = /\n*$/.exec(text)?.[0] ?? "";
  return `${lead}${filled.replace(/^\n+|\n+$/g, "")}${trail}`;
}

function undeterminedFinding(
  document: Document,
  compiled: CompiledRule,
  configKey: string,
  reason: string,
): Finding {
  return {
    ruleId: compiled.rule.id,
    severity: "info",
    kind: "undetermined",
    message: `Not checked: ${compiled.rule.title} ${reason}. Set \`${configKey}\` in .disclint.yaml (or pass it on the command line) to decide.`,
    span: document.spanOf(0, 0),
    citation: compiled.rule.citation,
  };
}

/** The profile as a report shows it: each known fact with its source. */
export function describeProfile(profile: Profile): Record<string, ProfileFact> {
  const described: Record<string, ProfileFact> = {};
  for (const [key, fact] of Object.entries(profile)) {
    if (fact && typeof fact === "object" && "value" in fact && "source" in fact) {
      described[key] = {
        value: fact.value as string | string[],
        source: fact.source,
        ...(fact.snapshot !== undefined && { snapshot: fact.snapshot }),
        ...(fact.detail !== undefined && { detail: fact.detail }),
      };
    }
  }
  return described;
}

function suggestionTemplate(suggestion: Rule["suggestion"], document: Document): string | undefined {
  if (typeof suggestion !== "object") return suggestion;
  return document.language === "en" ? suggestion.en : suggestion.zh;
}

/**
 * What a suggested statement names: the issuer (from the config, else the document's own name)
 * and the product the announcement discusses, with neutral wording when neither is known.
 */
function factsForSuggestion(document: Document, profile: Profile): Record<string, string> {
  const facts = extractFacts(document);
  const english = document.language === "en";
  const company = english
    ? (profile.name?.value ?? facts.issuerNames.en?.value)
    : facts.issuerNames.zh?.value;
  const product = facts.products[0]?.value;
  return {
    company: company ?? (english ? "The Company" : "本公司"),
    product: product ?? (english ? "its Core Product" : "其核心產品"),
  };
}
