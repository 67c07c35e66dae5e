/**
 * Shareholding tables: rows of share counts with their percentages ("Ms. Chan 40,000,000 5.00%
 * 40,000,000 4.55%", before and after an issue) above a total row that states the whole ("Total
 * 800,000,000 100.00% 880,000,000 100.00%"). Each row's percentage can then be recomputed from
 * its own count and the total of its column. Rows are lines of the ORIGINAL text, as in
 * tables.ts; a row whose pairs do not line up with the total row's (a nil column written "–")
 * is left out rather than paired by guess.
 */
import type { Document } from "../document/types.js";
import { decimalsOf, parseDecimal } from "./numbers.js";
import type { Located } from "./types.js";

export interface CountPercent extends Located {
  count: number;
  percent: number;
  decimals: number;
  /** The percentage as written ("4.66%"), for messages. */
  text: string;
}

export interface HoldingTable extends Located {
  rows: { pairs: CountPercent[] }[];
  total: { pairs: CountPercent[] };
}

/** A count of at least a thousand (with separators) and the percentage right after it. */
const PAIR = /(?<![\d,.])(\d{1,3}(?:,\d{3})+)\s*\(?\s*(\d{1,3}(?:\.\d+)?)\s?%\s*\)?/g;
const TOTAL_ROW = /^\s*(?:Total|TOTAL|總計|合計|總數|總額)(?![a-z])/;
const MAX_ROWS = 40;

interface Line {
  text: string;
  offset: number;
}

function pairsOf(document: Document, line: Line): CountPercent[] {
  const pairs: CountPercent[] = [];
  for (const match of line.text.matchAll(PAIR)) {
    const count = parseDecimal(match[1] ?? "");
    const digits = match[2] ?? "";
    const percent = parseDecimal(digits);
    if (count === undefined || percent === undefined) continue;
    pairs.push({
      count,
      percent,
      decimals: decimalsOf(digits),
      text: `${digits}%`,
      start: document.toNormalised(line.offset + match.index),
      end: document.toNormalised(line.offset + match.index + match[0].length),
    });
  }
  return pairs;
}

function linesOf(document: Document): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of document.original.split("\n")) {
    lines.push({ text, offset });
    offset += text.length + 1;
  }
  return lines;
}

/** Every table whose total row states 100% for each of its count columns. */
export function extractHoldingTables(document: Document): HoldingTable[] {
  const lines = linesOf(document);
  const found: HoldingTable[] = [];
  lines.forEach((line, index) => {
    if (!TOTAL_ROW.test(line.text)) return;
    const total = pairsOf(document, line);
    if (total.length === 0 || total.some((pair) => Math.abs(pair.percent - 100) > 0.5)) return;
    const rows: { pairs: CountPercent[] }[] = [];
    for (let i = index - 1; i >= 0 && index - i <= MAX_ROWS; i--) {
      const above = lines[i];
      if (!above || above.text.trim() === "") break;
      const pairs = pairsOf(document, above);
      if (pairs.length === total.length) rows.unshift({ pairs });
    }
    const first = rows[0]?.pairs[0];
    const last = total[total.length - 1];
    if (first && last) found.push({ start: first.start, end: last.end, rows, total: { pairs: total } });
  });
  return found;
}
