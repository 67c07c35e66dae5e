/**
 * The parts of the HTML report beside the document: the filter controls, the list of
 * findings, the checklist table, the profile and the file errors. Every string that comes
 * from a document or a rule pack is escaped here.
 */
import type { Span } from "../document/types.js";
import type { Citation } from "../domain/citation.js";
import { basisOf } from "../domain/citation.js";
import { SEVERITIES } from "../domain/severity.js";
import type { ChecklistEntry, FileResult, Finding } from "../engine/types.js";
import { escapeHtml, safeLinkUrl } from "./html-escape.js";
import type { NumberedFinding } from "./html-highlight.js";

/** One set of controls for the whole report: severity checkboxes, suppressed, and a rule select. */
export function renderFilters(ruleIds: readonly string[]): string {
  const severities = SEVERITIES.map(
    (severity) =>
      `<label class="sev-${severity}"><input type="checkbox" name="severity" value="${severity}" checked> ${severity}</label>`,
  ).join("");
  const options = ruleIds
    .map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`)
    .join("");
  return `<form id="filters" class="filters">${severities}<label><input type="checkbox" name="suppressed"> suppressed</label><label>rule <select id="rule-filter" name="rule"><option value="">all rules</option>${options}</select></label><output id="shown-count"></output></form>`;
}

export function renderFindingList(findings: readonly NumberedFinding[]): string {
  if (findings.length === 0) return `<p class="empty">No findings.</p>`;
  return `<ol class="findings">${findings.map(renderFindingItem).join("")}</ol>`;
}

function renderFindingItem({ number, finding }: NumberedFinding): string {
  const suppressed = finding.suppressed
    ? ` <span class="badge">suppressed (${escapeHtml(finding.suppressed.kind)}): ${escapeHtml(finding.suppressed.justification)}</span>`
    : "";
  const details = [
    finding.diff ? `<p class="diff">expected vs found: ${renderDiff(finding.diff)}</p>` : "",
    finding.suggestion
      ? `<p class="suggestion">Suggestion: ${escapeHtml(finding.suggestion.message)}</p>`
      : "",
  ].join("");
  return (
    `<li class="finding" data-f="${number}" data-sev="${escapeHtml(finding.severity)}" data-rule="${escapeHtml(finding.ruleId)}"${finding.suppressed ? ' data-suppressed=""' : ""}>` +
    `<a class="goto" href="#f-${number}">${location(finding.span)}</a> ` +
    `<span class="sev sev-${finding.severity}">${escapeHtml(finding.severity)}</span> ` +
    `<code class="rule">${escapeHtml(finding.ruleId)}</code>${suppressed}` +
    `<p class="message">${escapeHtml(finding.message)}</p>${details}` +
    `<p class="citation">${renderCitation(finding.citation)}</p></li>`
  );
}

function renderDiff(diff: NonNullable<Finding["diff"]>): string {
  return diff
    .map((part) =>
      part.op === "equal"
        ? escapeHtml(part.text)
        : part.op === "removed"
          ? `<del>${escapeHtml(part.text)}</del>`
          : `<ins>${escapeHtml(part.text)}</ins>`,
    )
    .join("");
}

export function renderCitation(citation: Citation): string {
  const url = safeLinkUrl(citation.url);
  const source = escapeHtml(citation.source);
  const link = url
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${source}</a>`
    : `${source}${citation.url ? ` <span class="url">${escapeHtml(citation.url)}</span>` : ""}`;
  const badge = citation.verified ? "" : ` <span class="badge">unverified</span>`;
  const basis =
    basisOf(citation) === "listing-rule" ? "" : ` <span class="badge">${basisOf(citation)}</span>`;
  const quote = citation.quote ? ` <q class="provision">${escapeHtml(citation.quote.trim())}</q>` : "";
  return `${link}${badge}${basis}${quote}`;
}

export function renderChecklist(entries: readonly ChecklistEntry[] | undefined): string {
  if (!entries || entries.length === 0) return "";
  const rows = entries.map(
    (entry) =>
      `<tr class="status-${entry.status}"><td><code>${escapeHtml(entry.ruleId)}</code></td><td>${escapeHtml(entry.title)}</td>` +
      `<td>${escapeHtml(entry.severity)}</td><td class="status">${escapeHtml(entry.status)}</td>` +
      `<td>${escapeHtml(entry.reason ?? "")}${renderEvidence(entry.evidence)}</td><td>${renderCitation(entry.citation)}</td></tr>`,
  );
  return `<details class="checklist" open><summary>Checklist (${entries.length} rules)</summary><table><thead><tr><th>Rule</th><th>Requirement</th><th>Severity</th><th>Status</th><th>Reason / evidence</th><th>Citation</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}

function renderEvidence(evidence: readonly Span[] | undefined): string {
  if (!evidence || evidence.length === 0) return "";
  return ` <span class="evidence">at ${evidence.map(location).join(", ")}</span>`;
}

export function renderProfile(profile: FileResult["profile"]): string {
  const rows = Object.entries(profile).map(
    ([name, fact]) =>
      `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(Array.isArray(fact.value) ? fact.value.join(", ") : fact.value)}</td><td>${escapeHtml(describeSource(fact))}</td></tr>`,
  );
  return rows.length === 0
    ? ""
    : `<details class="profile"><summary>Profile</summary><table><tbody>${rows.join("")}</tbody></table></details>`;
}

/** "registry (snapshot 2026-08-13): 02171 CARSGEN-B" — the source, its date and how. */
function describeSource(fact: FileResult["profile"][string]): string {
  const dated = fact.snapshot ? `${fact.source} (snapshot ${fact.snapshot})` : fact.source;
  return fact.detail ? `${dated}: ${fact.detail}` : dated;
}

export function renderFileErrors(errors: FileResult["errors"]): string {
  if (errors.length === 0) return "";
  const items = errors.map(
    (error) => `<li>${escapeHtml(error.message)} <code>${escapeHtml(error.code)}</code></li>`,
  );
  return `<ul class="file-errors">${items.join("")}</ul>`;
}

function location(span: Span): string {
  const where = [`${span.start.line}:${span.start.column}`];
  if (span.start.page) where.push(`page ${span.start.page}`);
  if (span.start.paragraph) where.push(`¶${span.start.paragraph}`);
  return where.join(" ");
}
