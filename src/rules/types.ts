/**
 * Rule packs as data: what a YAML pack holds once it has been parsed and validated.
 * The JSON Schema in schemas/rule-pack.schema.json is the authority on the shape;
 * these types mirror it.
 */
import type { Language } from "../document/types.js";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type FindingKind =
  | "missing"
  | "deviates"
  | "misplaced"
  | "forbidden"
  | "inconsistent"
  | "undetermined";

export type Board = "main" | "gem";
export type Regime = "18A" | "18C" | "8A" | "19A" | "19C";
export const REGIMES: readonly Regime[] = ["18A", "18C", "8A", "19A", "19C"];

/** Where a requirement comes from. */
export interface Citation {
  /** e.g. "Main Board Listing Rule 13.51A" or "Market practice". */
  source: string;
  url: string;
  /** true only when the provision's text was read and confirmed. */
  verified: boolean;
  /** The provision's own words, as read. */
  quote?: string;
  /** Which text of the rules was read (rulebook, language, version). */
  edition?: string;
  /** The date the provision as quoted took effect (YYYY-MM-DD). */
  effective?: string;
  /** What the rule rests on; without it, a verified citation is a Listing Rule, else practice. */
  basis?: CitationBasis;
}

export type CitationBasis = "listing-rule" | "guidance" | "practice";

/** What a rule rests on, said plainly for a reader. */
export function basisOf(citation: Citation): CitationBasis {
  return citation.basis ?? (citation.verified ? "listing-rule" : "practice");
}

export interface AppliesTo {
  boards?: Board[];
  /** The rule applies only to issuers under at least one of these regimes. */
  regimes?: Regime[];
  /** Document kinds (see src/profile/document-kind.ts); absent = every kind. */
  documentKinds?: string[];
  /** Document kinds the rule never applies to. */
  exceptDocumentKinds?: string[];
  languages?: Language[];
  /** ISO dates (YYYY-MM-DD); a rule is in force on [from, until). */
  effective?: { from?: string; until?: string };
}

/** Facts about the issuer an example (or the config) may set. */
export interface ExampleProfile {
  board?: Board;
  regimes?: Regime[];
  stockCode?: string;
  name?: string;
  documentKind?: string;
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
