/**
 * Groups rules by where their requirement comes from, read off the citation's source text:
 * "Main Board Listing Rule 13.51A" → Chapter 13, "GEM Listing Rule 2.18" → GEM Chapter 2,
 * market and drafting practice → Market practice. The first rule a source names decides,
 * because citations list the governing rule first and its counterparts after it.
 */
export const TAXONOMY_NAME = "HKEX Listing Rules";

export interface Taxon {
  id: string;
  name: string;
  /** Sort key: Main Board chapters, GEM chapters, then the other kinds of source. */
  order: number;
}

const PRACTICE: Taxon = { id: "practice", name: "Market practice", order: 2 };
const OTHERS: readonly [RegExp, Taxon][] = [
  [/Code on Takeovers/i, { id: "takeovers-code", name: "Takeovers Code", order: 3 }],
  [/Listing Decision|Guidance Letter|FAQ/i, { id: "hkex-guidance", name: "HKEX guidance", order: 4 }],
  [/Listing Rule/i, { id: "listing-rules", name: "Listing Rules (general)", order: 5 }],
];
const UNKNOWN: Taxon = { id: "other", name: "Other sources", order: 6 };

// "Main Board Listing Rule(s) 14A.68", "GEM Listing Rule 17.10", "GEM Rule 19.59": the chapter is before the dot.
const MAIN_BOARD = /Main Board Listing Rules? (\d{1,2}[A-Z]?)\.\d/;
const GEM = /GEM (?:Listing )?Rules? (\d{1,2}[A-Z]?)\.\d/;

export function taxonOf(source: string): Taxon {
  if (/^\s*(Market|Drafting) practice/i.test(source)) return PRACTICE;
  const mainBoard = MAIN_BOARD.exec(source);
  const gem = GEM.exec(source);
  if (mainBoard && (!gem || mainBoard.index < gem.index)) {
    return { id: `MB-${mainBoard[1]}`, name: `Chapter ${mainBoard[1]}`, order: 0 };
  }
  if (gem) return { id: `GEM-${gem[1]}`, name: `GEM Chapter ${gem[1]}`, order: 1 };
  for (const [pattern, taxon] of OTHERS) if (pattern.test(source)) return taxon;
  if (/practice/i.test(source)) return PRACTICE;
  return UNKNOWN;
}
