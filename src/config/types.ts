/**
 * The project configuration (.disclint.yaml). schemas/config.schema.json is the authority on the
 * shape; these types mirror it.
 */
import type { Board, Regime, Severity } from "../rules/types.js";

export type RuleSetting = "off" | Severity;

export interface IssuerConfig {
  name?: string;
  /** 1 to 5 digits, kept as text so leading zeros survive. */
  stockCode?: string;
  shortName?: string;
  board?: Board;
  regimes?: Regime[];
}

export interface Config {
  /** Bundled pack names ("hkex") or paths to YAML packs, relative to the config file. */
  packs?: string[];
  issuer?: IssuerConfig;
  /** Per-rule severity override, or "off". */
  rules?: Record<string, RuleSetting>;
  /** Globs of files not to check. */
  ignore?: string[];
  /** The date rules are judged at (YYYY-MM-DD). */
  asOf?: string;
  documentKind?: string;
  /** The lowest finding severity that makes the run fail. */
  failOn?: Severity;
}
