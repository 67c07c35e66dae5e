/**
 * The lines of a PDF's pages, in reading order, joined into paragraphs: a paragraph ends at a
 * short line, a larger gap or a change of style; a word split by a hyphen at a line end is
 * joined again unless the document spells it with the hyphen elsewhere, or both halves are words
 * the document uses on their own ("cell-associated"). Pure, like pdf-layout.ts.
 */
import { keepsHyphen, type Vocabulary, vocabularyOf } from "./line-end-hyphen.js";
import type { Block, DocumentSource } from "./types.js";

export interface Line {
  page: number;
  x: number;
  y: number;
  width: number;
  /** Width of the widest line in the same column of the page: a much shorter line ends a paragraph. */
  columnWidth: number;
  size: number;
  bold: boolean;
  text: string;
}

/** Lines → paragraphs joined by blank lines, with blocks and the offsets where pages start. */
export function assemble(
  lines: Line[],
  pageCount: number,
): Pick<DocumentSource, "text" | "blocks" | "pageStarts"> {
  const lineHeight = typicalLineHeight(lines);
  const bodySize = median(lines.map((l) => l.size));
  const words = vocabularyOf(lines.map((line) => line.text).join("\n"));
  const blocks: Block[] = [];
  const lineOffsets: number[] = [];
  let text = "";
  let block: { lines: Line[] } | undefined;
  const close = (): void => {
    if (block === undefined) return;
    const first = block.lines[0] as Line;
    const size = median(block.lines.map((l) => l.size));
    blocks.push({
      kind: size >= bodySize * 1.2 ? "heading" : "paragraph",
      index: blocks.length,
      start: lineOffsets[lineOffsets.length - block.lines.length] ?? 0,
      end: text.length,
      page: first.page,
      bold: block.lines.every((l) => l.bold),
      fontSize: Math.round(size * 2) / 2,
    });
    block = undefined;
  };
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (
      block !== undefined &&
      previous !== undefined &&
      startsParagraph(previous, line, block.lines, lineHeight)
    )
      close();
    if (block === undefined) {
      if (text !== "") text += "\n\n";
      block = { lines: [] };
    } else {
      text = joinLine(text, line.text, words);
      lineOffsets.push(text.length - line.text.length);
      block.lines.push(line);
      return;
    }
    lineOffsets.push(text.length);
    text += line.text;
    block.lines.push(line);
  });
  close();
  const pageStarts: number[] = [];
  for (let page = 2; page <= pageCount; page++) {
    const first = lines.findIndex((l) => l.page >= page);
    pageStarts.push(first < 0 ? text.length : (lineOffsets[first] ?? text.length));
  }
  return { text, blocks, pageStarts };
}

function startsParagraph(previous: Line, line: Line, current: Line[], lineHeight: number): boolean {
  // A line much shorter than its column ends a paragraph (last lines, signature and address lines).
  if (previous.width < previous.columnWidth * 0.6) return true;
  if (Math.abs(line.size - previous.size) > previous.size * 0.15 || line.bold !== previous.bold) return true;
  // Across a column or page break the paragraph goes on unless its sentence had ended.
  if (line.page !== previous.page || line.y >= previous.y) return /[.:;!?。：；！？」]$/.test(previous.text);
  if (previous.y - line.y > lineHeight * 1.5) return true;
  // An indented line starts a paragraph, unless the previous line opened it (hanging indent).
  return current.length > 1 && line.x > previous.x + line.size;
}

/** Longer than any word a line could end with. */
const TAIL_FOR_SPLIT_WORD = 80;

/** Joins a line to the paragraph so far, undoing end-of-line hyphenation. */
function joinLine(text: string, next: string, words: Vocabulary): string {
  // Only the paragraph's tail can hold the split word: matching the whole paragraph so far
  // would make joining its lines quadratic in its length.
  const split = /([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)-$/.exec(text.slice(-TAIL_FOR_SPLIT_WORD))?.[1];
  const head = /^[a-z][A-Za-z0-9]*/.exec(next)?.[0];
  if (split !== undefined && head !== undefined)
    return keepsHyphen(split, head, next[head.length] ?? "", words) ? text + next : text.slice(0, -1) + next;
  if (isCjk(text.at(-1)) && isCjk(next[0])) return text + next;
  return `${text} ${next}`;
}

/** The usual baseline-to-baseline distance: the median of plausible gaps between lines. */
function typicalLineHeight(lines: Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const gap = a.y - b.y;
    if (a.page === b.page && gap > b.size * 0.8 && gap < b.size * 3) gaps.push(gap);
  }
  return gaps.length > 0 ? median(gaps) : median(lines.map((l) => l.size)) * 1.2;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char);
}
