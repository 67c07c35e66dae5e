import { createDocument } from "../../src/document/create-document.js";
import type { Document } from "../../src/document/types.js";

export function doc(text: string): Document {
  return createDocument({ path: "test.txt", format: "text", text });
}

/** The text a finding points at. */
export function spanText(text: string, finding: { start: number; end: number }): string {
  return text.slice(finding.start, finding.end);
}
