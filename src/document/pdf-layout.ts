/**
 * Page layout of extracted PDF text: rows rebuilt from item positions, running headers,
 * footers and page numbers dropped, two-column pages read column by column, lines joined into
 * paragraphs with hyphenation undone. Pure: pdf.js is read by read-pdf.ts.
 */
import { assemble, isCjk, type Line, median } from "./pdf-paragraphs.js";
import type { DocumentSource } from "./types.js";

export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  pieces: TextPiece[];
}

/** Pages of pieces → text, paragraph blocks and page starts. */
export function layoutPages(pages: PdfPage[]): Pick<DocumentSource, "text" | "blocks" | "pageStarts"> {
  const rowsByPage = pages.map((page) => groupRows(page.pieces));
  dropRunningLines(pages, rowsByPage);
  const lines = rowsByPage.flatMap((rows, i) => orderRows(rows, (pages[i] as PdfPage).width, i + 1));
  return assemble(lines, pages.length);
}

/** Pieces whose baselines are within half a font size of each other share a row. */
function groupRows(pieces: TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let rowY = Number.NaN;
  for (const piece of sorted) {
    if (
      current.length > 0 &&
      Math.abs(rowY - piece.y) > Math.min(piece.size, current[0]?.size ?? piece.size) / 2
    ) {
      rows.push(current);
      current = [];
    }
    if (current.length === 0) rowY = piece.y;
    current.push(piece);
  }
  if (current.length > 0) rows.push(current);
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

function rowText(pieces: TextPiece[]): string {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of pieces) {
    const gap = piece.x - end;
    const needsSpace = text !== "" && gap > piece.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece.text);
    text += (needsSpace && !(isCjk(text.at(-1)) && isCjk(piece.text[0])) ? " " : "") + piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, " ").trim();
}

const PAGE_NUMBER =
  /^[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[-–—\s]*$|^第\s*\d+\s*頁$|^-?\s*[ivxlc]{1,6}\s*-?$/i;
/** Running headers and footers live in the top and bottom margins, about 8% of the page height. */
const MARGIN_BAND = 0.08;
/** How far (points) a repeated header may drift between pages and still count as the same. */
const SAME_Y = 3;

/**
 * Running headers and footers: the same text (digits ignored, so "Page 3" matches "Page 4")
 * at the same height in the top or bottom margin of at least two thirds of the pages. Page
 * numbers in the margins go too, even on a one-page document.
 */
function dropRunningLines(pages: PdfPage[], rowsByPage: TextPiece[][][]): void {
  const marginKey = (row: TextPiece[], page: PdfPage): string | undefined => {
    const y = row[0]?.y ?? 0;
    const band =
      y > page.height * (1 - MARGIN_BAND) ? "top" : y < page.height * MARGIN_BAND ? "bottom" : undefined;
    return band && `${band}|${rowText(row).replace(/\d+/g, "#").toLowerCase()}`;
  };
  const seen = new Map<string, { page: number; y: number }[]>();
  rowsByPage.forEach((rows, page) => {
    for (const row of rows) {
      const key = marginKey(row, pages[page] as PdfPage);
      if (key !== undefined) seen.set(key, [...(seen.get(key) ?? []), { page, y: row[0]?.y ?? 0 }]);
    }
  });
  const needed = Math.max(2, Math.ceil((pages.length * 2) / 3));
  const repeats = (key: string): boolean => {
    const places = seen.get(key) ?? [];
    const y = median(places.map((place) => place.y));
    return (
      new Set(places.filter((place) => Math.abs(place.y - y) <= SAME_Y).map((place) => place.page)).size >=
      needed
    );
  };
  const lonePage = pages.length === 1 ? pages[0] : undefined;
  const bodySize = median(pages.flatMap((page) => page.pieces.map((piece) => piece.size)));
  rowsByPage.forEach((rows, page) => {
    rowsByPage[page] = rows.filter((row) => {
      const key = marginKey(row, pages[page] as PdfPage);
      if (key === undefined) return true;
      if (lonePage !== undefined && isHeaderNote(row, lonePage, bodySize)) return false;
      return !PAGE_NUMBER.test(rowText(row)) && !repeats(key);
    });
  });
}

/**
 * On a one-page document nothing repeats, but a running header still looks like one: a short
 * line in smaller type than the body, in the margin. (A disclaimer set there spans the page.)
 */
function isHeaderNote(row: TextPiece[], page: PdfPage, bodySize: number): boolean {
  return rowWidth(row) < page.width * 0.5 && median(row.map((piece) => piece.size)) < bodySize * 0.9;
}

/** Rows in reading order; on a two-column page the left column is read before the right. */
function orderRows(rows: TextPiece[][], pageWidth: number, page: number): Line[] {
  const gutter = findGutter(rows, pageWidth);
  const toLine = (pieces: TextPiece[]): Line => ({
    page,
    x: pieces[0]?.x ?? 0,
    y: pieces[0]?.y ?? 0,
    width: rowWidth(pieces),
    columnWidth: 0,
    size: median(pieces.map((p) => p.size)),
    bold: pieces.every((p) => p.bold),
    text: rowText(pieces),
  });
  if (gutter === undefined) return withColumnWidth(rows.map(toLine));
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const full: Line[] = [];
  const flush = (): void => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  const allLeft: Line[] = [];
  const allRight: Line[] = [];
  for (const row of rows) {
    if (row.some((p) => crosses(p, gutter))) {
      // A full-width row (title, a table across both columns) ends the column section.
      flush();
      const line = toLine(row);
      full.push(line);
      out.push(line);
      continue;
    }
    const l = row.filter((p) => p.x < gutter);
    const r = row.filter((p) => p.x >= gutter);
    if (l.length > 0) left.push(...withinColumn(allLeft, toLine(l)));
    if (r.length > 0) right.push(...withinColumn(allRight, toLine(r)));
  }
  flush();
  withColumnWidth(full);
  withColumnWidth(allLeft);
  withColumnWidth(allRight);
  return out;
}

function withinColumn(column: Line[], line: Line): [Line] {
  column.push(line);
  return [line];
}

function withColumnWidth(lines: Line[]): Line[] {
  const widest = Math.max(0, ...lines.map((l) => l.width));
  for (const line of lines) line.columnWidth = widest;
  return lines;
}

function rowWidth(pieces: TextPiece[]): number {
  const first = pieces[0];
  const last = pieces.at(-1);
  return first && last ? last.x + last.width - first.x : 0;
}

const crosses = (piece: TextPiece, x: number): boolean => piece.x < x - 1 && piece.x + piece.width > x + 1;

/**
 * A gutter is an x in the middle of the page that the column rows do not cross (full-width
 * titles and paragraphs above or below the columns may), with several rows of text on each side, and whose text on each side fills its half (a table's short label column
 * does not, so tables are not mistaken for columns).
 */
function findGutter(rows: TextPiece[][], pageWidth: number): number | undefined {
  if (rows.length < 6) return undefined;
  const crossing = (x: number): number => rows.filter((row) => row.some((p) => crosses(p, x))).length;
  let best: { start: number; end: number; count: number } | undefined;
  let run: { start: number; end: number; count: number } | undefined;
  for (let x = Math.round(pageWidth * 0.3); x <= pageWidth * 0.7; x++) {
    const count = crossing(x);
    if (run !== undefined && run.count === count && run.end === x - 1) run.end = x;
    else run = { start: x, end: x, count };
    if (
      best === undefined ||
      run.count < best.count ||
      (run.count === best.count && run.end - run.start > best.end - best.start)
    ) {
      best = { ...run };
    }
  }
  if (best === undefined || best.count > rows.length * 0.6 || best.end - best.start < 6) return undefined;
  const gutter = (best.start + best.end) / 2;
  const open = rows.filter((row) => !row.some((p) => crosses(p, gutter)));
  const sideWidths = (side: (p: TextPiece) => boolean): number[] =>
    open.flatMap((row) => {
      const part = row.filter(side);
      const first = part[0];
      const last = part.at(-1);
      return first && last ? [last.x + last.width - first.x] : [];
    });
  const leftWidths = sideWidths((p) => p.x < gutter);
  const rightWidths = sideWidths((p) => p.x >= gutter);
  if (sideBySide(open, gutter) < 3) return undefined;
  const leftEdge = Math.min(...open.flatMap((row) => row.map((p) => p.x)));
  const rightEdge = Math.max(...open.flatMap((row) => row.map((p) => p.x + p.width)));
  const fills =
    median(leftWidths) >= (gutter - leftEdge) * 0.5 && median(rightWidths) >= (rightEdge - gutter) * 0.5;
  return fills ? gutter : undefined;
}

/**
 * Rows of the left column that have right-column text beside them (on the same row, or within
 * about a line when the columns' baselines do not line up). A right-aligned signature below a
 * paragraph has none, so it is not mistaken for a second column.
 */
function sideBySide(rows: TextPiece[][], gutter: number): number {
  const leftYs = rows.filter((row) => row.some((p) => p.x < gutter)).map((row) => row[0] as TextPiece);
  const rightYs = rows.flatMap((row) => row.filter((p) => p.x >= gutter).slice(0, 1));
  return leftYs.filter((l) => rightYs.some((r) => Math.abs(r.y - l.y) <= l.size * 1.2)).length;
}
