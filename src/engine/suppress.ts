/**
 * Applies a document's inline directives to its findings. A suppressed finding stays in the
 * result, marked `suppressed` with the directive's reason, so summaries count it and JSON and
 * SARIF carry it. Directives that are malformed (no reason, unknown rule) are reported and
 * suppress nothing; directives that suppressed nothing are reported as unused.
 */
import type { Document } from "../document/types.js";
import type { Citation } from "../domain/citation.js";
import { type Directive, directivesOf } from "./directives.js";
import type { Finding } from "./types.js";

export const INVALID_DIRECTIVE = "disclint/invalid-directive";
export const UNUSED_DIRECTIVE = "disclint/unused-directive";

export const DIRECTIVES_CITATION: Citation = {
  source: "disclint suppression directives",
  url: "https://github.com/disclint/disclint/blob/main/docs/suppressions.md",
  verified: false,
};

/** What one rule id of one directive suppresses: findings starting in [from, to]. */
interface Suppression {
  directive: Directive;
  ruleId: string;
  from: number;
  to: number;
  reason: string;
  used: boolean;
}

/**
 * The findings with those the document's directives cover marked suppressed, findings inside a
 * directive's own words dropped, and the directives' own problems (invalid, unused) added.
 */
export function applyDirectives(
  findings: readonly Finding[],
  document: Document,
  knownRuleIds: Iterable<string>,
): Finding[] {
  const placed = directivesOf(document);
  if (placed.length === 0) return [...findings];
  const known = new Set(knownRuleIds);
  const reported: Finding[] = [];
  const valid: Directive[] = [];
  for (const directive of placed) {
    const problem = directiveProblem(directive, known);
    if (problem) reported.push(directiveFinding(document, directive, INVALID_DIRECTIVE, "error", problem));
    else valid.push(directive);
  }
  const suppressions = suppressionsOf(valid, document);
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (insideDirective(finding, placed)) continue;
    kept.push(finding.suppressed ? finding : suppress(finding, suppressions));
  }
  return [...kept, ...reported, ...unusedFindings(document, suppressions)];
}

function directiveProblem(directive: Directive, known: ReadonlySet<string>): string | undefined {
  const written = `disclint-${directive.action}`;
  if (directive.action !== "enable" && directive.ruleIds.length === 0)
    return `The directive "${written}" names no rule: list the rule ids it applies to.`;
  const unknown = directive.ruleIds.filter((ruleId) => !known.has(ruleId));
  if (unknown.length > 0) return `The directive "${written}" names an unknown rule: ${unknown.join(", ")}.`;
  if (directive.action !== "enable" && directive.reason === undefined)
    return `The directive "${written}" gives no reason: add " -- " and why the rule does not apply here.`;
  return undefined;
}

function suppressionsOf(directives: readonly Directive[], document: Document): Suppression[] {
  const suppressions: Suppression[] = [];
  const open = new Map<string, Suppression>();
  const add = (directive: Directive, ruleId: string, from: number, to: number): Suppression => {
    const suppression = { directive, ruleId, from, to, reason: directive.reason ?? "", used: false };
    suppressions.push(suppression);
    return suppression;
  };
  for (const directive of directives) {
    if (directive.action === "disable-file") {
      for (const ruleId of directive.ruleIds) add(directive, ruleId, 0, Number.POSITIVE_INFINITY);
    } else if (directive.action === "disable-next-paragraph") {
      const [from, to] = nextParagraph(document, directive.end);
      for (const ruleId of directive.ruleIds) add(directive, ruleId, from, to);
    } else if (directive.action === "disable") {
      for (const ruleId of directive.ruleIds) {
        if (!open.has(ruleId))
          open.set(ruleId, add(directive, ruleId, directive.end, Number.POSITIVE_INFINITY));
      }
    } else {
      const closing = directive.ruleIds.length > 0 ? directive.ruleIds : [...open.keys()];
      for (const ruleId of closing) {
        const range = open.get(ruleId);
        if (range) range.to = directive.start;
        open.delete(ruleId);
      }
    }
  }
  return suppressions;
}

/** The paragraph after a directive; an empty range (suppressing nothing) when there is none. */
function nextParagraph(document: Document, after: number): [number, number] {
  const block = document.blocks.find((candidate) => candidate.end > after);
  if (!block) return [1, 0];
  return [Math.max(block.start, after), block.end];
}

function insideDirective(finding: Finding, directives: readonly Directive[]): boolean {
  const { start, end } = finding.span;
  return directives.some(
    (directive) => directive.inCheckedText && start.offset >= directive.start && end.offset <= directive.end,
  );
}

function suppress(finding: Finding, suppressions: readonly Suppression[]): Finding {
  const at = finding.span.start.offset;
  const match = suppressions.find(
    (suppression) => suppression.ruleId === finding.ruleId && at >= suppression.from && at <= suppression.to,
  );
  if (!match) return finding;
  match.used = true;
  return { ...finding, suppressed: { kind: "directive", justification: match.reason } };
}

function unusedFindings(document: Document, suppressions: readonly Suppression[]): Finding[] {
  const unusedByDirective = new Map<Directive, string[]>();
  for (const suppression of suppressions) {
    if (suppression.used) continue;
    const list = unusedByDirective.get(suppression.directive) ?? [];
    list.push(suppression.ruleId);
    unusedByDirective.set(suppression.directive, list);
  }
  return [...unusedByDirective].map(([directive, ruleIds]) =>
    directiveFinding(
      document,
      directive,
      UNUSED_DIRECTIVE,
      "warning",
      `Unused directive "disclint-${directive.action}": nothing from ${ruleIds.join(", ")} was reported here; remove it.`,
    ),
  );
}

function directiveFinding(
  document: Document,
  directive: Directive,
  ruleId: string,
  severity: "error" | "warning",
  message: string,
): Finding {
  return {
    ruleId,
    severity,
    kind: "forbidden",
    message,
    span: { start: document.position(directive.start), end: document.position(directive.end) },
    citation: DIRECTIVES_CITATION,
  };
}
