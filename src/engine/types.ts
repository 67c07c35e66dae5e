/**
 * What the engine hands to reporters: findings with exact spans, per file, plus a summary.
 * schemas/report.schema.json describes the JSON form of the same objects.
 */
import type { DiffPart } from "../checks/types.js";
import type { DocumentFormat, Language, Span } from "../document/types.js";
import type { Citation } from "../domain/citation.js";
import type { FindingKind } from "../domain/finding-kind.js";
import type { Severity } from "../domain/severity.js";
import type { FactSource } from "../profile/types.js";

export interface Suggestion {
  /** Human-readable description of the fix. */
  message: string;
  /** Span in the original text to replace (zero-length = insertion). */
  span: Span;
  /** Replacement text. */
  text: string;
}

export interface RelatedLocation {
  span: Span;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  kind: FindingKind;
  message: string;
  span: Span;
  citation: Citation;
  expected?: string;
  actual?: string;
  diff?: DiffPart[];
  suggestion?: Suggestion;
  related?: RelatedLocation[];
  /** Set when a directive or baseline suppressed the finding (still reported, not counted). */
  suppressed?: { kind: "directive" | "baseline"; justification: string };
}

/** An input the tool could not check (unreadable, bad encoding, …). */
export interface FileError {
  code: string;
  message: string;
  line?: number;
  column?: number;
}

export interface ProfileFact {
  value: string | string[];
  source: FactSource;
  /** For facts read from the issuer registry: its snapshot date (YYYY-MM-DD). */
  snapshot?: string;
  /** How the fact was reached ("02171 CARSGEN-B", "on the cover: …"). */
  detail?: string;
}

/** One applicable requirement's outcome, for sign-off checklists. */
export interface ChecklistEntry {
  ruleId: string;
  title: string;
  severity: Severity;
  status: "pass" | "fail" | "not-applicable" | "needs-review";
  /** Why the rule does not apply, or what would decide it. */
  reason?: string;
  /** Where the statement or value was found (passes and fails). */
  evidence?: Span[];
  citation: Citation;
}

export interface FileResult {
  path: string;
  format?: DocumentFormat;
  language?: Language;
  profile: Record<string, ProfileFact>;
  findings: Finding[];
  errors: FileError[];
  /** Rules that ran and did not apply, with the reason (checklist material). */
  notApplicable?: { ruleId: string; reason: string }[];
  /** Findings beyond the first MAX_FINDINGS_PER_RULE of a rule, counted but not listed. */
  omitted?: { ruleId: string; count: number }[];
  /** Every rule's outcome (when asked for: checklist and HTML reports). */
  checklist?: ChecklistEntry[];
  /** Facts extracted from the document (--facts), in normalised offsets. */
  facts?: Record<string, unknown>;
  /** The text that was checked, kept only for reporters that show it (stylish code frames). */
  checkedText?: string;
}

export interface Summary {
  files: number;
  filesWithErrors: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  /** Inputs that could not be checked. */
  fileErrors: number;
}

/** A rule that ran, as formats that describe their rules need it (SARIF rule descriptors). */
export interface RuleSummary {
  id: string;
  title: string;
  /** The rule's own severity (a config may change it per file). */
  severity: Severity;
  description?: string;
  citation: Citation;
}

/** What was checked with what, so a sign-off can be reproduced: every item with its sha256. */
export interface SignOff {
  tool: { name: string; version: string };
  packs: { name: string; version: string; file: string; sha256: string }[];
  configs: { file: string; sha256: string }[];
  inputs: { path: string; sha256: string; asOf?: string }[];
}

export interface CheckReport {
  /** Set when the run was interrupted (Ctrl-C): files not yet started are missing. */
  incomplete?: boolean;
  tool: { name: string; version: string };
  files: FileResult[];
  summary: Summary;
  /** The rules that ran for any file (for SARIF and other self-describing formats). */
  rules?: RuleSummary[];
  /** The sign-off manifest: tool, pack, config and input hashes, as-of dates. */
  signOff?: SignOff;
}
