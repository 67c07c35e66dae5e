/**
 * The contract between the engine and a check kind. One module per kind under src/checks/,
 * each exporting a `CheckKind` that describes itself: the JSON Schema of its options (so a pack
 * with an unknown or misspelt option is rejected at load time), the {{placeholders}} its
 * findings fill (so a misspelt one in a rule's message is a pack error), its documentation
 * (docs/rule-format.md is generated from it) and `compile`, which turns validated options into
 * something that runs over a document. Compiling happens once per pack; running once per file.
 */
import type { Document } from "../document/types.js";
import type { FindingKind } from "../domain/finding-kind.js";
import type { HolidayCalendar } from "../facts/holiday-calendar.js";
import type { RuleAlias } from "../facts/rule-aliases.js";
import type { Pattern } from "../patterns/pattern.js";
import type { IssuerRegistry } from "../profile/issuer-registry.js";
import type { Profile } from "../profile/types.js";
import type { CheckMemo } from "./support/check-memo.js";

/** A JSON Schema object (draft 2020-12 subset ajv understands). */
export type JsonSchema = Record<string, unknown>;

/** What a check reports, in NORMALISED offsets; the engine turns it into a Finding. */
export interface RawFinding {
  kind: FindingKind;
  start: number;
  end: number;
  /** Values for the rule's message and suggestion {{placeholders}}. */
  data?: Record<string, string | number>;
  /** Prescribed text (deviates / missing). */
  expected?: string;
  /** Text found in the document (deviates / inconsistent). */
  actual?: string;
  /** Word diff of expected against actual. */
  diff?: DiffPart[];
  /** A replacement or insertion the check proposes (before the rule's template is applied). */
  suggestion?: SuggestionEdit;
  /** Other places that take part (the first occurrence of an inconsistent value, …). */
  related?: { start: number; end: number; message: string }[];
}

export interface DiffPart {
  /** "equal" text is in both; "removed" is prescribed but absent; "added" is in the document only. */
  op: "equal" | "removed" | "added";
  text: string;
}

/** An edit in NORMALISED offsets: replace [start, end) with text (start == end inserts). */
export interface SuggestionEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The data files a run reads (data/), loaded once by the front end and handed to the kernel:
 * checks never look for files themselves.
 */
export interface ReferenceData {
  /** Hong Kong general holidays (data/hk-public-holidays.yaml). */
  calendar: HolidayCalendar;
  /** Listing Rule appendix numbers before and after the 2023 renumbering (data/rule-aliases.yaml). */
  ruleAliases: readonly RuleAlias[];
  /** Listed issuers by stock code (data/hkex-issuers.json); without it the profile uses weaker sources. */
  issuerRegistry?: IssuerRegistry;
}

export interface RunContext {
  document: Document;
  profile: Profile;
  data: ReferenceData;
  /** Work kept from checking earlier versions of this document; absent, everything is computed afresh. */
  memo?: CheckMemo;
}

export interface CompiledCheck {
  run(context: RunContext): RawFinding[];
  /**
   * Where the checked statement or value was found, in normalised offsets, whether or not it
   * complies (empty when absent). Sign-off checklists show it for passes, and the corpus check
   * measures detection with it, independent of when the rule applies.
   */
  evidence?(context: RunContext): { start: number; end: number }[];
  /**
   * For kinds that check only when the document calls for it (a trigger): why nothing was
   * checked in this document, or undefined when something was. A checklist shows such a rule
   * as not applicable with this reason rather than as a pass it never earned.
   */
  nothingToCheck?(context: RunContext): string | undefined;
  /**
   * For kinds that compare two language versions of one announcement: findings for each
   * version, in that version's normalised offsets. `run` reports nothing for such kinds.
   */
  runPair?(english: RunContext, chinese: RunContext): { english: RawFinding[]; chinese: RawFinding[] };
}

/** Helpers a kind may use while compiling its options. */
export interface CompileContext {
  ruleId: string;
  compilePattern(source: string): Pattern;
}

export interface CheckKind<Options = unknown> {
  /** The `kind` value in YAML. */
  name: string;
  /** JSON Schema of the options object (everything beside `kind`). */
  optionsSchema: JsonSchema;
  /**
   * The names its findings fill in a rule's `message` and `suggestion` ({{problem}}, …): the
   * keys of RawFinding.data, plus `expected` and `actual` when it sets those. The engine adds
   * ENGINE_PLACEHOLDERS for every kind.
   */
  placeholders: readonly string[];
  docs: KindDocs;
  compile(options: Options, context: CompileContext): CompiledCheck;
}

/** What docs/rule-format.md says about a kind; the section is generated from this. */
export interface KindDocs {
  /** What the kind checks, as a heading ends: "a statement that must be present". */
  summary: string;
  /** A rule's `check:` block using the kind, in YAML, comments welcome; tests validate it. */
  example: string;
  /** What it reports and when, in Markdown. */
  details: string;
}

/** Filled by the engine for the findings of every kind (src/engine/check-document.ts). */
export const ENGINE_PLACEHOLDERS: readonly string[] = [
  "issuer.name",
  "issuer.stockCode",
  "company",
  "product",
  "kind",
];
