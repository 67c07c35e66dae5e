/**
 * Expands the paths on the command line: files as given, directories searched for supported
 * drafts, globs matched. Symbolic-link loops cannot trap the walk (tinyglobby does not follow
 * links into directories it has seen). Paths that match nothing are reported, not ignored.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { SUPPORTED_EXTENSIONS } from "../document/read-input.js";

export interface CollectedFiles {
  files: string[];
  /** Files named one by one on the command line (checked even when a config ignores them). */
  explicit: Set<string>;
  /** Arguments that named nothing checkable. */
  unmatched: string[];
}

const SKIPPED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];

export async function collectFiles(args: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files = new Set<string>();
  const explicit = new Set<string>();
  const unmatched: string[] = [];
  const extensions = SUPPORTED_EXTENSIONS.map((extension) => extension.slice(1)).join(",");
  for (const arg of args) {
    let found: string[] = [];
    if (isDynamicPattern(arg)) {
      found = await glob(arg, { cwd, absolute: true, ignore: SKIPPED_DIRECTORIES, dot: false });
    } else {
      const path = resolve(cwd, arg);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        found = await glob(`**/*.{${extensions}}`, {
          cwd: path,
          absolute: true,
          ignore: SKIPPED_DIRECTORIES,
          followSymbolicLinks: false,
        });
      } else {
        // A missing file is still passed on, so its error is reported beside the other results.
        found = [path];
        explicit.add(path);
      }
    }
    if (found.length === 0) unmatched.push(arg);
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], explicit, unmatched };
}
