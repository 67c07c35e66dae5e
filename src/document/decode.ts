/**
 * Bytes to text: UTF-8 (with or without BOM), or UTF-16 with a BOM. Anything else is a typed
 * InputError, not a crash. Line endings are left as they are; positions refer to them.
 */
import { decodeBytes } from "./encodings.js";
import { InputError } from "./input-error.js";

export function decodeText(bytes: Uint8Array, path: string, encoding?: string): string {
  if (encoding !== undefined) return decodeBytes(bytes, path, encoding);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "be");
  return decodeUtf8(bytes, path);
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(
      "invalid-encoding",
      path,
      `${path}: not valid UTF-8 (save it as UTF-8, or as UTF-16 with a byte-order mark)`,
    );
  }
}

function decodeUtf16(bytes: Uint8Array, order: "le" | "be"): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (order === "le") return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(even);
  // Swap to little-endian rather than rely on the ICU build providing a "utf-16be" decoder.
  const swapped = new Uint8Array(even.length);
  for (let i = 0; i < even.length; i += 2) {
    swapped[i] = even[i + 1] ?? 0;
    swapped[i + 1] = even[i] ?? 0;
  }
  return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(swapped);
}
