/**
 * Expands the paths on the command line: files as given, directories searched for supported
 * drafts, globs matched. Symbolic-link loops cannot trap the walk (tinyglobby does not follow
 * links into directories it has seen). Paths that match nothing are reported, not ignored.
 *
 * A folder walk leaves Markdown out: a folder's README or notes are not announcements, and
 * linting them as drafts buries the real findings. A Markdown draft is checked when it is named
 * (draft.md) or matched by a glob (drafts/*.md).
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
const MARKDOWN_EXTENSIONS = new Set([".md", ".markdown"]);
/** The extensions a folder walk collects (without the dot). */
const WALKED_EXTENSIONS = SUPPORTED_EXTENSIONS.filter((extension) => !MARKDOWN_EXTENSIONS.has(extension))
  .map((extension) => extension.slice(1))
  .join(",");

export async function collectFiles(args: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files = new Set<string>();
  const explicit = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    let found: string[] = [];
    if (isDynamicPattern(arg)) {
      found = await glob(arg, { cwd, absolute: true, ignore: SKIPPED_DIRECTORIES, dot: false });
    } else {
      const path = resolve(cwd, arg);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        found = await glob(`**/*.{${WALKED_EXTENSIONS}}`, {
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
