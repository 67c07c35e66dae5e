/**
 * Validated bundled packs, saved by the build as JSON so a check does not parse YAML or
 * compile the pack schema at start-up (together over half the cold-start time). Each pack is
 * keyed by the SHA-256 of its YAML text: an edited pack no longer matches and is validated
 * from source as usual, so a stale cache can never hide a change.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { type NativeSource, preloadNative } from "../patterns/native-patterns.js";
import { preloadShapes } from "../patterns/pattern-shapes.js";
import type { Pack } from "./types.js";

export interface PrecompiledPacks {
  packs: { file: string; sha256: string; pack: Omit<Pack, "file"> }[];
  /** Pattern shapes by source (see pattern-shapes.ts). */
  shapes?: Record<string, unknown>;
  /** Patterns the build may try to prove linear, with their JS translation (native-patterns.ts). */
  nativeCandidates?: Record<string, NativeSource>;
  /** The candidates the build proved linear: these run as V8 RegExps. */
  native?: Record<string, NativeSource>;
}

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function buildPrecompiled(
  packs: readonly Pack[],
  rulesDir: string,
  shapes?: Record<string, unknown>,
  nativeCandidates?: Record<string, NativeSource>,
): PrecompiledPacks {
  return {
    ...(shapes && { shapes }),
    ...(nativeCandidates && { nativeCandidates }),
    packs: packs.map(({ file, ...pack }) => ({
      file: relative(rulesDir, file).split("\\").join("/"),
      sha256: hashText(readFileSync(file, "utf8")),
      pack,
    })),
  };
}

/** The packs for `files` from the cache, or undefined when any is absent or has changed. */
export function fromPrecompiled(
  cacheFile: string,
  files: readonly string[],
  rulesDir: string,
): Pack[] | undefined {
  let cache: PrecompiledPacks;
  try {
    cache = JSON.parse(readFileSync(cacheFile, "utf8")) as PrecompiledPacks;
  } catch {
    return undefined;
  }
  const byFile = new Map(cache.packs.map((entry) => [entry.file, entry]));
  const packs: Pack[] = [];
  for (const file of files) {
    const entry = byFile.get(relative(rulesDir, file).split("\\").join("/"));
    if (!entry) return undefined;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    if (hashText(text) !== entry.sha256) return undefined;
    packs.push({ ...entry.pack, file });
  }
  if (cache.shapes) preloadShapes(cache.shapes);
  if (cache.native) preloadNative(cache.native);
  return packs;
}
