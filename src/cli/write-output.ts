/**
 * Writes a report file (or an annotated copy) atomically: a temporary file beside the target,
 * flushed to disk, then renamed over it. A crash or a full disk leaves the previous file intact,
 * never half a report.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** `content` may come in pieces (a streamed report): each is written as it is made. */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by a rename, and must
  // not be: write to it directly.
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(path, content);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx", 0o644);
  try {
    // writeFile on a handle goes on from where the last piece ended, and unlike write() it
    // loops until a piece is written whole.
    if (typeof content === "string" || content instanceof Uint8Array) await handle.writeFile(content);
    else for await (const piece of content) await handle.writeFile(piece);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
