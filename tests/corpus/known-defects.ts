/**
 * tests/corpus/known-defects.yaml: the findings on the corpus that are real defects of the
 * documents, with the reason. The corpus checks accept a finding only when it is listed here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface KnownDefect {
  file: string;
  rule: string;
  kind: string;
  reason: string;
}

const FIELDS = ["file", "rule", "kind", "reason"] as const;

function asKnownDefect(value: unknown, index: number): KnownDefect {
  const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  for (const field of FIELDS) {
    const text = record[field];
    if (typeof text !== "string" || text.trim() === "") {
      throw new Error(`known-defects.yaml entry ${index + 1}: "${field}" must be a non-empty string`);
    }
  }
  return {
    file: String(record.file),
    rule: String(record.rule),
    kind: String(record.kind),
    reason: String(record.reason).trim(),
  };
}

let loaded: KnownDefect[] | undefined;

export function knownDefects(): KnownDefect[] {
  if (loaded) return loaded;
  const parsed: unknown = parse(readFileSync(join(import.meta.dirname, "known-defects.yaml"), "utf8")) ?? [];
  if (!Array.isArray(parsed)) throw new Error("known-defects.yaml must be a YAML list");
  loaded = parsed.map(asKnownDefect);
  return loaded;
}

export function isKnownDefect(file: string, ruleId: string, kind: string): boolean {
  return knownDefects().some(
    (defect) => defect.file === file && defect.rule === ruleId && defect.kind === kind,
  );
}
