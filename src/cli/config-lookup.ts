/**
 * The CLI's view of configuration: the nearest .disclint.yaml above a file (or --config),
 * with any problem in it stopping the run with file:line:col diagnostics (exit 2) rather
 * than checking drafts against a configuration the user did not mean.
 */
import { join } from "node:path";
import {
  checkConfigPackNames,
  checkConfigRuleIds,
  configFor,
  type LoadedConfig,
  loadConfigFile,
} from "../config/load-config.js";
import { type Diagnostic, formatDiagnostic, hasErrors } from "../diagnostics/diagnostics.js";
import { UsageError } from "../domain/usage-error.js";
import { bundledPackNames } from "../rules/rule-sets.js";

export type ConfigForFile = LoadedConfig;

// Keyed by the loaded object, not the file name: after the config cache is cleared (the
// language server does on every edit of .disclint.yaml) a reloaded config is checked again.
const verified = new WeakSet<LoadedConfig>();

export function loadExplicitConfig(path: string): ConfigForFile {
  const loaded = loadConfigFile(path);
  if (!loaded.text && loaded.problems.length === 0)
    throw new UsageError(`cannot read the config file ${path}`);
  return assertUsable(loaded);
}

export function configForDirectory(dir: string): ConfigForFile {
  return assertUsable(configFor(join(dir, "<file>")));
}

function assertUsable(loaded: LoadedConfig): LoadedConfig {
  if (!loaded.file || verified.has(loaded)) return loaded;
  failOnProblems(loaded, [...loaded.problems, ...checkConfigPackNames(loaded, bundledPackNames())]);
  verified.add(loaded);
  return loaded;
}

/** Called once the rules are known: a `rules:` key naming no rule is a mistake worth stopping for. */
export function assertKnownRuleIds(loaded: LoadedConfig, knownIds: Iterable<string>): void {
  if (!loaded.file) return;
  failOnProblems(loaded, checkConfigRuleIds(loaded, knownIds));
}

/**
 * A .disclint.yaml with errors. With --config it stops the run (it governs every file); a config
 * found beside some files makes those files file errors while the other folders are checked.
 */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    /** The errors, first one first (each with its position in the config). */
    readonly problems: Diagnostic[],
    details: string[],
  ) {
    super(`invalid configuration in ${file}; nothing was checked`, details);
  }
}

function failOnProblems(loaded: LoadedConfig, problems: Diagnostic[]): void {
  if (!hasErrors(problems)) return;
  const details = problems.map((problem) => formatDiagnostic(problem, loaded.text));
  throw new ConfigError(
    loaded.file ?? "",
    problems.filter((problem) => problem.severity === "error"),
    details,
  );
}
