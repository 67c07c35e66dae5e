/**
 * `extractFacts(document)`: every fact the structured checks use, extracted once per document
 * (memoised per Document object) and shared by all rules. Pure and linear in the text length.
 */
import type { Document } from "../document/types.js";
import { extractDates } from "./dates.js";
import { extractDefinitions } from "./definitions.js";
import { extractBoard } from "./directors.js";
import { extractIssuerNames, extractProducts, extractStockCodes } from "./identity.js";
import { extractAmounts, extractPercentages, extractShareCounts } from "./quantities.js";
import { extractIssuedShares } from "./share-capital.js";
import { documentDateOf, extractSignature } from "./signature.js";
import type { Facts } from "./types.js";

const cache = new WeakMap<Document, Facts>();

function extract(document: Document): Facts {
  const text = document.normalised;
  const dates = extractDates(text);
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
    percentages: extractPercentages(text),
    shareCounts: extractShareCounts(text),
    issuedShares: extractIssuedShares(text),
    amounts: extractAmounts(text),
    definitions: extractDefinitions(document),
    products: extractProducts(text),
  };
}

export function extractFacts(document: Document): Facts {
  let facts = cache.get(document);
  if (!facts) {
    facts = extract(document);
    cache.set(document, facts);
  }
  return facts;
}
