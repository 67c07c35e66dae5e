/**
 * Facts: what a document states, extracted once and shared by the structured checks and the
 * `--facts` report. Every fact carries NORMALISED offsets [start, end) so a finding points at
 * the place it came from. Facts are plain data (JSON-serialisable).
 */

/** A stretch of the normalised text. */
export interface Located {
  start: number;
  end: number;
}

export interface TextFact extends Located {
  value: string;
}

export interface NumberFact extends Located {
  value: number;
}

export interface DateFact extends Located {
  /** YYYY-MM-DD. */
  iso: string;
  text: string;
  /** The weekday written beside the date, 0 = Sunday … 6 = Saturday. */
  weekday?: { index: number; text: string; start: number; end: number };
}

export type DirectorCategory =
  | "executive"
  | "non-executive"
  | "independent non-executive"
  | "employee representative"
  | "unknown";

export const DIRECTOR_CATEGORIES: readonly DirectorCategory[] = [
  "executive",
  "non-executive",
  "independent non-executive",
  "employee representative",
  "unknown",
];

export type Gender = "male" | "female" | "unknown";

export interface DirectorFact extends Located {
  /** The name as written, without honorific and role annotations. */
  name: string;
  honorific?: string;
  gender: Gender;
  category: DirectorCategory;
  /** "proposed independent non-executive Director" (pre-listing documents). */
  proposed: boolean;
  /** Annotations such as "Chairman" found in parentheses after the name. */
  roles: string[];
}

export interface BoardFact extends Located {
  directors: DirectorFact[];
  /** "comprises nine Directors". */
  statedTotal?: NumberFact;
  /** The paragraph stops without a full stop (an excerpt or an extraction cut): counts are partial. */
  truncated: boolean;
}

export interface SignatureFact extends Located {
  signatory?: TextFact;
  /** What follows (English) or precedes (Chinese) the name: "Chairman", 「公司秘書」. */
  title?: TextFact;
  place?: TextFact;
  date?: DateFact;
}

export interface PercentageFact extends Located {
  value: number;
  /** Decimals as written ("78.6%" → 1). */
  decimals: number;
  text: string;
  /** "78.6% (11/14)", "11/14 (78.6%)", "11 out of 14 … (78.6%)". */
  fraction?: { numerator: number; denominator: number; start: number; end: number };
}

export interface ShareCountFact extends Located {
  count: number;
  text: string;
}

export interface AmountFact extends Located {
  /** ISO-like code: HKD, RMB, USD, EUR, GBP, JPY, SGD, … */
  currency: string;
  value: number;
  text: string;
}

/** "the total number of issued Shares is 1,000,000,000" (treasury shares as stated). */
export interface IssuedSharesFact extends Located {
  count: number;
  /** When the statement says how many are treasury shares, or that the count excludes them. */
  excludingTreasury?: number;
  shareClass?: string;
  /** The point in time the count is stated at ("the latest practicable date"), lower-cased. */
  asAt?: string;
}

export type DefinitionSource = "glossary" | "inline";

export interface DefinitionFact extends Located {
  term: string;
  source: DefinitionSource;
  /** The whole entry (glossary entry with its meaning, or the parenthesis). */
  entry: Located;
  /** Alternatives defined in the same breath: `"FDA" or "U.S. FDA"`. */
  aliases?: string[];
  /** A glossary term whose closing quote was lost in extraction (`"regenerative medicine<TAB>…`). */
  truncated?: boolean;
}

export interface Facts {
  issuerNames: { en?: TextFact; zh?: TextFact };
  stockCodes: TextFact[];
  /** The signature date, else the first full date in the top region. */
  documentDate?: DateFact;
  signature?: SignatureFact;
  board?: BoardFact;
  dates: DateFact[];
  percentages: PercentageFact[];
  shareCounts: ShareCountFact[];
  issuedShares: IssuedSharesFact[];
  amounts: AmountFact[];
  definitions: DefinitionFact[];
  products: TextFact[];
}
