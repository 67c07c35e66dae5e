/** Hand-made reports for the HTML reporter's tests (fictional issuer, hostile strings on purpose). */

import { summarise } from "../../src/engine/summarise.js";
import type { CheckReport, FileResult, Finding } from "../../src/engine/types.js";
import type { Severity } from "../../src/rules/types.js";

/** A finding over [start, end) of a one-line text (column = offset + 1). */
export function finding(start: number, end: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: "test/sample-rule",
    severity: "warning" as Severity,
    kind: "deviates",
    message: "A sample finding.",
    span: {
      start: { offset: start, line: 1, column: start + 1 },
      end: { offset: end, line: 1, column: end + 1 },
    },
    citation: {
      source: "Main Board Listing Rule 13.51",
      url: "https://example.com/rules/13.51",
      verified: true,
    },
    ...overrides,
  };
}

export function fileResult(path: string, checkedText: string | undefined, findings: Finding[]): FileResult {
  return { path, profile: {}, findings, errors: [], ...(checkedText !== undefined && { checkedText }) };
}

export function reportOf(...files: FileResult[]): CheckReport {
  return { tool: { name: "disclint", version: "0.0.0-test" }, files, summary: summarise(files) };
}
