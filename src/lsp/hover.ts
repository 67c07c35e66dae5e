/**
 * Hover over a finding: the rule's title, the finding's message, the rule's citation (and
 * whether its text was verified) and the rule's explanation, in Markdown.
 */
import { type Hover, MarkupKind, type Position } from "vscode-languageserver/node";
import type { Finding } from "../engine/types.js";
import type { Rule } from "../rules/types.js";
import { rangeContains, toRange } from "./ranges.js";

export function hoverAt(
  findings: readonly Finding[],
  rules: ReadonlyMap<string, Rule>,
  position: Position,
): Hover | null {
  const here = findings.filter(
    (finding) => !finding.suppressed && rangeContains(toRange(finding.span), position),
  );
  if (here.length === 0) return null;
  const sections = here.map((finding) => describeFinding(finding, rules.get(finding.ruleId)));
  return { contents: { kind: MarkupKind.Markdown, value: sections.join("\n\n---\n\n") } };
}

export function describeFinding(finding: Finding, rule: Rule | undefined): string {
  const { citation } = finding;
  const source = citation.url ? `[${citation.source}](${citation.url})` : citation.source;
  const status = citation.verified ? "verified against the provision's text" : "not verified";
  const lines = [
    `**${rule?.title ?? finding.ruleId}** \`${finding.ruleId}\` (${finding.severity})`,
    "",
    finding.message,
    "",
    `Citation: ${source} (${status})`,
  ];
  if (rule?.description) lines.push("", rule.description.trim());
  if (rule?.notes) lines.push("", `Notes: ${rule.notes.trim()}`);
  if (finding.suggestion) lines.push("", `Quick fix: ${finding.suggestion.message}`);
  return lines.join("\n");
}
