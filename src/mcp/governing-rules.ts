/**
 * The configuration and rules that govern a draft, found as `disclint check` finds them: the
 * nearest .disclint.yaml above the draft, its packs (or the bundled ones) and its rule settings.
 * A mistake in either stops the check with the CLI's file:line:col diagnostics, as a UsageError
 * the tool returns as its error. The config is read afresh for each call, so an edit to it is
 * seen without restarting the server; compiled packs stay cached (src/rules/rule-sets.ts).
 */
import {
  checkConfigPackNames,
  checkConfigRuleIds,
  clearConfigCache,
  configFor,
  type LoadedConfig,
} from "../config/load-config.js";
import { type Diagnostic, formatDiagnostic, hasErrors } from "../diagnostics/diagnostics.js";
import { UsageError } from "../domain/usage-error.js";
import { bundledPackNames, loadRuleSet, type RuleSet, resolvePackFiles } from "../rules/rule-sets.js";

export interface GoverningRules {
  config: LoadedConfig;
  ruleSet: RuleSet;
}

export function governingRules(draftPath: string): GoverningRules {
  clearConfigCache();
  const config = configFor(draftPath);
  stopOnProblems(config, [...config.problems, ...checkConfigPackNames(config, bundledPackNames())]);
  const ruleSet = loadRuleSet(resolvePackFiles(config.config.packs, config.dir));
  stopOnProblems(
    config,
    checkConfigRuleIds(
      config,
      ruleSet.rules.map((compiled) => compiled.rule.id),
    ),
  );
  return { config, ruleSet };
}

function stopOnProblems(config: LoadedConfig, problems: Diagnostic[]): void {
  if (!hasErrors(problems)) return;
  throw new UsageError(
    `invalid configuration in ${config.file}; nothing was checked`,
    problems.map((problem) => formatDiagnostic(problem, config.text)),
  );
}
