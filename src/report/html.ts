/**
 * One self-contained HTML file: each document with its findings marked in place, a panel of
 * findings filterable by severity and rule, the checklist and the rules' citations. Document
 * text is hostile input: it is escaped, and a strict Content-Security-Policy allows only this
 * reporter's own style sheet and script, by hash (no external resources, no inline handlers).
 */
import { createHash } from "node:crypto";
import type { FileResult, Summary } from "../engine/types.js";
import { displayPath } from "./display-path.js";
import { REPORT_SCRIPT, REPORT_STYLE } from "./html-assets.js";
import { escapeHtml } from "./html-escape.js";
import { highlightText, type NumberedFinding } from "./html-highlight.js";
import {
  renderChecklist,
  renderFileErrors,
  renderFilters,
  renderFindingList,
  renderProfile,
} from "./html-panel.js";
import type { Reporter } from "./types.js";

export const htmlReporter: Reporter = {
  name: "html",
  needsChecklist: true,
  needsText: true,
  render(report, options) {
    let next = 0;
    const numbered = report.files.map((file) =>
      file.findings.map((finding): NumberedFinding => ({ number: next++, finding })),
    );
    const ruleIds = [...new Set(report.files.flatMap((file) => file.findings.map((f) => f.ruleId)))].sort();
    const sections = report.files.map((file, index) =>
      renderFile(file, numbered[index] ?? [], displayPath(file.path, options.cwd)),
    );
    const title = `${report.tool.name} report`;
    return [
      "<!DOCTYPE html>",
      '<html lang="en"><head><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(title)}</title>`,
      `<style>${REPORT_STYLE}</style>`,
      "</head><body>",
      `<header><h1>${escapeHtml(`${title} (${report.tool.version})`)}</h1>`,
      `<p class="summary">${escapeHtml(summaryText(report.summary))}</p>`,
      `${renderFilters(ruleIds)}</header>`,
      `<main>${sections.join("")}</main>`,
      `<script>${REPORT_SCRIPT}</script>`,
      "</body></html>",
      "",
    ].join("\n");
  },
};

/** Only this reporter's own style sheet and script may apply; nothing may be fetched. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src '${sha256(REPORT_STYLE)}'`,
    `script-src '${sha256(REPORT_SCRIPT)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function renderFile(file: FileResult, findings: readonly NumberedFinding[], shownPath: string): string {
  const text =
    file.checkedText === undefined
      ? `<p class="empty">The document text is not available.</p>`
      : `<pre class="document" lang="${escapeHtml(file.language ?? "en")}">${highlightText(file.checkedText, findings)}</pre>`;
  return (
    `<section class="file"><h2>${escapeHtml(shownPath)}</h2>${renderFileErrors(file.errors)}` +
    `<div class="columns"><div>${text}</div><aside class="panel"><h3>Findings</h3>${renderFindingList(findings)}</aside></div>` +
    `${renderChecklist(file.checklist)}${renderProfile(file.profile)}</section>`
  );
}

function summaryText(summary: Summary): string {
  const parts = [
    `${summary.files} file${summary.files === 1 ? "" : "s"}`,
    `${summary.errors} error${summary.errors === 1 ? "" : "s"}`,
    `${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}`,
    `${summary.infos} info`,
  ];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  if (summary.fileErrors > 0) parts.push(`${summary.fileErrors} could not be checked`);
  return parts.join(", ");
}
