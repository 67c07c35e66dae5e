/**
 * Where a document's directives are written, and how their positions map into the checked
 * text. Text and Markdown directives sit in the checked text itself; HTML comments are not
 * part of the extracted text, so their HTML offsets are mapped through the reader's anchors.
 */
import type { Document } from "../document/types.js";
import { directiveSyntax } from "./directives.js";

export interface DirectiveSource {
  /** The text the directives are written in. */
  text: string;
  syntax: "comment" | "line";
  /** Offset in the checked (original) text for an offset in `text`. */
  toOriginal(offset: number): number;
  /** True when directives are part of the checked text, so their own words may raise findings. */
  inCheckedText: boolean;
}

/** An offset in the extracted text and the offset in the HTML it came from (see read-html.ts). */
export interface SourceAnchor {
  text: number;
  html: number;
}

/** Text and Markdown: the checked text is the source. HTML needs `htmlDirectiveSource`. */
export function checkedTextDirectiveSource(document: Document): DirectiveSource | undefined {
  const syntax = directiveSyntax(document.format);
  if (!syntax || document.format === "html") return undefined;
  return { text: document.original, syntax, toOriginal: (offset) => offset, inCheckedText: true };
}

/**
 * An HTML comment lies between text runs: it maps to the text offset of the first run that
 * starts at or after it (or the end of the text).
 */
export function htmlDirectiveSource(
  html: string,
  anchors: readonly SourceAnchor[],
  textLength: number,
): DirectiveSource {
  return {
    text: html,
    syntax: "comment",
    inCheckedText: false,
    toOriginal(offset) {
      let low = 0;
      let high = anchors.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((anchors[middle] as SourceAnchor).html < offset) low = middle + 1;
        else high = middle;
      }
      return anchors[low]?.text ?? textLength;
    },
  };
}

/**
 * The directive source of any checked document: `bytes` are the input as read, needed for HTML,
 * whose comments are not in the checked text. Word and PDF have none (they use a baseline).
 */
export async function directiveSourceFor(
  document: Document,
  bytes: Uint8Array,
  encoding?: string,
): Promise<DirectiveSource | undefined> {
  if (document.format !== "html") return checkedTextDirectiveSource(document);
  const [{ extractHtml }, { decodeBytes }] = await Promise.all([
    import("../document/read-html.js"),
    import("../document/encodings.js"),
  ]);
  const html = decodeHtml(bytes, document.path, encoding, decodeBytes);
  const extraction = extractHtml(document.path, html);
  // Decoded differently from the reader (an unusual charset): directives cannot be placed.
  if (extraction.document.original !== document.original) return undefined;
  return htmlDirectiveSource(html, extraction.sourceOffsets, document.original.length);
}

/** As the HTML reader decodes: an explicit encoding, then a <meta charset>, then detection. */
function decodeHtml(
  bytes: Uint8Array,
  path: string,
  encoding: string | undefined,
  decodeBytes: (bytes: Uint8Array, path: string, encoding?: string) => string,
): string {
  if (encoding !== undefined) return decodeBytes(bytes, path, encoding);
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) return decodeBytes(bytes, path, declared);
  return decodeBytes(bytes, path);
}
