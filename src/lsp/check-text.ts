/**
 * Checking the text an editor holds through the kernel (src/engine/lint-file.ts), with the same
 * config lookup, cached compiled rule sets and reference data as `disclint check`, so the editor
 * and the command line never disagree. Mistakes in the configuration or a rule pack become a
 * typed outcome, shown in the config file and at the top of the draft.
 */
import { extname } from "node:path";
import { bundledReferenceData } from "../bundled/reference-data.js";
import { isIgnored } from "../config/ignore.js";
import {
  checkConfigPackNames,
  checkConfigRuleIds,
  configFor,
  type LoadedConfig,
} from "../config/load-config.js";
import { type Diagnostic as ConfigProblem, formatDiagnostic, hasErrors } from "../diagnostics/diagnostics.js";
import { SUPPORTED_EXTENSIONS } from "../document/read-input.js";
import { UsageError } from "../domain/usage-error.js";
import { type CheckMemo, lintFile, type StageTimer } from "../engine/lint-file.js";
import type { Finding } from "../engine/types.js";
import { bundledPackNames, loadRuleSet, type RuleSet, resolvePackFiles } from "../rules/rule-sets.js";
import type { Rule } from "../rules/types.js";

/** Word and PDF files are binary: an editor's text buffer of them is not the document. */
const BINARY_EXTENSIONS = new Set([".docx", ".pdf"]);

export interface ConfigState {
  /** The .disclint.yaml that governs the draft, if any. */
  file?: string;
  problems: ConfigProblem[];
}

export type TextCheck =
  | { status: "skipped"; config?: undefined }
  | { status: "checked"; findings: Finding[]; rules: Map<string, Rule>; config: ConfigState }
  | { status: "failed"; message: string; config: ConfigState };

export function isCheckable(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return (extension === "" || SUPPORTED_EXTENSIONS.includes(extension)) && !BINARY_EXTENSIONS.has(extension);
}

export interface CheckTextOptions {
  /** What checking earlier versions of this draft left to reuse (one per open draft); the findings are the same without it. */
  memo?: CheckMemo;
  /** Where the time goes, stage by stage, when the client asks (scripts/bench-lsp.mjs). */
  timer?: StageTimer;
}

/** The configuration and rule set that govern a draft, or why it is not checked. */
type Setup =
  | Exclude<TextCheck, { status: "checked" }>
  | { status: "ready"; loaded: LoadedConfig; ruleSet: RuleSet; config: ConfigState };

export async function checkText(
  path: string,
  text: string,
  today: string,
  options: CheckTextOptions = {},
): Promise<TextCheck> {
  if (!isCheckable(path)) return { status: "skipped" };
  const { memo, timer } = options;
  const setup = timer ? await timer.time("configuration and rule set", () => setUp(path)) : setUp(path);
  if (setup.status !== "ready") return setup;
  const { loaded, ruleSet, config } = setup;
  try {
    const { result } = await lintFile(
      { path, content: text },
      { rules: ruleSet.rules, config: loaded.config, today, ...(memo && { memo }), ...(timer && { timer }) },
      bundledReferenceData(),
    );
    const error = result.errors[0];
    // A new, empty buffer is a draft not yet written: nothing to say about it, not an error.
    if (error?.code === "empty-file") return { status: "checked", findings: [], rules: new Map(), config };
    if (error) return { status: "failed", message: error.message, config };
    const rules = new Map(ruleSet.rules.map((compiled) => [compiled.rule.id, compiled.rule]));
    return { status: "checked", findings: result.findings, rules, config };
  } catch (error) {
    return usageFailure(error, config);
  }
}

function setUp(path: string): Setup {
  const loaded = configFor(path);
  // `ignore:` names files that are not drafts (a README next to them); an editor should not flag them.
  if (isIgnored(path, loaded)) return { status: "skipped" };
  const config: ConfigState = {
    ...(loaded.file && { file: loaded.file }),
    problems: [...loaded.problems, ...checkConfigPackNames(loaded, bundledPackNames())],
  };
  if (hasErrors(config.problems)) return { status: "failed", message: invalidConfiguration(config), config };
  try {
    const ruleSet = ruleSetOf(loaded);
    const unknownIds = checkConfigRuleIds(
      loaded,
      ruleSet.rules.map((compiled) => compiled.rule.id),
    );
    if (hasErrors(unknownIds)) {
      const problems = { ...config, problems: [...config.problems, ...unknownIds] };
      return { status: "failed", message: invalidConfiguration(problems), config: problems };
    }
    return { status: "ready", loaded, ruleSet, config };
  } catch (error) {
    return usageFailure(error, config);
  }
}

/** A mistake in a rule pack becomes the draft's message; anything else is a defect and is thrown. */
function usageFailure(error: unknown, config: ConfigState): Extract<TextCheck, { status: "failed" }> {
  if (!(error instanceof UsageError)) throw error;
  return { status: "failed", message: [error.message, ...error.details].join("\n"), config };
}

/**
 * What stopped the check, with each problem's `file:line:col` and reason as the command line
 * prints them: the draft is where the user looks, and an editor may not show the config file's
 * own diagnostics until that file is opened.
 */
function invalidConfiguration(config: ConfigState): string {
  const problems = config.problems.filter((problem) => problem.severity === "error");
  return [
    `invalid configuration in ${config.file}; nothing was checked`,
    ...problems.map((problem) => formatDiagnostic(problem)),
  ].join("\n");
}

/** The packs the config names, or the bundled ones; relative pack paths start at the config's folder. */
function ruleSetOf(loaded: LoadedConfig): RuleSet {
  return loadRuleSet(resolvePackFiles(loaded.config.packs, loaded.dir));
}
