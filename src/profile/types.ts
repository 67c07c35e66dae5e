/**
 * What we know about the issuer and the document, and where each fact came from, so the
 * report can say "18A: from the issuer registry (snapshot 2026-08-13)" and a rule that depends
 * on an unknown fact can say which config key would decide it.
 */
import type { Board, Regime } from "../domain/issuer.js";

/**
 * Where a fact came from, strongest first: the command line, the config, the issuer registry
 * (looked up by the stock code), the stock code's range (8001–8999 is GEM), a short name given
 * in the config, cues in the text. "example" is a rule example's profile; "default" is today.
 */
export type FactSource =
  | "cli"
  | "config"
  | "registry"
  | "stock-code"
  | "short-name"
  | "text"
  | "example"
  | "default";

export const FACT_SOURCES: readonly FactSource[] = [
  "cli",
  "config",
  "registry",
  "stock-code",
  "short-name",
  "text",
  "example",
  "default",
];

export interface Sourced<T> {
  value: T;
  source: FactSource;
  /** For facts read from the issuer registry: the date of its snapshot (YYYY-MM-DD). */
  snapshot?: string;
  /** How the fact was reached, when the source alone does not say ("02171 CARSGEN-B"). */
  detail?: string;
}

export interface Profile {
  name?: Sourced<string>;
  stockCode?: Sourced<string>;
  shortName?: Sourced<string>;
  board?: Sourced<Board>;
  /** Known regimes; an empty list means "none of the special regimes" (a fact, not a gap). */
  regimes?: Sourced<Regime[]>;
  /** The document's main kind (the most specific). */
  documentKind?: Sourced<string>;
  /** Every kind the document is, main kind first (an announcement may be of several). */
  documentKinds?: Sourced<string[]>;
  /** The date rules are judged at (YYYY-MM-DD). */
  asOf: Sourced<string>;
}
