/**
 * The sign-off view of a checked file: every rule as pass, fail, not applicable (with the
 * reason) or needs review (its applicability is undetermined), with the evidence span for
 * passes. Built from a FileResult after suppression, so a waived finding is not a failure.
 */

import type { CompiledCheck, RunContext } from "../checks/types.js";
import type { Severity } from "../domain/severity.js";
import type { CompiledRule } from "../rules/compile-rules.js";
import type { ChecklistEntry, FileResult } from "./types.js";

export function buildChecklist(
  context: RunContext,
  rules: readonly CompiledRule[],
  result: Pick<FileResult, "findings" | "notApplicable">,
  ruleSettings: Readonly<Record<string, Severity | "off">> = {},
): ChecklistEntry[] {
  const reasons = new Map((result.notApplicable ?? []).map((entry) => [entry.ruleId, entry.reason]));
  const entries: ChecklistEntry[] = [];
  for (const { rule, check } of rules) {
    const setting = ruleSettings[rule.id];
    if (setting === "off") continue;
    const base = {
      ruleId: rule.id,
      title: rule.title,
      severity: setting ?? rule.severity,
      citation: rule.citation,
    };
    const notApplicable = reasons.get(rule.id);
    if (notApplicable !== undefined) {
      entries.push({ ...base, status: "not-applicable", reason: notApplicable });
      continue;
    }
    const findings = result.findings.filter((finding) => finding.ruleId === rule.id && !finding.suppressed);
    const undetermined = findings.find((finding) => finding.kind === "undetermined");
    if (undetermined) {
      entries.push({ ...base, status: "needs-review", reason: undetermined.message });
    } else if (findings.length > 0) {
      entries.push({ ...base, status: "fail", evidence: findings.map((finding) => finding.span) });
    } else if (check.runPair && !check.evidence) {
      entries.push({
        ...base,
        status: "not-applicable",
        reason: "compares two language versions; check both together (--pair)",
      });
    } else {
      entries.push({ ...base, ...quietOutcome(check, context) });
    }
  }
  return entries;
}

/** A rule with no finding passed, unless its trigger never occurred (then nothing was checked). */
function quietOutcome(
  check: CompiledCheck,
  context: RunContext,
): Pick<ChecklistEntry, "status" | "reason" | "evidence"> {
  const idle = check.nothingToCheck?.(context);
  if (idle !== undefined) return { status: "not-applicable", reason: idle };
  const evidence = (check.evidence?.(context) ?? []).map(({ start, end }) =>
    context.document.spanOf(start, end),
  );
  return { status: "pass", ...(evidence.length > 0 && { evidence }) };
}
