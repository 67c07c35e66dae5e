/**
 * The sign-off manifest: which tool, packs, configs and inputs a run used, each with a sha256,
 * and the date each input was judged at, so a reviewer can show later exactly what was
 * checked with what. Pure: the CLI reads the files and hands their contents in.
 */
import { createHash } from "node:crypto";
import { compareText } from "../domain/text-order.js";
import type { RuleSummary, SignOff } from "../engine/types.js";
import type { Pack } from "../rules/types.js";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export interface SignOffSources {
  tool: { name: string; version: string };
  packs: readonly Pack[];
  configs: readonly { file: string; text: string }[];
  inputs: readonly { path: string; sha256: string; asOf?: string }[];
  /** The bytes of a pack file (the caller's I/O). */
  readPack: (file: string) => string | Uint8Array;
  /** How a file is named in the manifest: relative, so manifests compare across machines. */
  name: (file: string) => string;
}

export function buildSignOff(sources: SignOffSources): SignOff {
  const packs = new Map<string, SignOff["packs"][number]>();
  for (const pack of sources.packs) {
    if (packs.has(pack.file)) continue;
    const file = sources.name(pack.file);
    packs.set(pack.file, {
      name: pack.name,
      version: pack.version,
      file,
      sha256: sha256(sources.readPack(pack.file)),
    });
  }
  const configs = new Map(
    sources.configs.map((config) => [
      config.file,
      { file: sources.name(config.file), sha256: sha256(config.text) },
    ]),
  );
  const byFile = (a: { file: string }, b: { file: string }) => compareText(a.file, b.file);
  return {
    tool: { ...sources.tool },
    packs: [...packs.values()].sort(byFile),
    configs: [...configs.values()].sort(byFile),
    inputs: sources.inputs.map((input) => ({
      path: sources.name(input.path),
      sha256: input.sha256,
      ...(input.asOf && { asOf: input.asOf }),
    })),
  };
}

/** The rules of the packs that ran, once each (the first pack to define an id wins). */
export function summariseRules(packs: readonly Pack[]): RuleSummary[] {
  const rules = new Map<string, RuleSummary>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if (rules.has(rule.id)) continue;
      rules.set(rule.id, {
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        ...(rule.description && { description: rule.description }),
        citation: rule.citation,
      });
    }
  }
  return [...rules.values()];
}
