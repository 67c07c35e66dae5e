/**
 * Applies a document's inline directives to its findings. A suppressed finding stays in the
 * result, marked `suppressed` with the directive's reason, so summaries count it and JSON and
 * SARIF carry it. Directives that are malformed (no reason, unknown rule) are reported and
 * suppress nothing; directives that suppressed nothing are reported as unused.
 */
import type { Document } from "../document/types.js";
import type { Citation } from "../domain/citation.js";
import type { DirectiveSource } from "./directive-source.js";
import { type Directive, findDirectives } from "./directives.js";
import { postProcess } from "./post-process.js";
import type { FileResult, Finding } from "./types.js";

export const INVALID_DIRECTIVE = "disclint/invalid-directive";
export const UNUSED_DIRECTIVE = "disclint/unused-directive";

export const DIRECTIVES_CITATION: Citation = {
  source: "disclint suppression directives",
  url: "https://github.com/disclint/disclint/blob/main/docs/suppressions.md",
  verified: false,
};

/** A directive placed in the checked text's offsets. */
interface PlacedDirective extends Directive {
  from: number;
  to: number;
}

/** What one rule id of one directive suppresses: findings starting in [from, to]. */
interface Suppression {
  directive: PlacedDirective;
  ruleId: string;
  from: number;
  to: number;
  reason: string;
  used: boolean;
}

export function applyDirectives(
  result: FileResult,
  document: Document,
  source: DirectiveSource | undefined,
  knownRuleIds: Iterable<string>,
): FileResult {
  if (!source) return result;
  const placed = findDirectives(source.text, source.syntax).map((directive) => ({
    ...directive,
    from: source.toOriginal(directive.start),
    to: source.toOriginal(directive.end),
  }));
  if (placed.length === 0) return result;
  const known = new Set(knownRuleIds);
  const reported: Finding[] = [];
  const valid: PlacedDirective[] = [];
  for (const directive of placed) {
    const problem = directiveProblem(directive, known);
    if (problem) reported.push(directiveFinding(document, directive, INVALID_DIRECTIVE, "error", problem));
    else valid.push(directive);
  }
  const suppressions = suppressionsOf(valid, document);
  const findings: Finding[] = [];
  for (const finding of result.findings) {
    if (source.inCheckedText && insideDirective(finding, placed)) continue;
    findings.push(finding.suppressed ? finding : suppress(finding, suppressions));
  }
  reported.push(...unusedFindings(document, suppressions));
  return { ...result, findings: postProcess([...findings, ...reported]) };
}

function directiveProblem(directive: PlacedDirective, known: ReadonlySet<string>): string | undefined {
  const written = `disclint-${directive.action}`;
  if (directive.action !== "enable" && directive.ruleIds.length === 0)
    return `The directive "${written}" names no rule: list the rule ids it applies to.`;
  const unknown = directive.ruleIds.filter((ruleId) => !known.has(ruleId));
  if (unknown.length > 0) return `The directive "${written}" names an unknown rule: ${unknown.join(", ")}.`;
  if (directive.action !== "enable" && directive.reason === undefined)
    return `The directive "${written}" gives no reason: add " -- " and why the rule does not apply here.`;
  return undefined;
}

function suppressionsOf(directives: readonly PlacedDirective[], document: Document): Suppression[] {
  const suppressions: Suppression[] = [];
  const open = new Map<string, Suppression>();
  const add = (directive: PlacedDirective, ruleId: string, from: number, to: number): Suppression => {
    const suppression = { directive, ruleId, from, to, reason: directive.reason ?? "", used: false };
    suppressions.push(suppression);
    return suppression;
  };
  for (const directive of directives) {
    if (directive.action === "disable-file") {
      for (const ruleId of directive.ruleIds) add(directive, ruleId, 0, Number.POSITIVE_INFINITY);
    } else if (directive.action === "disable-next-paragraph") {
      const [from, to] = nextParagraph(document, directive.to);
      for (const ruleId of directive.ruleIds) add(directive, ruleId, from, to);
    } else if (directive.action === "disable") {
      for (const ruleId of directive.ruleIds) {
        if (!open.has(ruleId))
          open.set(ruleId, add(directive, ruleId, directive.to, Number.POSITIVE_INFINITY));
      }
    } else {
      const closing = directive.ruleIds.length > 0 ? directive.ruleIds : [...open.keys()];
      for (const ruleId of closing) {
        const range = open.get(ruleId);
        if (range) range.to = directive.from;
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

function insideDirective(finding: Finding, directives: readonly PlacedDirective[]): boolean {
  const { start, end } = finding.span;
  return directives.some((directive) => start.offset >= directive.from && end.offset <= directive.to);
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
  const unusedByDirective = new Map<PlacedDirective, string[]>();
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
  directive: PlacedDirective,
  ruleId: string,
  severity: "error" | "warning",
  message: string,
): Finding {
  return {
    ruleId,
    severity,
    kind: "forbidden",
    message,
    span: { start: document.position(directive.from), end: document.position(directive.to) },
    citation: DIRECTIVES_CITATION,
  };
}
