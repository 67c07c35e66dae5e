/**
 * Only regular files are read as drafts. Reading a named pipe blocks until something writes to
 * it (for ever, if nothing does), and a device or socket is not a document: each is refused up
 * front, from its metadata, as a file error like any other unreadable input.
 */
import type { Stats } from "node:fs";
import { InputError } from "../document/input-error.js";

export function refuseNonRegularFile(path: string, info: Stats): void {
  if (info.isFile()) return;
  throw new InputError("not-a-file", path, `${path}: is ${kindOf(info)}, not a regular file`);
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isDirectory()) return "a directory";
  return "not a file";
}
