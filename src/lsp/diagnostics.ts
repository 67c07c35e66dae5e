/**
 * Findings as LSP diagnostics: the rule id is the code, the citation's URL the code
 * description, so an editor links each problem to the provision it comes from.
 */
import { type Diagnostic, DiagnosticSeverity } from "vscode-languageserver/node";
import type { Diagnostic as ConfigProblem } from "../diagnostics/diagnostics.js";
import type { Severity } from "../domain/severity.js";
import type { Finding } from "../engine/types.js";
import { toPosition, toRange } from "./ranges.js";

export const SOURCE = "disclint";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function findingDiagnostic(finding: Finding): Diagnostic {
  return {
    range: toRange(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(isWebUrl(finding.citation.url) && { codeDescription: { href: finding.citation.url } }),
    source: SOURCE,
    message: finding.message,
  };
}

/** Suppressed findings are reported by the CLI for audit, but an editor should stay quiet about them. */
export function documentDiagnostics(findings: readonly Finding[]): Diagnostic[] {
  return findings.filter((finding) => !finding.suppressed).map(findingDiagnostic);
}

/** A problem that stopped the whole check (configuration, rule pack, unreadable input), shown at the top. */
export function blockingDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message,
  };
}

/** A problem in .disclint.yaml, shown in that file. */
export function configProblemDiagnostic(problem: ConfigProblem): Diagnostic {
  const start = toPosition(problem.line, problem.column);
  const end =
    problem.endLine !== undefined && problem.endColumn !== undefined
      ? toPosition(problem.endLine, problem.endColumn)
      : start;
  return {
    range: { start, end },
    severity: problem.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: problem.code,
    source: SOURCE,
    message: problem.message,
  };
}

/** Clients reject a code description whose href is not a URI; packs may leave the URL empty. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\/\S+$/.test(url);
}
