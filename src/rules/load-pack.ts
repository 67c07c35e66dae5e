/**
 * Reading pack files from disk. A file that cannot be read is a Diagnostic like any other, so
 * the CLI prints it in the same `file:line:col` form and nothing throws.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckKind } from "../checks/types.js";
import { type Diagnostic, sortDiagnostics } from "../diagnostics/diagnostics.js";
import type { Pack } from "./types.js";
import { findDuplicateRuleIdsAcrossPacks, type RuleLocations, validatePack } from "./validate-pack.js";

export interface LoadedPack {
  pack?: Pack;
  problems: Diagnostic[];
  ruleLocations: RuleLocations;
  /** The file's text, for code frames. */
  text?: string;
}

export function loadPack(file: string, kinds: ReadonlyMap<string, CheckKind>): LoadedPack {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problem: Diagnostic = {
      code: "file-unreadable",
      severity: "error",
      message: `the rule pack could not be read: ${reason}`,
      file,
      line: 1,
      column: 1,
    };
    return { problems: [problem], ruleLocations: new Map() };
  }
  return { ...validatePack(text, file, kinds), text };
}

export interface LoadedPacks {
  packs: Pack[];
  problems: Diagnostic[];
  /** Each file's text by path, for code frames. */
  texts: Map<string, string>;
}

/** Every `*.yaml` / `*.yml` under `rulesDir` (recursively, in path order), with duplicate ids across packs. */
export function loadBundledPacks(rulesDir: string, kinds: ReadonlyMap<string, CheckKind>): LoadedPacks {
  return loadPacks(listPackFiles(rulesDir), kinds);
}

export function loadPacks(files: readonly string[], kinds: ReadonlyMap<string, CheckKind>): LoadedPacks {
  const loaded = files.map((file) => ({ file, ...loadPack(file, kinds) }));
  const problems = loaded.flatMap((entry) => entry.problems);
  problems.push(...findDuplicateRuleIdsAcrossPacks(loaded));
  const texts = new Map<string, string>();
  for (const entry of loaded) if (entry.text !== undefined) texts.set(entry.file, entry.text);
  const packs = loaded.flatMap((entry) => (entry.pack ? [entry.pack] : []));
  return { packs, problems: sortDiagnostics(problems), texts };
}

export function listPackFiles(rulesDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(rulesDir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .map((name) => join(rulesDir, name))
    .sort();
}
