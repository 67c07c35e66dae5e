/**
 * A .disclint.yaml found beside some drafts that has errors: those drafts are not checked (a
 * file error naming the config's first problem and its position), the other folders are, and
 * the config's full diagnostics are printed once on standard error. One broken config in one
 * folder no longer stops a batch over many.
 */
import { relative, sep } from "node:path";
import { errorResult } from "../engine/error-result.js";
import type { CheckedInput } from "./check-input.js";
import { ConfigError } from "./config-lookup.js";

export interface ConfigErrorReporter {
  /** The file's result when `error` is a config error (reported once per config); else rethrows. */
  resultFor(path: string, error: unknown): { done: CheckedInput };
}

export function configErrorReporter(cwd: string, stderr: (text: string) => void): ConfigErrorReporter {
  const reported = new Set<string>();
  const shown = (file: string) => relative(cwd, file).split(sep).join("/");
  return {
    resultFor(path, error) {
      if (!(error instanceof ConfigError)) throw error;
      if (!reported.has(error.file)) {
        reported.add(error.file);
        stderr(
          `disclint: invalid configuration in ${shown(error.file)}; the drafts it governs were not checked\n`,
        );
        for (const line of error.details) stderr(`${line}\n`);
      }
      const [first] = error.problems;
      const where = first
        ? `${shown(error.file)}:${first.line}:${first.column}: ${first.message}`
        : shown(error.file);
      const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more)` : "";
      return {
        done: {
          result: errorResult(path, "invalid-config", `not checked: invalid configuration ${where}${more}`),
        },
      };
    },
  };
}
