/**
 * Which rules run for a file: the bundled packs, or the packs a config names. Each distinct
 * set is loaded, validated and compiled once per process, however many files use it.
 */
import { isAbsolute, join, resolve } from "node:path";
import { packageRoot } from "../bundled/package-root.js";
import { CHECK_KINDS } from "../checks/registry.js";
import { formatDiagnostic, hasErrors } from "../diagnostics/diagnostics.js";
import { UsageError } from "../domain/usage-error.js";
import { type CompiledRule, compileRules } from "./compile-rules.js";
import { listPackFiles, loadPacks } from "./load-pack.js";
import { fromPrecompiled } from "./precompiled-packs.js";
import type { Pack } from "./types.js";

export interface RuleSet {
  packs: Pack[];
  rules: CompiledRule[];
}

const cache = new Map<string, RuleSet>();
/** Keys of sets made only of bundled packs, precompiled at build time: they cannot change under a running process. */
const bundledKeys = new Set<string>();

/**
 * Forgets every rule set read from YAML, so a long-lived process (the daemon) sees a user's
 * edited pack on the next run; the precompiled bundled packs stay.
 */
export function forgetUserPacks(): void {
  for (const key of cache.keys()) if (!bundledKeys.has(key)) cache.delete(key);
}

/** Bundled pack names are folders under rules/ ("hkex"); anything else is a path to a YAML pack. */
export function resolvePackFiles(specs: readonly string[] | undefined, baseDir: string): string[] {
  const rulesDir = join(packageRoot(), "rules");
  const wanted = specs && specs.length > 0 ? specs : ["hkex"];
  const files: string[] = [];
  for (const spec of wanted) {
    if (/^[a-z0-9-]+$/.test(spec)) {
      const bundled = listPackFiles(join(rulesDir, spec));
      if (bundled.length === 0)
        throw new UsageError(`unknown rule pack "${spec}" (bundled packs: ${bundledPackNames().join(", ")})`);
      files.push(...bundled);
    } else {
      files.push(isAbsolute(spec) ? spec : resolve(baseDir, spec));
    }
  }
  return files;
}

/** Every YAML file of every bundled pack. */
export function bundledPackFiles(): string[] {
  return listPackFiles(join(packageRoot(), "rules"));
}

export function bundledPackNames(): string[] {
  const names = new Set<string>();
  for (const file of listPackFiles(join(packageRoot(), "rules"))) {
    const relativePath = file.slice(join(packageRoot(), "rules").length + 1);
    names.add(relativePath.split(/[\\/]/)[0] ?? relativePath);
  }
  return [...names].sort();
}

export function loadRuleSet(files: readonly string[]): RuleSet {
  const key = files.join("\n");
  const known = cache.get(key);
  if (known) return known;
  const rulesDir = join(packageRoot(), "rules");
  const precompiled = fromPrecompiled(join(packageRoot(), "dist", "bundled-packs.json"), files, rulesDir);
  if (precompiled) {
    const ruleSet = { packs: precompiled, rules: compileRules(precompiled, CHECK_KINDS, true) };
    cache.set(key, ruleSet);
    bundledKeys.add(key);
    return ruleSet;
  }
  const loaded = loadPacks(files, CHECK_KINDS);
  if (hasErrors(loaded.problems)) {
    const details = loaded.problems.map((problem) =>
      formatDiagnostic(problem, loaded.texts.get(problem.file)),
    );
    const count = loaded.problems.filter((problem) => problem.severity === "error").length;
    throw new UsageError(
      `${count} problem${count === 1 ? "" : "s"} in rule packs; nothing was checked`,
      details,
    );
  }
  const ruleSet = { packs: loaded.packs, rules: compileRules(loaded.packs, CHECK_KINDS) };
  cache.set(key, ruleSet);
  return ruleSet;
}
