/**
 * The sign-off checklist, in Markdown: for each file, every requirement as pass, fail, not
 * applicable (with the reason) or needs review, with the evidence (where the statement was
 * found) and the citation; then the sign-off manifest as a JSON block, so the reviewer's copy
 * records exactly which tool, packs, config and input it was made from.
 */

import type { Span } from "../document/types.js";
import type { ChecklistEntry, FileResult, Finding } from "../engine/types.js";
import { displayPath } from "./display-path.js";
import type { Reporter } from "./types.js";

const STATUS: Record<ChecklistEntry["status"], string> = {
  pass: "✅ pass",
  fail: "❌ **fail**",
  "not-applicable": "➖ not applicable",
  "needs-review": "⚠️ needs review",
};
const QUOTE_LENGTH = 60;

/** A table cell: line breaks and pipes would end the row, < would start HTML. */
export function cell(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .trim();
}

function quote(source: string | undefined, span: Span): string {
  if (!source) return "";
  const text = source.slice(span.start.offset, span.end.offset).replace(/\s+/g, " ").trim();
  if (text === "") return "";
  const chars = [...text];
  return ` “${chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH - 1).join("")}…` : text}”`;
}

function place(span: Span): string {
  const { line, column, page, paragraph } = span.start;
  return [`${line}:${column}`, page && `p. ${page}`, paragraph && `¶${paragraph}`].filter(Boolean).join(" ");
}

function evidence(entry: ChecklistEntry, file: FileResult): string {
  if (entry.status === "fail") {
    const findings = file.findings.filter(
      (finding: Finding) => finding.ruleId === entry.ruleId && !finding.suppressed,
    );
    return findings.map((finding) => `${place(finding.span)} ${finding.message}`).join("; ");
  }
  if (entry.reason) return entry.reason;
  const spans = (entry.evidence ?? []).map((span) => `${place(span)}${quote(file.checkedText, span)}`);
  return spans.length > 0 ? spans.join("; ") : "—";
}

function link(entry: ChecklistEntry): string {
  const url = entry.citation.url.replace(/[()\s]/g, encodeURIComponent);
  return `[${cell(entry.citation.source).replace(/[[\]]/g, "\\$&")}](${url})`;
}

function fileSection(file: FileResult, cwd: string): string[] {
  const lines = [`## ${displayPath(file.path, cwd)}`, ""];
  if (file.errors.length > 0) {
    for (const error of file.errors) lines.push(`- **Not checked** (${error.code}): ${cell(error.message)}`);
    return [...lines, ""];
  }
  const asOf = file.profile.asOf?.value;
  if (typeof asOf === "string") lines.push(`Checked as of ${asOf}.`, "");
  const entries = file.checklist ?? [];
  const count = (status: ChecklistEntry["status"]) =>
    entries.filter((entry) => entry.status === status).length;
  lines.push(
    `${count("pass")} pass, ${count("fail")} fail, ${count("needs-review")} need review, ${count("not-applicable")} not applicable.`,
    "",
    "| Rule | Status | Severity | Evidence or reason | Citation |",
    "|---|---|---|---|---|",
  );
  for (const entry of entries) {
    lines.push(
      `| \`${entry.ruleId}\` ${cell(entry.title)} | ${STATUS[entry.status]} | ${entry.severity} | ${cell(evidence(entry, file))} | ${link(entry)} |`,
    );
  }
  return [...lines, ""];
}

export const checklistReporter: Reporter = {
  name: "checklist",
  needsChecklist: true,
  needsText: true,
  render(report, options) {
    const lines = ["# Sign-off checklist", ""];
    for (const file of report.files) lines.push(...fileSection(file, options.cwd));
    if (report.signOff) {
      lines.push("## Sign-off manifest", "", "```json", JSON.stringify(report.signOff, null, 2), "```", "");
    }
    return lines.join("\n");
  },
};
