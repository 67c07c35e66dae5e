import { createDocument } from "./create-document.js";
import { decodeText } from "./decode.js";
import { checkInputSize, type ReaderOptions } from "./reader-limits.js";
import type { Document, DocumentFormat } from "./types.js";

/** A plain-text file: decoded, then blocks found from blank lines and heading-like lines. */
export function readText(
  path: string,
  bytes: Uint8Array,
  encoding?: string,
  options: ReaderOptions = {},
): Document {
  return readPlainText("text", path, bytes, encoding, options);
}

/** Text and Markdown differ only in how blocks are found; both are decoded the same way. */
export function readPlainText(
  format: Extract<DocumentFormat, "text" | "markdown">,
  path: string,
  bytes: Uint8Array,
  encoding?: string,
  options: ReaderOptions = {},
): Document {
  checkInputSize(path, bytes.length, options.maxInputBytes);
  return createDocument({ path, format, text: decodeText(bytes, path, encoding) });
}
