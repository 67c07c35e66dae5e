/**
 * Bytes to text for the text readers: one decoder (encodings.ts) for every case — byte-order
 * marks, strict UTF-8, UTF-16 without a BOM, the legacy Chinese encodings, an explicit
 * --encoding — so binary input is refused the same way whatever the reader.
 * Line endings are left as they are; positions refer to them.
 */
import { decodeBytes } from "./encodings.js";

export function decodeText(bytes: Uint8Array, path: string, encoding?: string): string {
  return decodeBytes(bytes, path, encoding);
}
