/**
 * The steps of `disclint check` that change files: --fix / --fix-dry-run (apply or show the
 * suggested edits, then report what remains) and --baseline / --update-baseline (waivers for
 * Word and PDF drafts, which cannot carry inline directives).
 */
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { UsageError } from "../domain/usage-error.js";
import {
  type Baseline,
  emptyBaseline,
  parseBaseline,
  serialiseBaseline,
  updateBaseline,
} from "../engine/baseline.js";
import { type CheckedFile, checkFile, type FileCheckOptions } from "./check-file.js";
import type { CheckedInput } from "./check-input.js";
import { type FixMode, fixCheckedFile } from "./fix-command.js";
import { writeFileAtomic } from "./write-output.js";

export interface LoadedBaseline {
  path: string;
  data: Baseline;
  dir: string;
}

export async function loadBaseline(file: string, cwd: string, creating: boolean): Promise<LoadedBaseline> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    if (creating) return { path, data: emptyBaseline(), dir: dirname(path) };
    throw new UsageError(`--baseline ${file}: cannot be read (use --update-baseline to create it)`);
  }
  const parsed = parseBaseline(text);
  if ("problem" in parsed) throw new UsageError(`--baseline ${file}: ${parsed.problem}`);
  return { path, data: parsed, dir: dirname(path) };
}

/** Writes the baseline with every current finding of the checked files, keeping justifications. */
export async function saveBaseline(
  baseline: LoadedBaseline,
  checked: readonly CheckedFile[],
  asOf: string,
): Promise<number> {
  const files = checked.flatMap((file) =>
    file.document
      ? [
          {
            path: relative(baseline.dir, resolve(file.result.path)).split(sep).join("/"),
            document: file.document,
            result: file.result,
          },
        ]
      : [],
  );
  const updated = updateBaseline(baseline.data, files, asOf);
  await writeFileAtomic(baseline.path, serialiseBaseline(updated));
  return updated.entries.length;
}

export interface FixIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Shows (dry run) or applies each file's fixable suggestions. After a write the file is checked
 * again and its result replaced, so the report shows what remains.
 */
export async function applyFixes(
  checked: CheckedInput[],
  mode: FixMode,
  fileOptions: FileCheckOptions,
  io: FixIo,
): Promise<void> {
  for (const file of checked) {
    const { document } = file;
    if (!document || file.result.path === "-") continue;
    const path = resolve(io.cwd, file.result.path);
    const outcome = await fixCheckedFile(
      {
        path,
        displayPath: relative(io.cwd, path).split(sep).join("/"),
        document,
        result: file.result,
      },
      mode,
      {
        recheck: async (bytes) =>
          (await checkFile({ path: file.result.path, bytes, config: file.rules?.config }, fileOptions))
            .result,
      },
    );
    // A dry run's diff is the output (for `patch`); after a write, standard output carries the
    // report alone (a JSON or SARIF consumer parses it whole) and the diff is a record aside.
    if (outcome.diff) (mode === "dry-run" ? io.stdout : io.stderr)(outcome.diff);
    if (outcome.note) io.stderr(`${outcome.note}\n`);
    if (outcome.status === "fixed" && outcome.result) file.result = outcome.result;
  }
}
