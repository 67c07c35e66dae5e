/**
 * The cover: where Rule 13.51A wants the stock code ("on the cover page or, where there is no
 * cover page, the first page"). Usually that is page 1. An offering announcement, though, may
 * open with a page or two of legends (the disclaimer, "not for distribution in the United
 * States", stabilisation notices) and print the issuer's name, incorporation line and code on
 * the next page: that page, the first to carry the issuer's identity block, is the cover.
 *
 * Pages come from the reader (PDF) or from form feeds (pdftotext keeps one at each page break).
 * A text without page breaks (pasted from a PDF viewer) stands for its first page with its
 * first ~5,000 characters (about one dense A4 page) — reaching on to about a page after the
 * identity block (or the stock-code line) when everything before it is legends (no body has
 * begun).
 */
import { BODY_OPENER } from "./body-opener.js";
import { findIdentityBlock, type RegionInput } from "./regions.js";
import { findStockCodes, type StockCodeText } from "./stock-code.js";
import type { Region } from "./types.js";

/** About one dense A4 page of announcement text, for inputs that carry no page breaks. */
export const FIRST_PAGE_WITHOUT_BREAKS = 5000;
/** Legend pages before the cover: more than three would be a document, not a preamble. */
const MAX_COVER_PAGE = 4;
/** What may follow an identity block at the foot of its page: a page number ("– 1 –"). */
const PAGE_NUMBER = /^[\s\d()\-–—]*$/u;
/**
 * A cover without its code reaches this far into the next page for a code line ("(Stock Code:
 * 9876)", not a sentence) or its own table's value: a page break inside the identity block or
 * its table (an extractor's, a re-flowed PDF's) must not hide the code.
 */
const NEXT_PAGE_HEAD = 600;

type CoverInput = RegionInput & StockCodeText;

/**
 * The cover region in normalised offsets, given the normalised offsets where pages 2, 3, …
 * start and the first page (used when no page carries an identity block).
 */
export function findCover(input: CoverInput, pageStarts: readonly number[], firstPage: Region): Region {
  const pages = pagesOf(pageStarts, input.normalised.length);
  if (pages.length < 2) return unpagedCover(input, firstPage);
  for (const [index, page] of pages.slice(0, MAX_COVER_PAGE).entries()) {
    const next = pages[index + 1];
    const head = next ? Math.min(next.end, next.start + NEXT_PAGE_HEAD) : page.end;
    const block = findIdentityBlock(input, page.start, page.end);
    const codes = findStockCodes(input, { start: page.start, end: head });
    const labelled = codes.filter((mention) => mention.label.start < page.end);
    if (!block && labelled.length === 0) continue;
    const cover = index === 0 ? firstPage : page;
    if (codes.some((mention) => mention.start < page.end) || !next) return cover;
    // The code is not on the page: the block, or its table, may go on over the page break.
    if (block !== undefined && PAGE_NUMBER.test(input.normalised.slice(block.end, page.end)))
      return { ...cover, end: Math.max(cover.end, next.end) };
    const carried = codes.find((mention) => mention.label.start < page.end || mention.opensLine);
    return carried ? { ...cover, end: Math.max(cover.end, carried.end) } : cover;
  }
  return firstPage;
}

/** Legends, then the identity block past the first ~5,000 characters: the cover reaches it. */
function unpagedCover(input: CoverInput, firstPage: Region): Region {
  const length = input.normalised.length;
  const reach = { start: 0, end: Math.min(length, 2 * FIRST_PAGE_WITHOUT_BREAKS) };
  const starts = [
    findIdentityBlock(input, reach.start, reach.end)?.start,
    findStockCodes(input, reach)[0]?.label.start,
  ].filter((start) => start !== undefined);
  if (starts.length === 0) return firstPage;
  const identity = Math.min(...starts);
  if (BODY_OPENER.test(input.normalised.slice(0, identity))) return firstPage;
  return { start: 0, end: Math.max(firstPage.end, Math.min(length, identity + FIRST_PAGE_WITHOUT_BREAKS)) };
}

function pagesOf(pageStarts: readonly number[], length: number): Region[] {
  const starts = [0, ...pageStarts.filter((start) => start > 0 && start < length)];
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? length }));
}
