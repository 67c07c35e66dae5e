import type { FileResult } from "./types.js";

/** An input that could not be checked: no findings, one file error. */
export function errorResult(path: string, code: string, message: string): FileResult {
  // The path is shown beside the message in every format, so the message need not repeat it.
  const withoutPath = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return { path, profile: {}, findings: [], errors: [{ code, message: withoutPath }] };
}
