/**
 * Paragraphs and headings of a plain-text or Markdown document, in ORIGINAL offsets. Readers
 * that know their blocks (Word paragraphs, PDF lines grouped by layout) pass them in instead.
 *
 * Text extracted from PDFs rarely has blank lines between paragraphs, so a heading line also
 * closes the paragraph before it: the title block of an announcement comes out as headings.
 */
import { isHan } from "./char-classes.js";
import { createLineIndex } from "./line-index.js";
import type { Block, DocumentFormat } from "./types.js";

const MAX_HEADING_LENGTH = 120;
/** Chinese lines from PDFs wrap at ~40 characters, so only short standalone lines are headings. */
const MAX_CHINESE_HEADING_LENGTH = 25;
const MARKDOWN_HEADING = /^ {0,3}#{1,6}(?:\s|$)/u;
const TERMINAL_PUNCTUATION = /[.。;；:：,，!！?？]$/u;
const CHINESE_CLAUSE_PUNCTUATION = /[，,。；;]/u;

export function findBlocks(text: string, format: DocumentFormat): Block[] {
  const lines = createLineIndex(text);
  const blocks: Block[] = [];
  let paragraph: { start: number; end: number } | undefined;
  // A Chinese heading must start a unit: first line, after a blank line, a heading or a sentence end.
  let startsUnit = true;
  const close = () => {
    if (paragraph) blocks.push({ kind: "paragraph", index: blocks.length, ...paragraph });
    paragraph = undefined;
  };
  lines.lineStarts.forEach((lineStart, i) => {
    const raw = text.slice(lineStart, lines.lineEnds[i] ?? text.length);
    const content = raw.trim();
    if (content === "") {
      close();
      startsUnit = true;
      return;
    }
    const start = lineStart + raw.indexOf(content);
    const end = start + content.length;
    const heading = isHeadingLine(content, startsUnit, format);
    if (heading) {
      close();
      blocks.push({ kind: "heading", index: blocks.length, start, end });
    } else if (paragraph) paragraph.end = end;
    else paragraph = { start, end };
    startsUnit = heading || TERMINAL_PUNCTUATION.test(content);
  });
  close();
  return blocks;
}

/** `line` is trimmed; `startsUnit` says whether it can begin a new block (see findBlocks). */
export function isHeadingLine(line: string, startsUnit: boolean, format: DocumentFormat): boolean {
  if (format === "markdown") return MARKDOWN_HEADING.test(line);
  if (line.length > MAX_HEADING_LENGTH || TERMINAL_PUNCTUATION.test(line)) return false;
  let upper = 0;
  let lower = 0;
  let han = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x41 && cp <= 0x5a) upper++;
    else if (cp >= 0x61 && cp <= 0x7a) lower++;
    else if (isHan(cp)) han++;
  }
  if (upper + lower >= 2 && han <= upper + lower) return upper >= 0.7 * (upper + lower);
  return (
    han >= 2 &&
    line.length <= MAX_CHINESE_HEADING_LENGTH &&
    !CHINESE_CLAUSE_PUNCTUATION.test(line) &&
    startsUnit
  );
}
