/**
 * Percentage columns of tables with a total row ("Total … 100.00%", 「總計 … 100%」). Rows are
 * lines of the ORIGINAL text (the normalised text has no line breaks); a table is the run of
 * lines carrying a percentage directly above the total row.
 */
import type { Document } from "../document/types.js";
import { decimalsOf, parseDecimal } from "./numbers.js";
import type { Located } from "./types.js";

export interface PercentageTable extends Located {
  rows: { value: number; decimals: number; start: number; end: number }[];
  total: { value: number; decimals: number; start: number; end: number };
}

const LAST_PERCENT = /(\d{1,3}(?:\.\d+)?)\s?%(?!.*\d\s?%)/;
const TOTAL_ROW = /^\s*(?:Total|TOTAL|總計|合計|總數|總額)(?![a-z])/;
const MAX_ROWS = 40;

interface Line {
  text: string;
  offset: number;
}

function percentOf(document: Document, line: Line) {
  const match = LAST_PERCENT.exec(line.text);
  const digits = match?.[1];
  const value = digits === undefined ? undefined : parseDecimal(digits);
  if (!match || digits === undefined || value === undefined) return undefined;
  const start = document.toNormalised(line.offset + match.index);
  const end = document.toNormalised(line.offset + match.index + match[0].length);
  return { value, decimals: decimalsOf(digits), start, end };
}

export function extractPercentageTables(document: Document): PercentageTable[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of document.original.split("\n")) {
    lines.push({ text, offset });
    offset += text.length + 1;
  }
  const found: PercentageTable[] = [];
  lines.forEach((line, index) => {
    if (!TOTAL_ROW.test(line.text)) return;
    const total = percentOf(document, line);
    if (!total || total.value < 99 || total.value > 101) return;
    const rows = [];
    for (let i = index - 1; i >= 0 && index - i <= MAX_ROWS; i--) {
      const above = lines[i];
      if (!above || above.text.trim() === "") break;
      const row = percentOf(document, above);
      if (row) rows.unshift(row);
    }
    const first = rows[0];
    if (rows.length >= 2 && first) found.push({ start: first.start, end: total.end, rows, total });
  });
  return found;
}
