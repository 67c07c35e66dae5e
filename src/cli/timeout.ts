/**
 * `--timeout <seconds>`: a file whose check takes longer is reported as not checked (a file
 * error, exit code 2) instead of holding up the batch. The clock is kept by the worker pool.
 */

import { errorResult } from "../engine/error-result.js";
import type { FileResult } from "../engine/types.js";

/** Parses a positive number of seconds; a string is the problem with it. */
export function parseTimeoutSeconds(text: string): number | string {
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0) return "must be a positive number of seconds";
  return seconds;
}

export function timedOutResult(path: string, seconds: number): FileResult {
  return errorResult(path, "timeout", `not checked: took longer than ${seconds}s`);
}
