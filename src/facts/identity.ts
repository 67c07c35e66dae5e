/**
 * Who the document is about: the issuer's English and Chinese names, stock codes, and the
 * product names and codes it mentions (drug candidates such as "LHB-101", marks such as "Lumaxin®").
 */
import { findStockCodes } from "../document/stock-code.js";
import type { Document } from "../document/types.js";
import { matchesOf } from "./matches.js";
import type { TextFact } from "./types.js";

/** Names in the HKEX disclaimer, which precede the issuer's name at the top. */
const EXCHANGE_NAMES =
  /^(?:Hong Kong Exchanges and Clearing Limited|The Stock Exchange of Hong Kong Limited|Hong Kong Securities Clearing Company Limited|香港交易及結算所有限公司|香港聯合交易所有限公司|香港中央結算有限公司)$/i;
const ENGLISH_NAME =
  /\b(?:[A-Z][A-Za-z0-9&'.-]*\s+){1,8}(?:Holdings\s+)?(?:Limited|LIMITED|Ltd\.|Inc\.|INC\.|Corporation|CORPORATION|plc|PLC|Co\.,\s+Ltd\.)/g;
const CHINESE_NAME = /[\p{Script=Han}()（）]{2,30}?(?:股份有限公司|有限公司)/gu;

function firstName(text: string, pattern: RegExp): TextFact | undefined {
  for (const match of matchesOf(pattern, text)) {
    const value = match[0].trim().replace(/^(?:The\s+)/, "");
    if (EXCHANGE_NAMES.test(value)) continue;
    const start = match.index + match[0].indexOf(value);
    return { start, end: start + value.length, value };
  }
  return undefined;
}

const EXCHANGE_NAMES_ANYWHERE =
  /Hong Kong Exchanges and Clearing Limited|The Stock Exchange of Hong Kong Limited|Hong Kong Securities Clearing Company Limited|香港交易及結算所有限公司|香港聯合交易所有限公司|香港中央結算有限公司/gi;

export function extractIssuerNames(text: string, topEnd: number): { en?: TextFact; zh?: TextFact } {
  // Blank out the exchanges' names (same length, so offsets stay) before looking for the issuer.
  const top = text.slice(0, topEnd).replace(EXCHANGE_NAMES_ANYWHERE, (name) => " ".repeat(name.length));
  const en = firstName(top, ENGLISH_NAME);
  const zh = firstName(top, CHINESE_NAME);
  return { ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
}

/** Every stated stock code, read by the one stock-code reader the rules and the profile use. */
export function extractStockCodes(document: Document): TextFact[] {
  return findStockCodes(document).flatMap((mention) =>
    mention.codes.map((code) => ({ start: code.start, end: code.end, value: code.code })),
  );
}

const PRODUCT_CODE = /(?<![$\w-])[A-Z]{2,6}-?\d{2,5}[A-Z]?\b/g;
const MARKED_NAME = /\b([A-Z][A-Za-z0-9-]{2,30})\s?[®™]/g;
const NOT_PRODUCTS = /^(?:COVID-?19|SARS-?CoV-?2|ISO\d+|HK\d+|GMT\d+|UTC\d+|IFRS\d+|HKFRS\d+)$/i;

export function extractProducts(text: string): TextFact[] {
  const found: TextFact[] = [];
  for (const match of matchesOf(PRODUCT_CODE, text)) {
    if (NOT_PRODUCTS.test(match[0])) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  for (const match of matchesOf(MARKED_NAME, text)) {
    const name = match[1] ?? "";
    found.push({ start: match.index, end: match.index + name.length, value: name });
  }
  return found.sort((a, b) => a.start - b.start);
}
