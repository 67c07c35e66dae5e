/**
 * The checked text with findings marked in place. Spans may overlap: marks nest, and a span
 * that crosses the end of an enclosing one is split into pieces (only the first piece carries
 * the `f-N` id the panel links to). A zero-length finding (a missing statement) becomes an
 * empty marker at its position. Offsets are UTF-16 indexes into the original text.
 */
import type { Finding } from "../engine/types.js";
import { escapeHtml } from "./html-escape.js";

/** A finding with its report-wide number (its mark's id is `f-<number>`). */
export interface NumberedFinding {
  number: number;
  finding: Finding;
}

interface Range {
  entry: NumberedFinding;
  start: number;
  end: number;
}

export function highlightText(text: string, findings: readonly NumberedFinding[]): string {
  const ranges = findings.map((entry) => clampRange(entry, text.length));
  const positions = [
    ...new Set([0, text.length, ...ranges.flatMap((range) => [range.start, range.end])]),
  ].sort((a, b) => a - b);
  const out: string[] = [];
  const open: Range[] = [];
  let previous = 0;
  for (const position of positions) {
    out.push(escapeHtml(text.slice(previous, position)));
    previous = position;
    closeEndingAt(position, open, out);
    for (const range of ranges) {
      if (range.start === position && range.end === position)
        out.push(`${openMark(range.entry, true, true)}</mark>`);
    }
    const starting = ranges
      .filter((range) => range.start === position && range.end > position)
      .sort((a, b) => b.end - a.end || a.entry.number - b.entry.number);
    for (const range of starting) {
      open.push(range);
      out.push(openMark(range.entry, true, false));
    }
  }
  return out.join("");
}

function clampRange(entry: NumberedFinding, length: number): Range {
  const start = Math.min(Math.max(entry.finding.span.start.offset, 0), length);
  const end = Math.min(Math.max(entry.finding.span.end.offset, start), length);
  return { entry, start, end };
}

/** Closes the marks ending here; marks opened inside them but ending later are reopened as pieces. */
function closeEndingAt(position: number, open: Range[], out: string[]): void {
  const first = open.findIndex((range) => range.end === position);
  if (first < 0) return;
  const closed = open.splice(first);
  out.push("</mark>".repeat(closed.length));
  for (const range of closed) {
    if (range.end === position) continue;
    open.push(range);
    out.push(openMark(range.entry, false, false));
  }
}

function openMark({ number, finding }: NumberedFinding, first: boolean, empty: boolean): string {
  const classes = [`sev-${finding.severity}`, ...(empty ? ["gap"] : []), ...(first ? [] : ["piece"])];
  const attributes = [
    `class="${classes.join(" ")}"`,
    `data-f="${number}"`,
    `data-sev="${escapeHtml(finding.severity)}"`,
    `data-rule="${escapeHtml(finding.ruleId)}"`,
    ...(finding.suppressed ? ['data-suppressed=""'] : []),
    `title="${escapeHtml(`${finding.ruleId}: ${finding.message}`)}"`,
    ...(first ? [`id="f-${number}"`, 'tabindex="-1"'] : []),
  ];
  return `<mark ${attributes.join(" ")}>`;
}
