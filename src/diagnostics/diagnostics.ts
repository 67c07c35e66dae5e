/**
 * Problems in a rule pack or a config file, as values: a stable code, a plain-English sentence
 * and a position (1-based line and column, UTF-16 columns), printed as `file:line:col` with a
 * short code frame. Mistakes in user files never become exceptions.
 */

export type DiagnosticSeverity = "error" | "warning";

/** Stable codes; tools and tests match on these, so never rename one. */
export type DiagnosticCode =
  | "file-unreadable"
  | "yaml-syntax"
  | "yaml-duplicate-key"
  | "yaml-alias-limit"
  | "unknown-key"
  | "missing-key"
  | "wrong-type"
  | "bad-value"
  | "bad-id"
  | "duplicate-id"
  | "unknown-check-kind"
  | "pattern-syntax"
  | "pattern-redos"
  | "pattern-never-matches"
  | "missing-value-group"
  | "limb-sample-mismatch"
  | "missing-example"
  | "unknown-placeholder"
  | "unknown-rule-id"
  | "unknown-pack";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A place in a file, before the message is attached. */
export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export function hasErrors(problems: readonly Diagnostic[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** Sorts by file and position, then drops exact repeats (same place, code and message). */
export function sortDiagnostics(problems: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
  return sorted.filter((problem, index) => {
    const previous = sorted[index - 1];
    return !(
      previous &&
      previous.file === problem.file &&
      previous.line === problem.line &&
      previous.column === problem.column &&
      previous.code === problem.code &&
      previous.message === problem.message
    );
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FRAME_CONTEXT_LINES = 2;

/**
 * `file:line:col: error[code]: message`, then the offending line with up to two lines before it
 * and a caret under the column. `sourceText` is the file's text (BOM and CRLF are tolerated).
 */
export function formatDiagnostic(problem: Diagnostic, sourceText?: string): string {
  const header = `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}[${problem.code}]: ${problem.message}`;
  if (sourceText === undefined) return header;
  const frame = codeFrame(sourceText, problem);
  return frame ? `${header}\n${frame}` : header;
}

/**
 * The lines of the file last framed: a pack with thousands of problems frames the same text
 * thousands of times, and splitting it each time made reporting them quadratic.
 */
let lastSplit: { text: string; lines: string[] } | undefined;

function linesOf(sourceText: string): string[] {
  if (lastSplit?.text !== sourceText)
    lastSplit = { text: sourceText, lines: sourceText.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/) };
  return lastSplit.lines;
}

function codeFrame(sourceText: string, at: Location): string {
  const lines = linesOf(sourceText);
  if (at.line < 1 || at.line > lines.length) return "";
  const first = Math.max(1, at.line - FRAME_CONTEXT_LINES);
  const gutterWidth = String(at.line).length;
  const out: string[] = [];
  for (let number = first; number <= at.line; number++) {
    const marker = number === at.line ? ">" : " ";
    const text = lines[number - 1] ?? "";
    out.push(`${marker} ${String(number).padStart(gutterWidth)} | ${text}`.trimEnd());
  }
  const lineText = lines[at.line - 1] ?? "";
  const caretWidth =
    at.endLine === at.line && at.endColumn !== undefined && at.endColumn > at.column
      ? Math.min(at.endColumn, lineText.length + 1) - at.column
      : 1;
  // Tabs stay tabs so the caret lines up under them whatever the terminal's tab width.
  const padding = lineText.slice(0, at.column - 1).replace(/[^\t]/g, " ");
  out.push(`  ${" ".repeat(gutterWidth)} | ${padding}${"^".repeat(Math.max(1, caretWidth))}`);
  return out.join("\n");
}
