/** Shared by the facts and structured-check tests: a Document from text, and a kind run on it. */
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import type { CheckKind, RawFinding } from "../../src/checks/types.js";
import { createDocument } from "../../src/document/create-document.js";
import type { Document } from "../../src/document/types.js";
import { compilePattern } from "../../src/patterns/pattern.js";

export function doc(text: string): Document {
  return createDocument({ path: "test.txt", format: "text", text });
}

export function runKind<O>(kind: CheckKind<O>, options: O, text: string): RawFinding[] {
  const compiled = kind.compile(options, { ruleId: "test/rule", compilePattern });
  return compiled.run({
    document: doc(text),
    profile: { asOf: { value: "2024-01-01", source: "default" } },
    data: bundledReferenceData(),
  });
}

/** The text a finding points at. */
export function spanText(text: string, finding: { start: number; end: number }): string {
  return text.slice(finding.start, finding.end);
}
