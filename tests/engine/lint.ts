/**
 * The kernel as a front end calls it, for tests: the config nearest the file, the rule set it
 * selects, the bundled reference data, then lintFile. No CLI involved.
 */
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { configFor } from "../../src/config/load-config.js";
import { type Linted, type LintSettings, lintFile, lintPair } from "../../src/engine/lint-file.js";
import { loadRuleSet, resolvePackFiles } from "../../src/rules/rule-sets.js";

export const TODAY = "2026-03-20";

/** The settings a front end would use for `path`: its config's packs and settings. */
export function settingsFor(path: string, extra: Partial<LintSettings> = {}): LintSettings {
  const loaded = configFor(path);
  const ruleSet = loadRuleSet(resolvePackFiles(loaded.config.packs, loaded.dir));
  return { rules: ruleSet.rules, config: loaded.config, today: TODAY, ...extra };
}

export function lintAt(
  path: string,
  content: Uint8Array | string,
  extra: Partial<LintSettings> = {},
): Promise<Linted> {
  return lintFile({ path, content }, settingsFor(path, extra), bundledReferenceData());
}

export function lintPairAt(
  first: { path: string; content: Uint8Array | string },
  second: { path: string; content: Uint8Array | string },
  extra: Partial<LintSettings> = {},
): Promise<[Linted, Linted]> {
  return lintPair(
    { input: first, settings: settingsFor(first.path, extra) },
    { input: second, settings: settingsFor(second.path, extra) },
    bundledReferenceData(),
  );
}
