/**
 * Rule packs as data: what a YAML pack holds once it has been parsed and validated.
 * The JSON Schema in schemas/rule-pack.schema.json is the authority on the shape;
 * these types mirror it.
 */

import type { Language } from "../document/types.js";
import type { Citation } from "../domain/citation.js";
import type { FindingKind } from "../domain/finding-kind.js";
import type { Board, Issuer, Regime } from "../domain/issuer.js";
import type { Severity } from "../domain/severity.js";

export interface AppliesTo {
  boards?: Board[];
  /** The rule applies only to issuers under at least one of these regimes. */
  regimes?: Regime[];
  /** Document kinds (see src/facts/document-kind.ts); absent = every kind. */
  documentKinds?: string[];
  /** Document kinds the rule never applies to. */
  exceptDocumentKinds?: string[];
  languages?: Language[];
  /** ISO dates (YYYY-MM-DD); a rule is in force on [from, until). */
  effective?: { from?: string; until?: string };
}

/** What an example states about its issuer and document, as a config would. */
export interface ExampleProfile extends Omit<Issuer, "shortName"> {
  documentKind?: string;
  /** The date the example is judged at, as --as-of gives it. */
  asOf?: string;
}

export interface ValidExample {
  text: string;
  /** The other language version, for rules that compare an English and a Chinese version. */
  pair?: string;
  profile?: ExampleProfile;
  note?: string;
}

export interface InvalidExample extends ValidExample {
  /** The finding kind this example must produce. */
  kind: FindingKind;
}

export interface Rule {
  id: string;
  title: string;
  severity: Severity;
  /** Template with {{placeholders}} filled from the finding's data. */
  message: string;
  description?: string;
  citation: Citation;
  /** Doubts, scope notes, what is not verified. */
  notes?: string;
  appliesTo?: AppliesTo;
  check: CheckSpec;
  examples: { valid: ValidExample[]; invalid: InvalidExample[] };
  /** Template for a suggested fix. */
  /** The text a fix inserts or replaces with, per language when the wording differs. */
  suggestion?: string | { en?: string; zh?: string };
}

/** The check kind and its options, as written in YAML; each kind validates its own options. */
export interface CheckSpec {
  kind: string;
  [option: string]: unknown;
}

export interface Pack {
  name: string;
  title: string;
  version: string;
  description?: string;
  rules: Rule[];
  /** The file the pack was read from (for messages). */
  file: string;
}
