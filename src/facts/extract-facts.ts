/**
 * `extractFacts(document)`: every fact the structured checks use, extracted once per document
 * (memoised per Document object) and shared by all rules. Pure and linear in the text length.
 * Given the memo of the document's previous version (the language server keeps one per open
 * draft), the facts read paragraph by paragraph are re-read only in the paragraphs that changed.
 */
import type { Document } from "../document/types.js";
import { extractDates } from "./dates.js";
import { extractDefinitions } from "./definitions.js";
import { extractBoard } from "./directors.js";
import { extractIssuerNames, extractProducts, extractStockCodes } from "./identity.js";
import { inlineDefinitions } from "./inline-definitions.js";
import {
  type ParagraphFactMemo,
  type ParagraphReader,
  paragraphsOf,
  readByParagraph,
} from "./paragraph-facts.js";
import { extractAmounts, extractPercentages, extractShareCounts } from "./quantities.js";
import { extractIssuedShares } from "./share-capital.js";
import { documentDateOf, extractSignature } from "./signature.js";
import type { Facts, Located } from "./types.js";

export { ParagraphFactMemo } from "./paragraph-facts.js";

const cache = new WeakMap<Document, Facts>();

/** The facts read paragraph by paragraph (paragraph-facts.ts): none of them spans a paragraph break. */
export const PARAGRAPH_READERS = {
  dates: extractDates,
  percentages: extractPercentages,
  shareCounts: extractShareCounts,
  issuedShares: extractIssuedShares,
  amounts: extractAmounts,
  inlineDefinitions,
  products: extractProducts,
} as const;

function extract(document: Document, memo: ParagraphFactMemo | undefined): Facts {
  const text = document.normalised;
  const paragraphs = paragraphsOf(document);
  const byParagraph = <F extends Located>(reader: ParagraphReader<F>): F[] =>
    readByParagraph(paragraphs, reader, memo);
  const dates = byParagraph(PARAGRAPH_READERS.dates);
  const signature = extractSignature(document, dates);
  const documentDate = documentDateOf(text, signature, dates);
  const board = extractBoard(text);
  return {
    issuerNames: extractIssuerNames(text, document.regions.top.end),
    stockCodes: extractStockCodes(document),
    ...(documentDate ? { documentDate } : {}),
    ...(signature ? { signature } : {}),
    ...(board ? { board } : {}),
    dates,
    percentages: byParagraph(PARAGRAPH_READERS.percentages),
    shareCounts: byParagraph(PARAGRAPH_READERS.shareCounts),
    issuedShares: byParagraph(PARAGRAPH_READERS.issuedShares),
    amounts: byParagraph(PARAGRAPH_READERS.amounts),
    definitions: extractDefinitions(document, byParagraph(PARAGRAPH_READERS.inlineDefinitions)),
    products: byParagraph(PARAGRAPH_READERS.products),
  };
}

export function extractFacts(document: Document, memo?: ParagraphFactMemo): Facts {
  let facts = cache.get(document);
  if (!facts) {
    facts = extract(document, memo);
    cache.set(document, facts);
  }
  return facts;
}
