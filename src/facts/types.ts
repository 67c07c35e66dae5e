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
  /** The paragraph or its note says the director resigns or retires with effect from a later date. */
  leaving?: boolean;
}

/** Why a board paragraph was not read whole. */
export type BoardDoubtKind =
  /** No full stop: an excerpt or an extraction cut ends the paragraph. */
  | "cut-off"
  /** Text that looks like a name but could not be read as one. */
  | "unread-text"
  /** A category phrase ("as non-executive Directors") with no name read for it. */
  | "empty-category"
  /** "three executive Directors, namely …" with another number of names. */
  | "category-count"
  /** "comprises nine Directors" with another number of names. */
  | "stated-total"
  /** Directors marked as resigning or retiring later: the count depends on the date. */
  | "leaving";

export interface BoardDoubt extends Located {
  kind: BoardDoubtKind;
  /** What was not read, in words for a message. */
  detail: string;
  /** For "stated-total" and "category-count": the number stated and the number of names read. */
  stated?: number;
  read?: number;
  /** For "category-count": the category the stated number is about. */
  category?: DirectorCategory;
}

export interface BoardFact extends Located {
  directors: DirectorFact[];
  /** "comprises nine Directors". */
  statedTotal?: NumberFact;
  /** The paragraph stops without a full stop (an excerpt or an extraction cut): counts are partial. */
  truncated: boolean;
  /** The paragraph says which directors are executive, non-executive or independent. */
  categorised: boolean;
  /**
   * How sure the counts are: "whole" when every part of the paragraph was read into a named
   * director of a stated category; "partial" when `doubts` says what was not.
   */
  reading: "whole" | "partial";
  doubts: BoardDoubt[];
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
