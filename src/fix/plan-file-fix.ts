/**
 * What fixing one file would change: its content before and after, as text and bytes. Only
 * UTF-8 text, Markdown and HTML files are rewritten, and only when their bytes are still exactly
 * what the reader decoded (so nothing else — byte-order mark, line endings, final newline — can
 * change). The edits are planned on the Document's own decoded source: the file is not decoded
 * or parsed again. Word and PDF files keep their suggestions in the report.
 */
import { extname } from "node:path";
import type { Document } from "../document/types.js";
import type { Finding } from "../engine/types.js";
import { applyEdits } from "./apply-fixes.js";
import { type EditPlan, planEdits } from "./edits.js";
import { toHtmlEdits } from "./html-edits.js";

const WRITABLE = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm"]);
const BOM = "\uFEFF";

export type FilePlan =
  | {
      status: "edits";
      /** The file's content as text (with a byte-order mark character when it has one). */
      before: string;
      after: string;
      bytes: Uint8Array;
      applied: number;
      skipped: EditPlan["skipped"];
    }
  | { status: "nothing"; skipped: EditPlan["skipped"] }
  | { status: "suggestions-only"; reason: string; suggestions: number };

/** `bytes` are the file as it is now, to be sure it is still the one that was checked. */
export function planFileFix(document: Document, findings: readonly Finding[], bytes: Uint8Array): FilePlan {
  const textPlan = planEdits(findings, document.original);
  const suggestions = textPlan.edits.length + textPlan.skipped.length;
  const { decoded } = document;
  if (!decoded || !WRITABLE.has(extname(document.path).toLowerCase()))
    return {
      status: "suggestions-only",
      reason: "only .txt, .md and .html files are rewritten",
      suggestions,
    };
  if (decoded.encoding !== "utf-8")
    return {
      status: "suggestions-only",
      reason: "the file is not UTF-8, so it is not rewritten",
      suggestions,
    };
  const prefix = decoded.bom ? BOM : "";
  if (!sameBytes(new TextEncoder().encode(prefix + decoded.text), bytes))
    return { status: "suggestions-only", reason: "the file changed since it was checked", suggestions };
  const sourcePlan = decoded.markup
    ? toHtmlEdits(
        {
          html: decoded.text,
          text: document.original,
          anchors: decoded.markup.anchors,
          blocks: document.blocks,
          blockSourceOffsets: decoded.markup.blockOffsets,
        },
        textPlan,
      )
    : textPlan;
  if (sourcePlan.edits.length === 0) return { status: "nothing", skipped: sourcePlan.skipped };
  const after = applyEdits(decoded.text, sourcePlan.edits);
  return {
    status: "edits",
    before: prefix + decoded.text,
    after: prefix + after,
    bytes: new TextEncoder().encode(prefix + after),
    applied: sourcePlan.edits.length,
    skipped: sourcePlan.skipped,
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
