/**
 * Size limits every reader applies before parsing, so that a huge or hostile file is refused
 * with a clear message instead of exhausting memory inside a parser.
 */
import { inflateRawSync } from "node:zlib";
import { InputError } from "./input-error.js";

/** Announcements are rarely over a few MB; 50 MB leaves room for scanned annexes. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface ReaderOptions {
  /** Largest input accepted, in bytes (default 50 MB). */
  maxInputBytes?: number;
}

/** Throws `too-large` when `size` bytes exceed the limit. */
export function checkInputSize(path: string, size: number, maxBytes = DEFAULT_MAX_INPUT_BYTES): void {
  if (size > maxBytes) {
    throw new InputError(
      "too-large",
      path,
      `${path}: input is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
    );
  }
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${trimNumber(size / 1024)} KB`;
  return `${trimNumber(size / (1024 * 1024))} MB`;
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Limits on a zip container (a .docx) before any of it is inflated by a parser. */
export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Largest total uncompressed / compressed ratio; ordinary .docx files stay far below. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/**
 * Ratios are only meaningful once there is something to inflate: a tiny part full of
 * repeated XML can legitimately compress very well.
 */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Why a zip was refused; the caller chooses the error code for "corrupt". */
export type ZipVerdict =
  | { kind: "ok" }
  | { kind: "corrupt"; reason: string }
  | { kind: "bomb"; reason: string };

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/**
 * Reads the zip central directory ourselves and then inflates every entry with a hard output
 * cap, so that neither the declared sizes nor sizes that lie can make the real parser inflate
 * gigabytes. Costs one extra inflate of a file already capped at the input limit.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { kind: "corrupt", reason: "no zip end-of-central-directory record" };
  const listed = readCentralDirectory(view, eocd, limits.maxEntries);
  if (listed.kind !== "ok") return listed;
  const declared = checkDeclaredSizes(listed.entries, limits);
  if (declared.kind !== "ok") return declared;
  return checkInflatedSizes(bytes, view, listed.entries);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

type Listing = { kind: "ok"; entries: ZipEntry[] } | Exclude<ZipVerdict, { kind: "ok" }>;

function readCentralDirectory(view: DataView, eocd: number, maxEntries: number): Listing {
  const declaredCount = view.getUint16(eocd + 10, true);
  const start = view.getUint32(eocd + 16, true);
  if (declaredCount > maxEntries) return tooManyEntries(declaredCount, maxEntries);
  if (start === ZIP64_MARK) return { kind: "corrupt", reason: "zip64 archives are not supported" };
  const entries: ZipEntry[] = [];
  // Walk the records rather than trusting the count: the count field is 16 bits and can lie.
  for (let at = start; at + 46 <= view.byteLength && view.getUint32(at, true) === CENTRAL_SIGNATURE; ) {
    if (entries.length >= maxEntries) return tooManyEntries(entries.length + 1, maxEntries);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    const entry: ZipEntry = {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0) return { kind: "corrupt", reason: "empty zip central directory" };
  return { kind: "ok", entries };
}

function tooManyEntries(count: number, max: number): ZipVerdict & { kind: "bomb" } {
  return { kind: "bomb", reason: `${count} zip entries (limit ${max})` };
}

/** Zip64 moves sizes that do not fit 32 bits into extra field 0x0001, in a fixed order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const read64 = (): number => {
        const value =
          field + 8 <= view.byteLength ? Number(view.getBigUint64(field, true)) : Number.MAX_SAFE_INTEGER;
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === ZIP64_MARK) entry.uncompressedSize = read64();
      if (entry.compressedSize === ZIP64_MARK) entry.compressedSize = read64();
      if (entry.localHeaderOffset === ZIP64_MARK) entry.localHeaderOffset = read64();
      return;
    }
    at += 4 + size;
  }
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits): ZipVerdict {
  let uncompressed = 0;
  let compressed = 0;
  for (const entry of entries) {
    uncompressed += entry.uncompressedSize;
    compressed += entry.compressedSize;
  }
  if (uncompressed > limits.maxUncompressedBytes) {
    return {
      kind: "bomb",
      reason: `declares ${formatBytes(uncompressed)} uncompressed (limit ${formatBytes(limits.maxUncompressedBytes)})`,
    };
  }
  const ratio = uncompressed / Math.max(1, compressed);
  if (uncompressed > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
    return { kind: "bomb", reason: `compression ratio ${Math.round(ratio)}:1 (limit ${limits.maxRatio}:1)` };
  }
  return { kind: "ok" };
}

function checkInflatedSizes(bytes: Uint8Array, view: DataView, entries: ZipEntry[]): ZipVerdict {
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      return { kind: "corrupt", reason: `bad local header for ${entry.name}` };
    }
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) return { kind: "corrupt", reason: `${entry.name} is truncated` };
    const verdict = checkEntryData(entry, bytes.subarray(dataStart, dataEnd));
    if (verdict.kind !== "ok") return verdict;
  }
  return { kind: "ok" };
}

function checkEntryData(entry: ZipEntry, data: Uint8Array): ZipVerdict {
  if (entry.method === 0) {
    return data.length === entry.uncompressedSize
      ? { kind: "ok" }
      : { kind: "corrupt", reason: `${entry.name}: stored size mismatch` };
  }
  if (entry.method !== 8)
    return { kind: "corrupt", reason: `${entry.name}: unsupported compression method ${entry.method}` };
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return { kind: "ok" };
  } catch (error) {
    if (
      error instanceof RangeError ||
      (error instanceof Error && "code" in error && error.code === "ERR_BUFFER_TOO_LARGE")
    ) {
      return { kind: "bomb", reason: `${entry.name} inflates beyond its declared size` };
    }
    return {
      kind: "corrupt",
      reason: `${entry.name}: ${error instanceof Error ? error.message : "inflate failed"}`,
    };
  }
}
