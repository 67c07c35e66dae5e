/**
 * Pairs the reader's blocks with the Word paragraphs they came from, and maps a block's offsets
 * onto the paragraph's XML. The walk in word-paragraphs.ts mirrors the reader, so the two lists
 * normally agree text for text; where they do not (an element the reader renders differently),
 * a block is paired only when its neighbours pin it down, and only the characters its text shares
 * with the paragraph's at the start or the end are mapped exactly.
 */
import { diffArrays } from "diff";
import type { TextPiece, WordParagraph } from "./word-paragraphs.js";

export interface MatchedParagraph {
  paragraph: WordParagraph;
  /** The reader's text for the block. */
  text: string;
  /** The block's text equals the paragraph's, character for character. */
  identical: boolean;
}

/** For each block (by index), its paragraph, or undefined when none can be told with certainty. */
export function matchParagraphs(
  blockTexts: readonly string[],
  paragraphs: readonly WordParagraph[],
): (MatchedParagraph | undefined)[] {
  const matched: (MatchedParagraph | undefined)[] = blockTexts.map(() => undefined);
  const changes = diffArrays(
    [...blockTexts],
    paragraphs.map((paragraph) => paragraph.text),
  );
  let block = 0;
  let paragraph = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (change === undefined) break;
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      for (let k = 0; k < count; k++) pair(matched, blockTexts, paragraphs, block++, paragraph++, true);
      continue;
    }
    const next = changes[i + 1];
    const nextCount = next ? (next.count ?? next.value.length) : 0;
    // A run of changed blocks facing a run of as many changed paragraphs, between agreeing
    // neighbours: the i-th of one is the i-th of the other.
    if (next && change.removed && next.added && nextCount === count) {
      for (let k = 0; k < count; k++) pair(matched, blockTexts, paragraphs, block++, paragraph++, false);
      i++;
      continue;
    }
    if (next && change.added && next.removed && nextCount === count) {
      for (let k = 0; k < count; k++) pair(matched, blockTexts, paragraphs, block++, paragraph++, false);
      i++;
      continue;
    }
    if (change.removed) block += count;
    else paragraph += count;
  }
  return matched;
}

function pair(
  matched: (MatchedParagraph | undefined)[],
  blockTexts: readonly string[],
  paragraphs: readonly WordParagraph[],
  block: number,
  paragraph: number,
  identical: boolean,
): void {
  const found = paragraphs[paragraph];
  const text = blockTexts[block];
  if (found === undefined || text === undefined) return;
  const same = identical && text === found.text;
  // Neighbours pin a pair down only if the two texts also agree for the most part.
  if (!same && 2 * sharedEnds(text, found.text) < Math.max(text.length, found.text.length)) return;
  matched[block] = { paragraph: found, text, identical: same };
}

/** How many characters two texts share at their start and at their end (without overlap). */
function sharedEnds(a: string, b: string): number {
  const { prefix, suffix } = commonEnds(a, b);
  return prefix + suffix;
}

function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  const room = Math.min(a.length, b.length) - prefix;
  while (suffix < room && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/** A place between two characters of a paragraph, in terms of the element holding the text. */
export interface TextPoint {
  piece: TextPiece;
  /** Offset inside the piece's text (0..length). */
  offset: number;
}

/**
 * The XML points bounding characters [start, end) of a block (end > start), or undefined when
 * they cannot be told exactly: the characters differ from the paragraph's, or lie in a text box.
 */
export function pointsOf(
  match: MatchedParagraph,
  start: number,
  end: number,
): { start: TextPoint; end: TextPoint } | undefined {
  const first = paragraphIndex(match, start);
  const last = paragraphIndex(match, end - 1);
  if (first === undefined || last === undefined || last < first) return undefined;
  const from = pieceAt(match.paragraph.pieces, first);
  const to = pieceAt(match.paragraph.pieces, last);
  if (!from || !to || from.piece.boxed || to.piece.boxed) return undefined;
  if (from.piece.uncertain || to.piece.uncertain) return undefined;
  return { start: from, end: { piece: to.piece, offset: to.offset + 1 } };
}

/** The paragraph character a block character is, when that is certain. */
function paragraphIndex(match: MatchedParagraph, index: number): number | undefined {
  const blockText = match.text;
  const wordText = match.paragraph.text;
  if (index < 0 || index >= blockText.length) return undefined;
  if (match.identical) return index;
  const { prefix, suffix } = commonEnds(blockText, wordText);
  if (index < prefix) return index;
  if (index >= blockText.length - suffix) return index - blockText.length + wordText.length;
  return undefined;
}

function pieceAt(pieces: readonly TextPiece[], index: number): TextPoint | undefined {
  let at = 0;
  for (const piece of pieces) {
    if (index < at + piece.text.length) return { piece, offset: index - at };
    at += piece.text.length;
  }
  return undefined;
}
