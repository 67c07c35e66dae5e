/**
 * Access to ../shared (the real announcements and the seed). These checks are not part of
 * `npm test`, which must pass without ../shared; `npm run corpus` runs them, and under CI a
 * missing corpus is a failure, never a silent skip.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { readText } from "../../src/document/read-text.js";
import type { Document } from "../../src/document/types.js";
import type { Board, Regime } from "../../src/domain/issuer.js";
import { checkDocument, type RuleResults } from "../../src/engine/check-document.js";
import { postProcess } from "../../src/engine/post-process.js";
import { extractFacts } from "../../src/facts/extract-facts.js";
import type { IssuerRegistry } from "../../src/profile/issuer-registry.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import { compileRules } from "../../src/rules/compile-rules.js";
import { loadBundledPacks } from "../../src/rules/load-pack.js";

export const sharedDir = join(import.meta.dirname, "..", "..", "..", "shared");
export const corpusDir = join(sharedDir, "corpus", "hkex");
export const seedDir = join(sharedDir, "seed");

export function requireShared(): void {
  if (existsSync(corpusDir) && existsSync(seedDir)) return;
  const message = `the corpus is missing: expected ${corpusDir} and ${seedDir}`;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: this is a failure, not a skip)`);
  throw new Error(`${message}; npm run corpus needs ../shared beside the project`);
}

export function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const columns = (header ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""]));
  });
}

export interface CorpusEntry {
  file: string;
  manifest: Record<string, string>;
  labels?: Record<string, string>;
  document: Document;
}

let entries: CorpusEntry[] | undefined;

export function corpusEntries(): CorpusEntry[] {
  if (entries) return entries;
  requireShared();
  const labels = new Map(readTsv(join(corpusDir, "labels-dev.tsv")).map((row) => [row.file ?? "", row]));
  entries = readTsv(join(corpusDir, "MANIFEST.tsv")).map((manifest) => {
    const file = manifest.file ?? "";
    const document = readText(file, readFileSync(join(corpusDir, file)));
    return { file, manifest, labels: labels.get(file), document };
  });
  return entries;
}

export const bundled = (() => {
  const loaded = loadBundledPacks(join(import.meta.dirname, "..", "..", "rules"), CHECK_KINDS);
  return { packs: loaded.packs, rules: compileRules(loaded.packs, CHECK_KINDS) };
})();

/** The issuer profile the manifest states (what a user would put in .disclint.yaml). */
export function manifestSettings(manifest: Record<string, string>) {
  const board = manifest.board === "main" || manifest.board === "gem" ? (manifest.board as Board) : undefined;
  const regimes: Regime[] = [];
  if (manifest.chapter18a === "yes") regimes.push("18A");
  if (manifest.wvr === "yes") regimes.push("8A");
  const stockCode = /^\d{1,5}$/.test(manifest.stock_code ?? "") ? manifest.stock_code : undefined;
  return {
    issuer: { ...(board && { board }), regimes, ...(stockCode && { stockCode }) },
  };
}

/** The data files the CLI bundles (calendar, rule aliases, issuer registry), as the CLI passes them. */
export const referenceData = bundledReferenceData();
export const bundledRegistry = referenceData.issuerRegistry as IssuerRegistry;

/** The rules step of the kernel on one entry, with the profile the manifest states. */
export function checkEntry(entry: CorpusEntry): RuleResults {
  const profile = resolveProfile({
    document: entry.document,
    today: "2026-11-25",
    config: manifestSettings(entry.manifest),
    registry: bundledRegistry,
    ...(extractFacts(entry.document).documentDate && {
      documentDate: extractFacts(entry.document).documentDate?.iso,
    }),
  });
  const checked = checkDocument({ document: entry.document, profile, data: referenceData }, bundled.rules);
  return { ...checked, findings: postProcess(checked.findings) };
}
