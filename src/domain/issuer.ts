/**
 * What a user may state about an issuer — in .disclint.yaml, on the command line or in a rule
 * example's profile — in one shape. The profile turns these statements, the issuer registry and
 * the text into sourced facts (src/profile/).
 */
export type Board = "main" | "gem";
export type Regime = "18A" | "18C" | "8A" | "19A" | "19C";
export const REGIMES: readonly Regime[] = ["18A", "18C", "8A", "19A", "19C"];

export interface Issuer {
  name?: string;
  /** 1 to 5 digits, kept as text so leading zeros survive. */
  stockCode?: string;
  shortName?: string;
  board?: Board;
  /** The special regimes; an empty list means "none of them" (a fact, not a gap). */
  regimes?: Regime[];
}

/** What one source (the command line, a config, a rule example) states about a document. */
export interface ProfileSettings {
  issuer?: Issuer;
  /** The date rules are judged at (YYYY-MM-DD). */
  asOf?: string;
  documentKind?: string;
}
