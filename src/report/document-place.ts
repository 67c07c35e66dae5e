/**
 * Where a finding is, in terms the reader's viewer understands. A Word or PDF draft is read as
 * extracted text, whose line and column mean nothing in Word or a PDF viewer: there a finding is
 * placed by page (PDF) and paragraph (Word, counted as Word's statistics count them: every
 * paragraph with text, table cells included, empty ones skipped).
 */
import type { Span } from "../document/types.js";
import type { FileResult } from "../engine/types.js";

/** True for drafts whose extracted text has no lines the reader can go to. */
export function placedByPage(file: Pick<FileResult, "format">): boolean {
  return file.format === "docx" || file.format === "pdf";
}

/** "page 2, paragraph 14", or undefined when the reader recorded neither. */
export function pageAndParagraph(span: Span): string | undefined {
  const parts: string[] = [];
  if (span.start.page !== undefined) parts.push(`page ${span.start.page}`);
  if (span.start.paragraph !== undefined) parts.push(`paragraph ${span.start.paragraph}`);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** The page and paragraph of a finding in a Word or PDF draft; undefined for text drafts. */
export function placeInDocument(file: Pick<FileResult, "format">, span: Span): string | undefined {
  return placedByPage(file) ? pageAndParagraph(span) : undefined;
}
