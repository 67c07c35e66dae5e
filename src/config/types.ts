/**
 * The project configuration (.disclint.yaml). schemas/config.schema.json is the authority on the
 * shape; these types mirror it.
 */
import type { ProfileSettings } from "../domain/issuer.js";
import type { Severity } from "../domain/severity.js";

export type RuleSetting = "off" | Severity;

/** The issuer, the as-of date and the document kind (ProfileSettings), plus what to run. */
export interface Config extends ProfileSettings {
  /** Bundled pack names ("hkex") or paths to YAML packs, relative to the config file. */
  packs?: string[];
  /** Per-rule severity override, or "off". */
  rules?: Record<string, RuleSetting>;
  /** Globs of files not to check. */
  ignore?: string[];
  /** The lowest finding severity that makes the run fail. */
  failOn?: Severity;
}
