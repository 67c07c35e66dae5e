/**
 * What we know about the issuer and the document, and where each fact came from, so the
 * report can say "18A: from the stock short name" and a rule that depends on an unknown fact
 * can say which config key would decide it.
 */
import type { Board, Regime } from "../rules/types.js";

export type FactSource = "config" | "cli" | "short-name" | "text" | "example" | "default";

export interface Sourced<T> {
  value: T;
  source: FactSource;
}

export interface Profile {
  name?: Sourced<string>;
  stockCode?: Sourced<string>;
  shortName?: Sourced<string>;
  board?: Sourced<Board>;
  /** Known regimes. A regime absent from the list is "not this regime" only when `regimesKnown`. */
  regimes?: Sourced<Regime[]>;
  documentKind?: Sourced<string>;
  /** The date rules are judged at (YYYY-MM-DD). */
  asOf: Sourced<string>;
}
