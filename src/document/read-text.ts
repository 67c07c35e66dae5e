import { createDocument } from "./create-document.js";
import { decodeBytesDetailed, hasByteOrderMark } from "./encodings.js";
import { checkInputSize, type ReaderOptions } from "./reader-limits.js";
import type { Decoded, Document, DocumentFormat } from "./types.js";

/** A plain-text file: decoded, then blocks found from blank lines and heading-like lines. */
export function readText(
  path: string,
  input: Uint8Array | string,
  encoding?: string,
  options: ReaderOptions = {},
): Document {
  return readPlainText("text", path, input, encoding, options);
}

/** Text and Markdown differ only in how blocks are found; both are decoded the same way. */
export function readPlainText(
  format: Extract<DocumentFormat, "text" | "markdown">,
  path: string,
  input: Uint8Array | string,
  encoding?: string,
  options: ReaderOptions = {},
): Document {
  const decoded = decodeInput(path, input, encoding, options);
  return createDocument({ path, format, text: decoded.text, decoded });
}

const BOM = "\uFEFF";

/**
 * Bytes through the one decoder (encodings.ts), after the size check; text an editor already
 * holds is taken as it is, less a leading byte-order mark, as decoding would have removed it.
 */
export function decodeInput(
  path: string,
  input: Uint8Array | string,
  encoding: string | undefined,
  options: ReaderOptions,
): Decoded {
  if (typeof input === "string") {
    checkInputSize(path, Buffer.byteLength(input), options.maxInputBytes);
    const bom = input.startsWith(BOM);
    return { text: bom ? input.slice(1) : input, bom };
  }
  checkInputSize(path, input.length, options.maxInputBytes);
  const { text, encoding: used } = decodeBytesDetailed(input, path, encoding);
  return { text, encoding: used, bom: hasByteOrderMark(input) };
}
