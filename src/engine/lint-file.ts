/**
 * The kernel: one door in for every front end (the CLI, the language server, and whatever comes
 * next). It owns the whole per-file pipeline, in one order:
 *
 *   read → facts → profile → rules → pair → directives → baseline → checklist → post-process
 *
 * Pairing comes before directives and the baseline, so a directive or a waiver can silence a
 * finding that compares two language versions like any other. No file system and no console:
 * the front end hands in bytes (or an editor's text), the compiled rules, the config's settings
 * and the reference data it loaded once (ReferenceData), and renders the FileResult.
 */
import type { CheckMemo } from "../checks/support/check-memo.js";
import type { ReferenceData, RunContext } from "../checks/types.js";
import type { Config } from "../config/types.js";
import { InputError } from "../document/input-error.js";
import { type ReadOptions, readInput } from "../document/read-input.js";
import type { Document } from "../document/types.js";
import type { ProfileSettings } from "../domain/issuer.js";
import { extractFacts } from "../facts/extract-facts.js";
import type { Facts } from "../facts/types.js";
import { resolveProfile } from "../profile/resolve-profile.js";
import type { CompiledRule } from "../rules/compile-rules.js";
import { applyBaseline, type Baseline } from "./baseline.js";
import { checkDocument, describeProfile, type RuleResults } from "./check-document.js";
import { checkPair } from "./check-pair.js";
import { buildChecklist } from "./checklist.js";
import { errorResult } from "./error-result.js";
import { postProcess } from "./post-process.js";
import { applyDirectives } from "./suppress.js";
import type { FileResult, Finding } from "./types.js";

export { CheckMemo } from "../checks/support/check-memo.js";

export interface LintInput {
  /** The path shown in the report; its extension chooses the reader. */
  path: string;
  /** The file's bytes, or the text an editor holds. */
  content: Uint8Array | string;
}

/** Where the time goes (--stats): stages by name, and each rule's run time. */
export interface StageTimer {
  time<T>(stage: string, work: () => Promise<T> | T): Promise<T>;
  readonly rules: Map<string, number>;
}

export interface LintSettings {
  rules: readonly CompiledRule[];
  /** The .disclint.yaml that governs the file: issuer, as-of date, document kind, rule severities. */
  config?: Config;
  /** What the command line states; it wins over the config. */
  stated?: ProfileSettings;
  /** The date to judge by when neither the settings nor the document give one (YYYY-MM-DD). */
  today: string;
  read?: ReadOptions;
  /** Waivers for files that cannot carry directives; `path` is this file's key in the baseline. */
  baseline?: { data: Baseline; path: string };
  /** What the result carries besides the findings. */
  include?: { checklist?: boolean; facts?: boolean; text?: boolean };
  timer?: StageTimer;
  /**
   * Work kept from checking earlier versions of the same document (an editor's draft, re-checked
   * as it is typed). One memo per document; the result is the same with or without it.
   */
  memo?: CheckMemo;
}

export interface Linted {
  result: FileResult;
  /** The Document, when the input could be read (pairs, --fix and --update-baseline work on it). */
  document?: Document;
}

/** A file read and checked by its rules, before pairing, directives and the baseline. */
interface Examined {
  context: RunContext;
  facts: Facts;
  checked: RuleResults;
  settings: LintSettings;
}

export async function lintFile(
  input: LintInput,
  settings: LintSettings,
  data: ReferenceData,
): Promise<Linted> {
  const examined = await examine(input, settings, data);
  return "error" in examined ? { result: examined.error } : conclude(examined, []);
}

/**
 * Two language versions of one announcement: each is checked with its own settings, then the
 * English one's pair rules compare them, then each concludes with its share of the differences.
 * Either order of the arguments will do: the English version leads once both are read.
 */
export async function lintPair(
  first: { input: LintInput; settings: LintSettings },
  second: { input: LintInput; settings: LintSettings },
  data: ReferenceData,
): Promise<[Linted, Linted]> {
  const a = await examine(first.input, first.settings, data);
  const b = await examine(second.input, second.settings, data);
  if ("error" in a || "error" in b) return [finish(a), finish(b)];
  const swap = a.context.document.language !== "en" && b.context.document.language === "en";
  const [english, chinese] = swap ? [b, a] : [a, b];
  const found = checkPair(
    english.context,
    chinese.context,
    english.settings.rules,
    english.settings.config?.rules ?? {},
  );
  const concluded = { english: conclude(english, found.english), chinese: conclude(chinese, found.chinese) };
  return swap ? [concluded.chinese, concluded.english] : [concluded.english, concluded.chinese];
}

function finish(examined: Examined | { error: FileResult }): Linted {
  return "error" in examined ? { result: examined.error } : conclude(examined, []);
}

async function examine(
  input: LintInput,
  settings: LintSettings,
  data: ReferenceData,
): Promise<Examined | { error: FileResult }> {
  const timed = <T>(stage: string, work: () => Promise<T> | T): Promise<T> =>
    settings.timer ? settings.timer.time(stage, work) : Promise.resolve(work());
  let document: Document;
  try {
    document = await timed("read and normalise", () => readInput(input.path, input.content, settings.read));
  } catch (error) {
    if (error instanceof InputError) return { error: errorResult(input.path, error.code, error.message) };
    throw error;
  }
  const facts = await timed("extract facts", () => extractFacts(document, settings.memo?.facts));
  const profile = resolveProfile({
    document,
    today: settings.today,
    ...(settings.stated && { cli: settings.stated }),
    ...(settings.config && { config: settings.config }),
    ...(facts.documentDate && { documentDate: facts.documentDate.iso }),
    ...(data.issuerRegistry && { registry: data.issuerRegistry }),
  });
  const context: RunContext = { document, profile, data, ...(settings.memo && { memo: settings.memo }) };
  const checked = await timed("run rules", () =>
    checkDocument(context, settings.rules, {
      ...(settings.config?.rules && { ruleSettings: settings.config.rules }),
      ...(settings.timer && { timings: settings.timer.rules }),
    }),
  );
  return { context, facts, checked, settings };
}

/** Directives, then the baseline's waivers, then the checklist, then one post-process. */
function conclude(examined: Examined, pairFindings: readonly Finding[]): Linted {
  const { context, facts, checked, settings } = examined;
  const { document, profile } = context;
  const ruleIds = settings.rules.map((compiled) => compiled.rule.id);
  let findings = applyDirectives([...checked.findings, ...pairFindings], document, ruleIds);
  if (settings.baseline)
    findings = applyBaseline(
      findings,
      document,
      settings.baseline.data,
      settings.baseline.path,
      profile.asOf.value,
    );
  findings = postProcess(findings);
  const result: FileResult = {
    path: document.path,
    format: document.format,
    language: document.language,
    profile: describeProfile(profile),
    findings,
    errors: checked.errors,
    notApplicable: checked.notApplicable,
    ...(checked.omitted.length > 0 && { omitted: checked.omitted }),
  };
  const include = settings.include ?? {};
  if (include.text) result.checkedText = document.original;
  if (include.checklist)
    result.checklist = buildChecklist(context, settings.rules, result, settings.config?.rules ?? {});
  if (include.facts) result.facts = facts as unknown as Record<string, unknown>;
  return { result, document };
}
