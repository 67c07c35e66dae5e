/**
 * Builds the Document every check reads from what a reader decoded: the normalised text with
 * its source map, language, blocks, regions, and the position functions over the ORIGINAL.
 */
import { findBlocks } from "./blocks.js";
import { detectLanguage } from "./language.js";
import { createLineIndex, lastAtOrBefore } from "./line-index.js";
import { normalise } from "./normalise.js";
import { findRegions } from "./regions.js";
import { createSourceMap } from "./source-map.js";
import type { Block, Document, DocumentRegions, DocumentSource, Position } from "./types.js";

export function createDocument(source: DocumentSource): Document {
  const original = source.text;
  const normalised = normalise(original);
  const sourceMap = createSourceMap(normalised);
  const lines = createLineIndex(original);
  const blocks = source.blocks ?? findBlocks(original, source.format);
  const paragraphStarts = source.format === "docx" ? blocks.map((block) => block.start) : undefined;

  const position = (originalOffset: number): Position => {
    const offset = Math.max(0, Math.min(Math.trunc(originalOffset), original.length));
    const at: Position = { offset, ...lines.position(offset) };
    if (source.pageStarts) at.page = pageOf(source.pageStarts, offset);
    if (paragraphStarts && paragraphStarts.length > 0)
      at.paragraph = paragraphOf(blocks, paragraphStarts, offset);
    return at;
  };
  const { toOriginal, toNormalised } = sourceMap;

  return {
    path: source.path,
    format: source.format,
    original,
    normalised: normalised.text,
    language: source.language ?? detectLanguage(original),
    blocks,
    regions: withFirstPage(
      findRegions({ normalised: normalised.text, lines, toNormalised }),
      source,
      toNormalised,
      normalised.text.length,
    ),
    toOriginal,
    toNormalised,
    position,
    spanOf(normalisedStart, normalisedEnd) {
      const range = sourceMap.originalRange(normalisedStart, normalisedEnd);
      return { start: position(range.start), end: position(range.end) };
    },
  };
}

/** About one dense A4 page of announcement text, for inputs that carry no page breaks. */
const FIRST_PAGE_WITHOUT_BREAKS = 5000;

function withFirstPage(
  regions: Omit<DocumentRegions, "firstPage">,
  source: DocumentSource,
  toNormalised: (offset: number) => number,
  length: number,
): DocumentRegions {
  const formFeed = source.text.indexOf("\f");
  const pageBreak = source.pageStarts?.[0] ?? (formFeed >= 0 ? formFeed : undefined);
  const end = pageBreak === undefined ? Math.min(length, FIRST_PAGE_WITHOUT_BREAKS) : toNormalised(pageBreak);
  return { ...regions, firstPage: { start: 0, end: Math.max(end, regions.top.end) } };
}

/** Pages start at 1; pageStarts holds the offsets where pages 2, 3, … begin. */
function pageOf(pageStarts: readonly number[], offset: number): number {
  let before = 0;
  let hi = pageStarts.length;
  while (before < hi) {
    const mid = (before + hi) >> 1;
    if ((pageStarts[mid] ?? 0) <= offset) before = mid + 1;
    else hi = mid;
  }
  return before + 1;
}

/** The Word paragraph (1-based) that contains the offset, or the last one before it. */
function paragraphOf(blocks: readonly Block[], starts: readonly number[], offset: number): number {
  return (blocks[lastAtOrBefore(starts, offset)]?.index ?? 0) + 1;
}
