/** Shared fixtures for the check-kind tests: documents, compile context, profile. */

import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import type { CheckKind, CompileContext, RawFinding } from "../../src/checks/types.js";
import { createDocument } from "../../src/document/create-document.js";
import type { Document, Language } from "../../src/document/types.js";
import { compilePattern } from "../../src/patterns/pattern.js";
import type { Profile } from "../../src/profile/types.js";

export const compileContext: CompileContext = { ruleId: "test/rule", compilePattern };

export const emptyProfile: Profile = { asOf: { value: "2025-03-03", source: "default" } };

export function documentOf(text: string, language?: Language): Document {
  return createDocument(
    language ? { path: "t.txt", format: "text", text, language } : { path: "t.txt", format: "text", text },
  );
}

/** Compile the options with the kind and run them over the text. */
export function runCheck<Options>(
  kind: CheckKind<Options>,
  options: Options,
  text: string,
  profile: Profile = emptyProfile,
  language?: Language,
): { findings: RawFinding[]; document: Document } {
  const document = documentOf(text, language);
  const findings = kind
    .compile(options, compileContext)
    .run({ document, profile, data: bundledReferenceData() });
  return { findings, document };
}

/** The normalised text a finding covers. */
export function textOf(document: Document, finding: { start: number; end: number }): string {
  return document.normalised.slice(finding.start, finding.end);
}
