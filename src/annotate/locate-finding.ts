/**
 * Where a finding's comment goes: the finding's own characters when they can be told exactly in
 * the XML, else the whole paragraph (saying why), else nowhere. Offsets are in the reader's text,
 * whose blocks are the paragraphs joined by blank lines.
 */
import type { Block } from "../document/types.js";
import { type MatchedParagraph, pointsOf, type TextPoint } from "./match-paragraphs.js";
import type { NoteReference } from "./word-paragraphs.js";
import type { XmlElement } from "./xml-dom.js";

export type Anchor =
  | { kind: "exact"; part: string; start: TextPoint; end: TextPoint }
  | { kind: "paragraph"; part: string; first: XmlElement; last: XmlElement; reason: string }
  | { kind: "note"; part: string; reference: XmlElement; reason: string }
  | { kind: "unplaced"; reason: string };

export const REASONS = {
  missingBefore: "A statement is missing: it belongs just before this paragraph.",
  missingAfter: "A statement is missing: it belongs just after this paragraph.",
  missingWithin: "A statement is missing: it belongs in this paragraph.",
  point:
    "This finding is about the document rather than particular words: it is marked on the paragraph the check points to.",
  changed:
    "Placed on the whole paragraph: the exact words could not be located in the Word file (its reader renders them differently).",
  textBox:
    "Placed on the paragraph that holds the text box the words are in: comments are not anchored inside text boxes.",
  unmatched: "No paragraph of the Word file could be matched to the finding's text with certainty.",
  control:
    "The words are inside a content control or smart tag: this comment covers the whole of it, since not every word processor can start or end a comment inside one.",
  note: "The words are in a footnote or endnote: this comment marks its reference in the text (comments inside notes do not open in every word processor).",
};

export function locateFinding(
  range: { start: number; end: number; missing: boolean },
  blocks: readonly Block[],
  matches: readonly (MatchedParagraph | undefined)[],
): Anchor {
  const { start, end } = range;
  if (blocks.length === 0) return { kind: "unplaced", reason: REASONS.unmatched };
  const first = blockFrom(blocks, start);
  let last = blockUntil(blocks, end);
  if (end <= start || first === undefined || last === undefined || last < first) {
    const at = insertionBlock(blocks, start);
    const note = matches[at]?.paragraph.citedBy;
    if (note) return noteAnchor(note);
    return wholeParagraphs(
      at,
      at,
      matches,
      range.missing ? missingReason(blocks[at] as Block, start) : REASONS.point,
    );
  }
  const firstMatch = matches[first];
  const note = firstMatch?.paragraph.citedBy;
  if (note) return noteAnchor(note);
  // A range never leaves the part it starts in (the body, or a note).
  while (last > first && matches[last]?.paragraph.part !== firstMatch?.paragraph.part) last--;
  const lastMatch = matches[last];
  const firstBlock = blocks[first] as Block;
  const lastBlock = blocks[last] as Block;
  const from = Math.max(start, firstBlock.start) - firstBlock.start;
  const to = Math.min(end, lastBlock.end) - lastBlock.start;
  const startPoint = firstMatch && pointsOf(firstMatch, from, from + 1)?.start;
  const endPoint = lastMatch && pointsOf(lastMatch, to - 1, to)?.end;
  if (startPoint && endPoint && firstMatch) {
    return { kind: "exact", part: firstMatch.paragraph.part, start: startPoint, end: endPoint };
  }
  const inTextBox = [firstMatch, lastMatch].some((match) =>
    match?.paragraph.pieces.some((piece) => piece.boxed),
  );
  return wholeParagraphs(first, last, matches, inTextBox ? REASONS.textBox : REASONS.changed);
}

/** A finding in a note goes on the note's reference mark (or the text box holding the mark). */
function noteAnchor(reference: NoteReference): Anchor {
  if (!reference.boxed)
    return { kind: "note", part: reference.part, reference: reference.element, reason: REASONS.note };
  if (!reference.paragraph) return { kind: "unplaced", reason: REASONS.unmatched };
  const paragraph = reference.paragraph;
  return { kind: "paragraph", part: reference.part, first: paragraph, last: paragraph, reason: REASONS.note };
}

function wholeParagraphs(
  first: number,
  last: number,
  matches: readonly (MatchedParagraph | undefined)[],
  reason: string,
): Anchor {
  const from = matches[first]?.paragraph;
  const to = matches[last]?.paragraph;
  if (!from || !to || from.part !== to.part) return { kind: "unplaced", reason: REASONS.unmatched };
  return { kind: "paragraph", part: from.part, first: from.first, last: to.last, reason };
}

/** Where a missing statement goes relative to the paragraph its comment marks. */
function missingReason(block: Block, offset: number): string {
  if (offset <= block.start) return REASONS.missingBefore;
  if (offset >= block.end) return REASONS.missingAfter;
  return REASONS.missingWithin;
}

/** The block holding the character at `offset`, or the next block when it falls between two. */
function blockFrom(blocks: readonly Block[], offset: number): number | undefined {
  const index = blocks.findIndex((block) => offset < block.end);
  return index < 0 ? undefined : index;
}

/** The block holding the character before `end`, or the previous block when it falls between two. */
function blockUntil(blocks: readonly Block[], end: number): number | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) if ((blocks[i] as Block).start < end) return i;
  return undefined;
}

/**
 * The paragraph an insertion point belongs to: the one it touches (at its start, inside, or at its
 * end), else the next one, else the last.
 */
function insertionBlock(blocks: readonly Block[], offset: number): number {
  const index = blocks.findIndex((block) => offset <= block.end);
  return index < 0 ? blocks.length - 1 : index;
}
