/**
 * The CLI's side of checking one input, or the two language versions of one announcement: the
 * rules its config selects and the command line's settings, handed to the kernel
 * (src/engine/lint-file.ts) with the reference data loaded once per process.
 */
import { relative, resolve, sep } from "node:path";
import { bundledReferenceData } from "../bundled/reference-data.js";
import type { Document } from "../document/types.js";
import type { ProfileSettings } from "../domain/issuer.js";
import type { Baseline } from "../engine/baseline.js";
import { type LintSettings, lintFile, lintPair } from "../engine/lint-file.js";
import type { FileResult } from "../engine/types.js";
import { loadRuleSet, type RuleSet, resolvePackFiles } from "../rules/rule-sets.js";
import { assertKnownRuleIds, type ConfigForFile } from "./config-lookup.js";
import type { RunStats } from "./stats.js";

export interface FileCheckOptions {
  cwd: string;
  today: string;
  encoding?: string;
  pack?: string[];
  profile: ProfileSettings;
  /** Include the extracted facts in the result (--facts). */
  facts: boolean;
  /** Keep the checked text in the result (reports that quote it); default true. */
  keepText?: boolean;
  /** Include every rule's outcome (checklist and HTML reports). */
  checklist?: boolean;
  /** Largest input accepted, in bytes (--max-size). */
  maxInputBytes?: number;
  /** Waivers for findings in files that cannot carry directives (--baseline). */
  baseline?: { data: Baseline; dir: string };
  /** Time the stages and rules (--stats). */
  stats?: RunStats;
}

export interface CheckedFile {
  result: FileResult;
  /** Present when the file could be read and was checked here: what fixes and baselines need. */
  document?: Document;
}

/** One input with the config that governs it. */
export interface FileToCheck {
  path: string;
  bytes: Uint8Array;
  config: ConfigForFile | undefined;
}

export async function checkFile(file: FileToCheck, options: FileCheckOptions): Promise<CheckedFile> {
  return lintFile(
    { path: file.path, content: file.bytes },
    lintSettings(file, options),
    bundledReferenceData(),
  );
}

/** English and Chinese versions, compared with each other (either may come first). */
export async function checkFilePair(
  first: FileToCheck,
  second: FileToCheck,
  options: FileCheckOptions,
): Promise<[CheckedFile, CheckedFile]> {
  return lintPair(
    { input: { path: first.path, content: first.bytes }, settings: lintSettings(first, options) },
    { input: { path: second.path, content: second.bytes }, settings: lintSettings(second, options) },
    bundledReferenceData(),
  );
}

/** The rule set a config selects (with --pack), loaded once per process and checked against the config. */
export function ruleSetFor(
  config: ConfigForFile | undefined,
  options: Pick<FileCheckOptions, "cwd" | "pack">,
): RuleSet {
  const specs = [...(config?.config.packs ?? []), ...(options.pack ?? [])];
  const ruleSet = loadRuleSet(resolvePackFiles(specs, config?.dir ?? options.cwd));
  if (config)
    assertKnownRuleIds(
      config,
      ruleSet.rules.map((compiled) => compiled.rule.id),
    );
  return ruleSet;
}

function lintSettings(file: FileToCheck, options: FileCheckOptions): LintSettings {
  const { baseline } = options;
  return {
    rules: ruleSetFor(file.config, options).rules,
    ...(file.config && { config: file.config.config }),
    stated: options.profile,
    today: options.today,
    read: {
      ...(options.encoding && { encoding: options.encoding }),
      ...(options.maxInputBytes !== undefined && { maxInputBytes: options.maxInputBytes }),
    },
    ...(baseline && {
      baseline: {
        data: baseline.data,
        path: relative(baseline.dir, resolve(options.cwd, file.path)).split(sep).join("/"),
      },
    }),
    include: {
      checklist: options.checklist === true,
      facts: options.facts,
      text: options.keepText !== false,
    },
    ...(options.stats && { timer: options.stats }),
  };
}
