/**
 * One quick fix per finding that carries a suggestion: replace the suggestion's span with its
 * text. Offered only for the findings under the requested range.
 */
import { type CodeAction, CodeActionKind, type Range } from "vscode-languageserver/node";
import type { Finding } from "../engine/types.js";
import { findingDiagnostic } from "./diagnostics.js";
import { rangesTouch, toRange } from "./ranges.js";

export function quickFixes(uri: string, findings: readonly Finding[], range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const suggestion = finding.suggestion;
    if (!suggestion || finding.suppressed) continue;
    const diagnostic = findingDiagnostic(finding);
    if (!rangesTouch(diagnostic.range, range)) continue;
    actions.push({
      title: `${suggestion.message}: ${preview(suggestion.text)} (${finding.ruleId})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: toRange(suggestion.span), newText: suggestion.text }] } },
    });
  }
  return actions;
}

/** Prescribed wordings run to several sentences; a menu entry shows their start. */
function preview(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, " ");
  return oneLine.length <= 60 ? `"${oneLine}"` : `"${oneLine.slice(0, 57)}…"`;
}
