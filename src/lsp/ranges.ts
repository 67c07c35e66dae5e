/**
 * disclint positions are 1-based lines and columns in UTF-16 code units; LSP positions are
 * 0-based lines and UTF-16 characters. Both count LF, CRLF and a lone CR as one line break,
 * so the conversion is a shift, never a search in the text.
 */
import type { Position as LspPosition, Range } from "vscode-languageserver";
import type { Span } from "../document/types.js";

export function toRange(span: Span): Range {
  return {
    start: { line: span.start.line - 1, character: span.start.column - 1 },
    end: { line: span.end.line - 1, character: span.end.column - 1 },
  };
}

/** A 1-based line and column (config and rule-pack diagnostics) as an LSP position. */
export function toPosition(line: number, column: number): LspPosition {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

function compare(a: LspPosition, b: LspPosition): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether the position lies in the range, ends included (a cursor just after a word still hovers it). */
export function rangeContains(range: Range, position: LspPosition): boolean {
  return compare(range.start, position) <= 0 && compare(position, range.end) <= 0;
}

/** Whether two ranges share at least one point (an empty range touching a finding counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return compare(a.start, b.end) <= 0 && compare(b.start, a.end) <= 0;
}
