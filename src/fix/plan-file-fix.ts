/**
 * What fixing one file would change: its content before and after, as text and bytes. Only
 * UTF-8 text, Markdown and HTML files are rewritten, and only when their bytes are exactly the
 * text that was checked (so nothing else — byte-order mark, line endings, final newline — can
 * change). Word and PDF files keep their suggestions in the report.
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

export async function planFileFix(
  path: string,
  bytes: Uint8Array,
  document: Document,
  findings: readonly Finding[],
): Promise<FilePlan> {
  const textPlan = planEdits(findings, document.original);
  const suggestions = textPlan.edits.length + textPlan.skipped.length;
  if (!WRITABLE.has(extname(path).toLowerCase()) || document.format === "docx" || document.format === "pdf")
    return {
      status: "suggestions-only",
      reason: "only .txt, .md and .html files are rewritten",
      suggestions,
    };
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined)
    return {
      status: "suggestions-only",
      reason: "the file is not UTF-8, so it is not rewritten",
      suggestions,
    };
  const { bom, content } = decoded;
  const sourcePlan =
    document.format === "html" ? await htmlPlan(path, content, document, textPlan) : textPlan;
  if (sourcePlan === undefined || (document.format !== "html" && content !== document.original))
    return { status: "suggestions-only", reason: "the file changed since it was checked", suggestions };
  if (sourcePlan.edits.length === 0) return { status: "nothing", skipped: sourcePlan.skipped };
  const after = applyEdits(content, sourcePlan.edits);
  const prefix = bom ? BOM : "";
  return {
    status: "edits",
    before: prefix + content,
    after: prefix + after,
    bytes: new TextEncoder().encode(prefix + after),
    applied: sourcePlan.edits.length,
    skipped: sourcePlan.skipped,
  };
}

async function htmlPlan(
  path: string,
  html: string,
  document: Document,
  textPlan: EditPlan,
): Promise<EditPlan | undefined> {
  const { extractHtml } = await import("../document/read-html.js");
  const extraction = extractHtml(path, html);
  if (extraction.document.original !== document.original) return undefined;
  return toHtmlEdits(
    {
      html,
      text: document.original,
      anchors: extraction.sourceOffsets,
      blocks: extraction.source.blocks ?? [],
      blockSourceOffsets: extraction.blockSourceOffsets,
    },
    textPlan,
  );
}

/** Strict UTF-8, the byte-order mark kept aside; undefined for any other encoding. */
function decodeUtf8(bytes: Uint8Array): { bom: boolean; content: string } | undefined {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    return { bom, content };
  } catch {
    return undefined;
  }
}
