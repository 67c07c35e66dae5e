import { createDocument } from "./create-document.js";
import { decodeText } from "./decode.js";
import type { Document } from "./types.js";

/** A plain-text file: decoded, then blocks found from blank lines and heading-like lines. */
export function readText(path: string, bytes: Uint8Array, encoding?: string): Document {
  return createDocument({ path, format: "text", text: decodeText(bytes, path, encoding) });
}
