/**
 * Parity of the English and Chinese versions of one announcement: the same stock code,
 * document date, percentages, amounts, share counts, dates and directors per category. Each
 * difference points at both places (normalised offsets in each document); a value present in
 * one version only is paired with the other version's unmatched value of the same aspect, in order.
 */
import type { Document } from "../document/types.js";
import { countByCategory } from "./directors.js";
import type { DirectorCategory, Facts, Located } from "./types.js";

export type ParityAspect =
  | "stock-code"
  | "document-date"
  | "percentage"
  | "amount"
  | "share-count"
  | "date"
  | "director-count";

export interface ParityPlace extends Located {
  value: string;
}

export interface ParityDifference {
  aspect: ParityAspect;
  en?: ParityPlace;
  zh?: ParityPlace;
  message: string;
}

interface Keyed extends Located {
  key: string;
}

const ASPECT_NAMES: Record<ParityAspect, string> = {
  "stock-code": "stock code",
  "document-date": "document date",
  percentage: "percentage",
  amount: "amount",
  "share-count": "share count",
  date: "date",
  "director-count": "number of directors",
};

function place(item: Keyed | undefined): ParityPlace | undefined {
  return item ? { start: item.start, end: item.end, value: item.key } : undefined;
}

function describe(aspect: ParityAspect, en: Keyed | undefined, zh: Keyed | undefined): string {
  const name = ASPECT_NAMES[aspect];
  if (en && zh) return `The ${name} differs: ${en.key} in English, ${zh.key} in Chinese.`;
  if (en) return `The ${name} ${en.key} appears in the English version only.`;
  return `The ${name} ${zh?.key ?? ""} appears in the Chinese version only.`;
}

/**
 * Values the other version never states. A value stated twice in one version and once in the
 * other (a table and the text, a summary and the body) is the same fact, not a difference.
 */
function unmatched(mine: Keyed[], theirs: Keyed[]): Keyed[] {
  const stated = new Set(theirs.map((item) => item.key));
  return mine.filter((item) => !stated.has(item.key));
}

function compare(aspect: ParityAspect, en: Keyed[], zh: Keyed[]): ParityDifference[] {
  const onlyEn = unmatched(en, zh);
  const onlyZh = unmatched(zh, en);
  const differences: ParityDifference[] = [];
  for (let i = 0; i < Math.max(onlyEn.length, onlyZh.length); i++) {
    const a = onlyEn[i];
    const b = onlyZh[i];
    const difference: ParityDifference = { aspect, message: describe(aspect, a, b) };
    const enPlace = place(a);
    const zhPlace = place(b);
    if (enPlace) difference.en = enPlace;
    if (zhPlace) difference.zh = zhPlace;
    differences.push(difference);
  }
  return differences;
}

function number(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

function directorCounts(facts: Facts): Keyed[] {
  const board = facts.board;
  // Counts from a paragraph not read whole would report a difference the versions may not have.
  if (board?.reading !== "whole") return [];
  const counts = countByCategory(board);
  return (Object.keys(counts) as DirectorCategory[])
    .filter((category) => counts[category] > 0)
    .map((category) => ({ start: board.start, end: board.end, key: `${counts[category]} ${category}` }));
}

export function compareParity(
  _en: Document,
  _zh: Document,
  factsEn: Facts,
  factsZh: Facts,
): ParityDifference[] {
  const keyed = (facts: Facts) => ({
    "stock-code": facts.stockCodes.map((code) => ({ ...code, key: code.value })).slice(0, 1),
    "document-date": facts.documentDate ? [{ ...facts.documentDate, key: facts.documentDate.iso }] : [],
    percentage: facts.percentages.map((p) => ({ start: p.start, end: p.end, key: `${number(p.value)}%` })),
    amount: facts.amounts.map((a) => ({
      start: a.start,
      end: a.end,
      key: `${a.currency} ${number(a.value)}`,
    })),
    "share-count": facts.shareCounts.map((s) => ({ start: s.start, end: s.end, key: number(s.count) })),
    date: facts.dates.map((d) => ({ start: d.start, end: d.end, key: d.iso })),
    "director-count": directorCounts(facts),
  });
  const en = keyed(factsEn);
  const zh = keyed(factsZh);
  const aspects = Object.keys(en) as ParityAspect[];
  return aspects.flatMap((aspect) => compare(aspect, en[aspect], zh[aspect]));
}
