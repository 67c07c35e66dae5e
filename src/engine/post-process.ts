/**
 * Small composable steps over a file's findings: de-duplicate, then a stable order
 * (position, then severity, then rule id) so output is identical run to run.
 */
import { SEVERITY_RANK } from "../domain/severity.js";
import { compareText } from "../domain/text-order.js";
import type { Finding } from "./types.js";

export function postProcess(findings: readonly Finding[]): Finding[] {
  return sortFindings(dedupe(findings));
}

export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}\u0000${finding.kind}\u0000${finding.span.start.offset}\u0000${finding.span.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.span.start.offset - b.span.start.offset ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareText(a.ruleId, b.ruleId) ||
      a.span.end.offset - b.span.end.offset,
  );
}
