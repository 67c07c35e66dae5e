/**
 * A named limb's `samples` are the plain words `rules explain` and docs/rules.md show a reader
 * as what the limb accepts and what reverses it. They are only honest if the patterns agree, so
 * each accepted sample must satisfy the limb and each reversed sample must reverse it — judged
 * exactly as a document is, on the normalised text.
 */
import { compileLimb, judgeLimb, type LimbStatus, type NamedLimbOption } from "../checks/support/limbs.js";
import type { Diagnostic } from "../diagnostics/diagnostics.js";
import { type DataPath, diagnosticAt, valueRange, type YamlSource } from "../diagnostics/yaml-positions.js";
import { normalise } from "../document/normalise.js";
import { compilePattern } from "../patterns/pattern.js";

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** Every named limb with samples under `check`, at any depth (`then.statement.zh.limbs[2]`). */
function limbsWithSamples(value: unknown, path: DataPath): { limb: NamedLimbOption; path: DataPath }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => limbsWithSamples(item, [...path, i]));
  if (!isRecord(value)) return [];
  if (typeof value.name === "string" && isStringList(value.accepts) && isRecord(value.samples)) {
    return [{ limb: value as unknown as NamedLimbOption, path }];
  }
  return Object.entries(value).flatMap(([key, child]) => limbsWithSamples(child, [...path, key]));
}

export function checkLimbSamples(check: Record_, path: DataPath, where: string, source: YamlSource) {
  const problems: Diagnostic[] = [];
  for (const found of limbsWithSamples(check, path)) {
    let limb: ReturnType<typeof compileLimb>;
    try {
      limb = compileLimb({ ...found.limb, reversedBy: listOr(found.limb.reversedBy) }, { compilePattern });
    } catch {
      continue; // a pattern that does not compile is reported by the pattern checks
    }
    const samples = found.limb.samples ?? {};
    const expectations: ["accepted" | "reversed", LimbStatus["status"]][] = [
      ["accepted", "present"],
      ["reversed", "reversed"],
    ];
    for (const [key, wanted] of expectations) {
      listOr(samples[key]).forEach((sample, index) => {
        const text = normalise(sample).text;
        const status = judgeLimb(limb, text, 0, text.length).status;
        if (status === wanted) return;
        const message = `the ${key} sample "${sample}" of limb \`${found.limb.name}\`${where} is judged ${status === "present" ? "present" : status} by the limb's patterns`;
        const range = valueRange(source, [...found.path, "samples", key, index]);
        problems.push(diagnosticAt(source, range, "limb-sample-mismatch", message));
      });
    }
  }
  return problems;
}

function listOr(value: unknown): string[] {
  return isStringList(value) ? value : [];
}
