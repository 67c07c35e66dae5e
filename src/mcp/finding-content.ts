/**
 * A checked file as the tools return it: each finding with its location in words a model can
 * act on (page or Word paragraph where the draft has them, else line and column), the words it
 * is about, the prescribed wording and word diff, and the citation; plus a short text summary
 * for clients that show the model only text.
 */
import type { Position, Span } from "../document/types.js";
import { basisOf, type Citation } from "../domain/citation.js";
import type { FileResult, Finding } from "../engine/types.js";
import type { CheckedDocumentOutput, CheckOutput, FindingOutput, LocationOutput } from "./output-schemas.js";

const MAX_QUOTED = 300;
/** The summary lists this many findings; the structured content has them all. */
const MAX_SUMMARY_FINDINGS = 25;

export function documentContent(result: FileResult, displayPath: string): CheckedDocumentOutput {
  const text = result.checkedText ?? "";
  const findings = result.findings.map((finding) => findingContent(finding, text));
  return {
    file: displayPath,
    ...(result.format && { format: result.format }),
    ...(result.language && { language: result.language }),
    issuer: Object.fromEntries(
      Object.entries(result.profile).map(([name, fact]) => [
        name,
        { value: fact.value, source: fact.source, ...(fact.detail && { detail: fact.detail }) },
      ]),
    ),
    counts: countFindings(result.findings),
    findings,
    ...(result.omitted && { omitted: result.omitted }),
  };
}

function findingContent(finding: Finding, text: string): FindingOutput {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    kind: finding.kind,
    message: finding.message,
    location: locationOf(finding.span, text),
    ...(finding.expected !== undefined && { expected: finding.expected }),
    ...(finding.actual !== undefined && { actual: finding.actual }),
    ...(finding.diff && { diff: finding.diff }),
    ...(finding.suggestion && {
      suggestion: {
        message: finding.suggestion.message,
        text: finding.suggestion.text,
        location: locationOf(finding.suggestion.span, text),
      },
    }),
    citation: citationContent(finding.citation),
    ...(finding.related && {
      related: finding.related.map((related) => ({
        message: related.message,
        location: locationOf(related.span, text),
      })),
    }),
    ...(finding.suppressed && {
      suppressed: { by: finding.suppressed.kind, justification: finding.suppressed.justification },
    }),
  };
}

export function citationContent(citation: Citation): FindingOutput["citation"] {
  return {
    source: citation.source,
    url: citation.url,
    verified: citation.verified,
    basis: basisOf(citation),
    ...(citation.quote && { quote: citation.quote.trim() }),
    ...(citation.edition && { edition: citation.edition }),
    ...(citation.effective && { effective: citation.effective }),
  };
}

function locationOf(span: Span, text: string): LocationOutput {
  const quoted = text.slice(span.start.offset, span.end.offset);
  return {
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    ...(span.start.page !== undefined && { page: span.start.page }),
    ...(span.start.paragraph !== undefined && { paragraph: span.start.paragraph }),
    where: where(span.start),
    text: quoted.length > MAX_QUOTED ? `${quoted.slice(0, MAX_QUOTED)}…` : quoted,
  };
}

/** Word and PDF drafts are read by page and paragraph: line numbers of extracted text mean nothing there. */
function where(position: Position): string {
  if (position.paragraph !== undefined) return `paragraph ${position.paragraph}`;
  if (position.page !== undefined) return `page ${position.page}`;
  return `line ${position.line}, column ${position.column}`;
}

function countFindings(findings: readonly Finding[]): CheckedDocumentOutput["counts"] {
  const counts = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed++;
    else if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** A few lines a model can read without the structured content. */
export function summaryText(output: CheckOutput): string {
  const parts = [documentSummary(output)];
  if (output.pair) parts.push(documentSummary(output.pair));
  return parts.join("\n\n");
}

function documentSummary(document: CheckedDocumentOutput): string {
  const { errors, warnings, infos, suppressed } = document.counts;
  const tally = [plural(errors, "error"), plural(warnings, "warning"), plural(infos, "info")].join(", ");
  const waived = suppressed > 0 ? ` (${suppressed} more waived)` : "";
  const lines = [`${document.file}: ${tally}${waived}${issuerLine(document)}.`];
  const shown = document.findings.filter((finding) => !finding.suppressed);
  shown.slice(0, MAX_SUMMARY_FINDINGS).forEach((finding, index) => {
    lines.push(
      `${index + 1}. ${finding.location.where}: ${finding.severity} ${finding.ruleId}: ${finding.message}`,
    );
  });
  if (shown.length > MAX_SUMMARY_FINDINGS)
    lines.push(`… and ${shown.length - MAX_SUMMARY_FINDINGS} more in the structured content.`);
  if (shown.length > 0)
    lines.push("Prescribed wordings, word diffs and citations are in the structured content.");
  return lines.join("\n");
}

function issuerLine(document: CheckedDocumentOutput): string {
  const asOf = document.issuer.asOf?.value;
  const code = document.issuer.stockCode?.value;
  const facts = [code && `stock code ${code}`, asOf && `judged as of ${asOf}`].filter(Boolean);
  return facts.length > 0 ? ` (${facts.join("; ")})` : "";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
