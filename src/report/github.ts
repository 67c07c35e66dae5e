/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` line per finding, so
 * findings appear as annotations on the pull request, plus a Markdown job summary for the
 * run's summary page. Escaping follows @actions/core: data escapes %, CR and LF; property
 * values also escape ":" and ",", which would otherwise end the value.
 */

import type { Severity } from "../domain/severity.js";
import type { CheckReport, Finding } from "../engine/types.js";
import { displayPath } from "./display-path.js";
import { placeInDocument } from "./document-place.js";
import type { Reporter } from "./types.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name} ${props}::${escapeData(message)}`;
}

function annotation(
  finding: Finding,
  file: string,
  place: string | undefined,
  titles: ReadonlyMap<string, string>,
): string {
  const title = titles.get(finding.ruleId);
  // A Word or PDF draft has no lines GitHub can show: the annotation is on the file, and the
  // message says the page and paragraph.
  const where = place === undefined ? lineRange(finding) : {};
  const message = place === undefined ? finding.message : `(${place}) ${finding.message}`;
  return command(
    COMMAND[finding.severity],
    { file, ...where, title: title ? `${finding.ruleId}: ${title}` : finding.ruleId },
    `${message}\n${finding.citation.source} (${finding.citation.url})`,
  );
}

function lineRange(finding: Finding): Record<string, number> {
  const { start, end } = finding.span;
  const where: Record<string, number> = { line: start.line, col: start.column, endLine: end.line };
  // GitHub reads endColumn only for a one-line annotation.
  if (end.line === start.line) where.endColumn = Math.max(end.column, start.column + 1);
  return where;
}

export const githubReporter: Reporter = {
  name: "github",
  render(report, options) {
    const titles = new Map((report.rules ?? []).map((rule) => [rule.id, rule.title]));
    const lines: string[] = [];
    for (const result of report.files) {
      const file = displayPath(result.path, options.cwd);
      for (const error of result.errors) {
        const where = {
          file,
          ...(error.line && { line: error.line }),
          ...(error.column && { col: error.column }),
        };
        lines.push(command("error", { ...where, title: `disclint: ${error.code}` }, error.message));
      }
      for (const finding of result.findings) {
        if (!finding.suppressed)
          lines.push(annotation(finding, file, placeInDocument(result, finding.span), titles));
      }
    }
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
  },
};

/** A Markdown table cell: pipes and line breaks would break the table, < would start HTML. */
function cell(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;");
}

/** The job summary (GITHUB_STEP_SUMMARY): totals, then one row per file. */
export function renderJobSummary(report: CheckReport, cwd: string): string {
  const { summary } = report;
  const lines = [
    "## disclint",
    "",
    `${summary.files} file${summary.files === 1 ? "" : "s"} checked: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info, ${summary.suppressed} suppressed${summary.fileErrors > 0 ? `, ${summary.fileErrors} could not be checked` : ""}.`,
    "",
    "| File | Errors | Warnings | Info | Suppressed | Not checked |",
    "|---|---:|---:|---:|---:|---|",
  ];
  for (const file of report.files) {
    const count = (severity: Severity) =>
      file.findings.filter((finding) => !finding.suppressed && finding.severity === severity).length;
    const suppressed = file.findings.filter((finding) => finding.suppressed).length;
    const notChecked = file.errors.map((error) => error.message).join("; ");
    lines.push(
      `| ${cell(displayPath(file.path, cwd))} | ${count("error")} | ${count("warning")} | ${count("info")} | ${suppressed} | ${cell(notChecked)} |`,
    );
  }
  return `${lines.join("\n")}\n\n`;
}
