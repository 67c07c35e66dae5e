/**
 * Checking one input: the rules its config selects, its reader, its profile, the kernel.
 * An input the readers refuse becomes a file error; everything else is a FileResult.
 */

import { relative, resolve, sep } from "node:path";
import { InputError } from "../document/input-error.js";
import type { Document } from "../document/types.js";
import type { ProfileSettings } from "../domain/issuer.js";
import { applyBaseline, type Baseline } from "../engine/baseline.js";
import { checkDocument } from "../engine/check-document.js";
import { buildChecklist } from "../engine/checklist.js";
import { directiveSourceFor } from "../engine/directive-source.js";
import { applyDirectives } from "../engine/suppress.js";
import type { FileResult } from "../engine/types.js";
import { extractFacts } from "../facts/extract-facts.js";
import { resolveProfile } from "../profile/resolve-profile.js";
import type { Profile } from "../profile/types.js";
import { bundledIssuerRegistry } from "./bundled-registry.js";
import { assertKnownRuleIds, type ConfigForFile } from "./config-lookup.js";
import { readInput } from "./read-input.js";
import { loadRuleSet, type RuleSet, resolvePackFiles } from "./rule-sets.js";
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
  /** Present when the file could be read: what pairing needs. */
  checked?: { document: Document; profile: Profile; ruleSet: RuleSet; config: ConfigForFile | undefined };
}

export async function checkFile(
  path: string,
  bytes: Uint8Array,
  config: ConfigForFile | undefined,
  options: FileCheckOptions,
): Promise<CheckedFile> {
  const settings = config?.config;
  const ruleSet = loadRuleSet(
    resolvePackFiles([...(settings?.packs ?? []), ...(options.pack ?? [])], config?.dir ?? options.cwd),
  );
  if (config)
    assertKnownRuleIds(
      config,
      ruleSet.rules.map((compiled) => compiled.rule.id),
    );
  let document: Document;
  try {
    const read = () =>
      readInput(path, bytes, {
        ...(options.encoding && { encoding: options.encoding }),
        ...(options.maxInputBytes !== undefined && { maxInputBytes: options.maxInputBytes }),
      });
    document = options.stats ? await options.stats.time("read and normalise", read) : await read();
  } catch (error) {
    if (error instanceof InputError) return { result: errorResult(path, error.code, error.message) };
    throw error;
  }
  const facts = options.stats
    ? await options.stats.time("extract facts", () => extractFacts(document))
    : extractFacts(document);
  const profile = resolveProfile({
    document,
    today: options.today,
    cli: options.profile,
    ...(settings && {
      config: {
        ...(settings.issuer && { issuer: settings.issuer }),
        ...(settings.asOf && { asOf: settings.asOf }),
        ...(settings.documentKind && { documentKind: settings.documentKind }),
      },
    }),
    ...(facts.documentDate && { documentDate: facts.documentDate.iso }),
    registry: bundledIssuerRegistry(),
  });
  const check = () =>
    checkDocument(document, ruleSet.rules, profile, {
      ...(settings?.rules && { ruleSettings: settings.rules }),
      ...(options.stats && { timings: options.stats.rules }),
    });
  let result = options.stats ? await options.stats.time("run rules", check) : check();
  // Inline directives first (they carry their own reasons), then the baseline's waivers.
  const ruleIds = ruleSet.rules.map((compiled) => compiled.rule.id);
  result = applyDirectives(
    result,
    document,
    await directiveSourceFor(document, bytes, options.encoding),
    ruleIds,
  );
  if (options.baseline) {
    const baselinePath = relative(options.baseline.dir, resolve(options.cwd, path)).split(sep).join("/");
    result = applyBaseline(result, document, options.baseline.data, baselinePath, profile.asOf.value);
  }
  if (options.keepText !== false) result.checkedText = document.original;
  if (options.checklist) {
    result.checklist = buildChecklist(document, ruleSet.rules, profile, result, settings?.rules ?? {});
  }
  if (options.facts) result.facts = facts as unknown as Record<string, unknown>;
  return { result, checked: { document, profile, ruleSet, config } };
}

export function errorResult(path: string, code: string, message: string): FileResult {
  // The path is shown beside the message in every format, so the message need not repeat it.
  const withoutPath = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return { path, profile: {}, findings: [], errors: [{ code, message: withoutPath }] };
}
