/**
 * The default, for people: findings grouped by file, each with its location, severity,
 * message and rule id, a code frame with the span marked, the word diff for deviating
 * statements, and a summary line. Colour only on a terminal.
 */
import { styleText } from "node:util";
import type { Finding } from "../engine/types.js";
import { codeFrame } from "./code-frame.js";
import { displayPath } from "./display-path.js";
import type { Reporter } from "./types.js";

type Style = Parameters<typeof styleText>[0];

export const stylishReporter: Reporter = {
  name: "stylish",
  needsText: true,
  render(report, options) {
    const paint = (style: Style, text: string): string => (options.color ? styleText(style, text) : text);
    const out: string[] = [];
    for (const file of report.files) {
      const findings = file.findings.filter((finding) => !finding.suppressed);
      if (findings.length === 0 && file.errors.length === 0) continue;
      out.push(paint("underline", displayPath(file.path, options.cwd)));
      for (const error of file.errors) {
        out.push(`  ${paint("red", "error")}  ${error.message}  ${paint("dim", error.code)}`);
      }
      for (const finding of findings) out.push(...renderFinding(finding, file.checkedText, paint));
      for (const { ruleId, count } of file.omitted ?? []) {
        out.push(`  … and ${count} more ${ruleId} finding${count === 1 ? "" : "s"} not listed`);
      }
      out.push("");
    }
    out.push(summaryLine(report.summary, paint));
    if (report.incomplete) out.push(paint("red", "✖ interrupted: the report is incomplete"));
    return `${out.join("\n")}\n`;
  },
};

function renderFinding(
  finding: Finding,
  source: string | undefined,
  paint: (style: Style, text: string) => string,
): string[] {
  const where = [`${finding.span.start.line}:${finding.span.start.column}`];
  if (finding.span.start.page) where.push(`page ${finding.span.start.page}`);
  if (finding.span.start.paragraph) {
    where.push(`¶${finding.span.start.paragraph}`);
    const quote = source && paragraphQuote(source, finding.span.start.offset);
    if (quote) where.push(`“${quote}”`);
  }
  const colour: Style =
    finding.severity === "error" ? "red" : finding.severity === "warning" ? "yellow" : "blue";
  const lines = [
    `  ${where.join(" ")}  ${paint(colour, finding.severity)}  ${finding.message}  ${paint("dim", finding.ruleId)}`,
  ];
  if (source) for (const line of codeFrame(source, finding.span)) lines.push(`      ${paint("dim", line)}`);
  if (finding.diff) {
    const diffText = finding.diff
      .map((part) =>
        part.op === "equal"
          ? part.text
          : part.op === "removed"
            ? paint("red", `[-${part.text}-]`)
            : paint("green", `{+${part.text}+}`),
      )
      .join("");
    lines.push(`      expected vs found: ${diffText}`);
  }
  return lines;
}

/** Paragraphs have no visible numbers in Word: the opening words help find the one meant. */
const QUOTE_LENGTH = 32;

function paragraphQuote(source: string, offset: number): string {
  const start = source.lastIndexOf("\n\n", Math.max(0, offset - 1));
  const paragraph =
    source
      .slice(start < 0 ? 0 : start + 2)
      .split("\n")[0]
      ?.trim() ?? "";
  const chars = Array.from(paragraph);
  if (chars.length <= QUOTE_LENGTH) return paragraph;
  const cut = chars.slice(0, QUOTE_LENGTH).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

function summaryLine(
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    suppressed: number;
    fileErrors: number;
    files: number;
  },
  paint: (style: Style, text: string) => string,
): string {
  const problems = summary.errors + summary.warnings + summary.infos;
  const parts = [
    `${problems} problem${problems === 1 ? "" : "s"} (${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.infos} info)`,
    `in ${summary.files} file${summary.files === 1 ? "" : "s"}`,
  ];
  if (summary.fileErrors > 0)
    parts.push(`${summary.fileErrors} file${summary.fileErrors === 1 ? "" : "s"} could not be checked`);
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  const text = `${problems === 0 && summary.fileErrors === 0 ? "✔" : "✖"} ${parts.join(", ")}`;
  return summary.errors > 0 || summary.fileErrors > 0
    ? paint("red", text)
    : problems > 0
      ? paint("yellow", text)
      : paint("green", text);
}
