/**
 * Checking the text an editor holds, through the CLI's own per-file pipeline (same readers,
 * config lookup, cached compiled rule sets and kernel), so the editor and `disclint check`
 * never disagree. Mistakes in the configuration or a rule pack become a typed outcome.
 */
import { dirname, extname } from "node:path";
import { checkFile } from "../cli/check-file.js";
import { isIgnored } from "../cli/ignore.js";
import { SUPPORTED_EXTENSIONS } from "../cli/read-input.js";
import { bundledPackNames } from "../cli/rule-sets.js";
import { UsageError } from "../cli/usage-error.js";
import { checkConfigPackNames, configFor } from "../config/load-config.js";
import type { Finding } from "../engine/types.js";
import { type Diagnostic as ConfigProblem, hasErrors } from "../diagnostics/diagnostics.js";
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

export async function checkText(path: string, text: string, today: string): Promise<TextCheck> {
  if (!isCheckable(path)) return { status: "skipped" };
  const loaded = configFor(path);
  // `ignore:` names files that are not drafts (a README next to them); an editor should not flag them.
  if (isIgnored(path, loaded)) return { status: "skipped" };
  const config: ConfigState = {
    ...(loaded.file && { file: loaded.file }),
    problems: [...loaded.problems, ...checkConfigPackNames(loaded, bundledPackNames())],
  };
  if (hasErrors(config.problems)) {
    return {
      status: "failed",
      message: `invalid configuration in ${loaded.file}; nothing was checked`,
      config,
    };
  }
  try {
    const bytes = new TextEncoder().encode(text);
    const { result, checked } = await checkFile(path, bytes, loaded, {
      cwd: dirname(path),
      today,
      profile: {},
      facts: false,
    });
    const error = result.errors[0];
    if (error || !checked) return { status: "failed", message: error?.message ?? "not checked", config };
    const rules = new Map(checked.ruleSet.rules.map((compiled) => [compiled.rule.id, compiled.rule]));
    return { status: "checked", findings: result.findings, rules, config };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { status: "failed", message: [error.message, ...error.details].join("\n"), config };
  }
}
