/**
 * Builds the Document every check reads from what a reader decoded: the normalised text with
 * its source map, language, blocks, regions, and the position functions over the ORIGINAL.
 */
import { findBlocks } from "./blocks.js";
import { FIRST_PAGE_WITHOUT_BREAKS, findCover } from "./cover.js";
import { directiveSyntax, findDirectiveComments } from "./directive-comments.js";
import { detectLanguage } from "./language.js";
import { createLineIndex, lastAtOrBefore } from "./line-index.js";
import { normalise } from "./normalise.js";
import { findRegions, type RegionInput } from "./regions.js";
import { createSourceMap } from "./source-map.js";
import type { StockCodeText } from "./stock-code.js";
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
    regions: withPages({ normalised: normalised.text, original, lines, toNormalised, toOriginal }, source),
    toOriginal,
    toNormalised,
    position,
    spanOf(normalisedStart, normalisedEnd) {
      const range = sourceMap.originalRange(normalisedStart, normalisedEnd);
      return { start: position(range.start), end: position(range.end) };
    },
    ...(source.decoded && { decoded: source.decoded }),
    directiveComments: source.directiveComments ?? commentsInText(source),
  };
}

/** Text and Markdown directives are written in the checked text itself. */
function commentsInText(source: DocumentSource) {
  const syntax = directiveSyntax(source.format);
  return syntax ? findDirectiveComments(source.text, syntax, true) : [];
}

/** The regions, with the first page and the cover, which need the page breaks. */
function withPages(input: RegionInput & StockCodeText, source: DocumentSource): DocumentRegions {
  const regions = findRegions(input);
  const pageStarts = (source.pageStarts ?? formFeeds(source.text)).map(input.toNormalised);
  const length = input.normalised.length;
  const end = pageStarts[0] === undefined ? Math.min(length, FIRST_PAGE_WITHOUT_BREAKS) : pageStarts[0];
  const firstPage = { start: 0, end: Math.max(end, regions.top.end) };
  return { ...regions, firstPage, cover: findCover(input, pageStarts, firstPage) };
}

/** Original offsets just after each form feed (pdftotext ends every page with one). */
function formFeeds(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf("\f"); at >= 0; at = text.indexOf("\f", at + 1)) starts.push(at + 1);
  return starts;
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
