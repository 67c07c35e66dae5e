/**
 * Finding and reading `.disclint.yaml`: the nearest one above a checked file (up to the file
 * system root), or an explicit path. Problems use the same Diagnostic type as rule packs, with
 * YAML positions. Configs are cached per directory, since a run checks many files in few folders.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { ValidateFunction } from "ajv";
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import { createAjv } from "../diagnostics/create-ajv.js";
import type { Diagnostic, Location } from "../diagnostics/diagnostics.js";
import { sortDiagnostics } from "../diagnostics/diagnostics.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { schemaDiagnostics } from "../diagnostics/schema-errors.js";
import {
  type DataPath,
  keyRange,
  locate,
  parseYaml,
  valueRange,
  type YamlSource,
} from "../diagnostics/yaml-positions.js";
import type { Config } from "./types.js";

export const CONFIG_FILE_NAMES: readonly string[] = [".disclint.yaml", ".disclint.yml"];

export interface LoadedConfig {
  /** The valid configuration; `{}` when there is none or it has errors. */
  config: Config;
  /** The file read, or undefined when no config was found. */
  file?: string;
  /** The directory relative pack paths are resolved from. */
  dir: string;
  problems: Diagnostic[];
  /** The file's text, for code frames. */
  text?: string;
  /** Where each key of `rules:` and each item of `packs:` is written, for later checks. */
  ruleKeyLocations: Map<string, Location>;
  packLocations: Map<string, Location>;
}

let validator: ValidateFunction<Config> | undefined;

/**
 * The config validator: the build's precompiled ajv standalone code beside the bundle
 * (dist/config-validator.cjs, generated from the same schema and ajv settings), else compiled
 * on first use (when running from the sources, as the tests do).
 */
export function configValidator(): ValidateFunction<Config> {
  validator ??= precompiledValidator() ?? createAjv().compile<Config>(configSchema);
  return validator;
}

function precompiledValidator(): ValidateFunction<Config> | undefined {
  try {
    return createRequire(import.meta.url)("./config-validator.cjs") as ValidateFunction<Config>;
  } catch {
    return undefined;
  }
}

/** The nearest config file at or above `startDir`, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const byFile = new Map<string, LoadedConfig>();
const byDirectory = new Map<string, LoadedConfig>();

/** The config that governs a checked file (the nearest one above it), cached per directory. */
export function configFor(checkedFile: string): LoadedConfig {
  const dir = dirname(resolve(checkedFile));
  const cached = byDirectory.get(dir);
  if (cached) return cached;
  const file = findConfigFile(dir);
  const loaded = file ? loadConfigFile(file) : emptyConfig(dir);
  byDirectory.set(dir, loaded);
  return loaded;
}

export function clearConfigCache(): void {
  byFile.clear();
  byDirectory.clear();
}

function emptyConfig(dir: string): LoadedConfig {
  return { config: {}, dir, problems: [], ruleKeyLocations: new Map(), packLocations: new Map() };
}

/** Reads one config file (an explicit `--config` path, or one found by `findConfigFile`). */
export function loadConfigFile(file: string): LoadedConfig {
  const path = resolve(file);
  const cached = byFile.get(path);
  if (cached) return cached;
  const loaded = readConfig(file, path);
  byFile.set(path, loaded);
  return loaded;
}

function readConfig(file: string, path: string): LoadedConfig {
  const empty = { ...emptyConfig(dirname(path)), file };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `the configuration could not be read: ${reason}`;
    return {
      ...empty,
      problems: [{ code: "file-unreadable", severity: "error", message, file, line: 1, column: 1 }],
    };
  }
  return { ...empty, ...validateConfig(text, file) };
}

/** Validates config text; pure, so tests and a language server can use it without files. */
export function validateConfig(
  text: string,
  file: string,
): Pick<LoadedConfig, "config" | "problems" | "text" | "ruleKeyLocations" | "packLocations"> {
  const parsed = parseYaml(text, file);
  const none = { config: {}, text, ruleKeyLocations: new Map(), packLocations: new Map() };
  if (parsed.problems.length > 0) return { ...none, problems: sortDiagnostics(parsed.problems) };
  // An empty file is an empty configuration.
  const data = parsed.data ?? {};
  const validate = configValidator();
  if (!validate(data)) {
    const where = (path: DataPath) => configWhere(path);
    const problems = schemaDiagnostics(validate.errors ?? [], { source: parsed.source, where });
    return { ...none, problems: sortDiagnostics(problems) };
  }
  return {
    config: data,
    problems: [],
    text,
    ruleKeyLocations: keyLocations(parsed.source, ["rules"], Object.keys(data.rules ?? {})),
    packLocations: itemLocations(parsed.source, data.packs ?? []),
  };
}

function configWhere(path: DataPath): string {
  if (path.length <= 1) return " in the configuration";
  return ` in \`${String(path[0])}\``;
}

function keyLocations(source: YamlSource, path: DataPath, keys: readonly string[]): Map<string, Location> {
  return new Map(keys.map((key) => [key, locate(source, keyRange(source, path, key))]));
}

function itemLocations(source: YamlSource, items: readonly string[]): Map<string, Location> {
  return new Map(items.map((item, index) => [item, locate(source, valueRange(source, ["packs", index]))]));
}

/** Rule ids under `rules:` that no loaded pack defines. */
export function checkConfigRuleIds(loaded: LoadedConfig, knownIds: Iterable<string>): Diagnostic[] {
  const known = [...knownIds];
  const problems: Diagnostic[] = [];
  for (const [id, location] of loaded.ruleKeyLocations) {
    if (known.includes(id)) continue;
    const message = `unknown rule id \`${id}\` in \`rules\`${didYouMean(id, known)}`;
    problems.push({
      code: "unknown-rule-id",
      severity: "error",
      message,
      file: loaded.file ?? "",
      ...location,
    });
  }
  return problems;
}

export type PackReference = { kind: "bundled"; name: string } | { kind: "file"; path: string };

/** A `packs:` entry is a path when it looks like one (a slash or a YAML extension), else a bundled name. */
export function packReference(loaded: LoadedConfig, entry: string): PackReference {
  if (/[\\/]/.test(entry) || /\.ya?ml$/i.test(entry)) {
    return { kind: "file", path: isAbsolute(entry) ? entry : resolve(loaded.dir, entry) };
  }
  return { kind: "bundled", name: entry };
}

/** Bundled pack names under `packs:` that do not exist. */
export function checkConfigPackNames(loaded: LoadedConfig, bundledNames: Iterable<string>): Diagnostic[] {
  const names = [...bundledNames];
  const problems: Diagnostic[] = [];
  for (const [entry, location] of loaded.packLocations) {
    const reference = packReference(loaded, entry);
    if (reference.kind !== "bundled" || names.includes(reference.name)) continue;
    const message = `unknown pack \`${entry}\` in \`packs\`${didYouMean(entry, names)} (bundled packs: ${names.join(", ")})`;
    problems.push({ code: "unknown-pack", severity: "error", message, file: loaded.file ?? "", ...location });
  }
  return problems;
}
