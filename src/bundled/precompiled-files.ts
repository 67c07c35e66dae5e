/**
 * Files the build derives from the package's sources (precompiled packs, data as JSON) are
 * trusted without re-reading their sources when none of the sources was modified after them.
 * An installed package (where npm gives every file the same time) and a fresh build pass at
 * the cost of a few stat calls; a pack or data file edited after the build is newer, and the
 * caller then checks or re-reads it from its source, so an edit is never hidden.
 */
import { statSync } from "node:fs";

export function isNewerThanSources(derived: string, sources: readonly string[]): boolean {
  const built = modifiedAt(derived);
  if (built === undefined) return false;
  return sources.every((source) => {
    const modified = modifiedAt(source);
    return modified !== undefined && modified <= built;
  });
}

function modifiedAt(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
