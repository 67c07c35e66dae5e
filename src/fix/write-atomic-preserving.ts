/**
 * Replaces a draft's bytes so that a crash at any moment leaves either the old file or the new
 * one, never half of each: write a temporary file in the same directory, flush it to disk,
 * give it the original's permissions, rename it over the original. A failure on the way
 * removes the temporary file. Symbolic links are followed, so the link stays a link.
 */
import { randomBytes } from "node:crypto";
import { chmod, type FileHandle, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The step that puts bytes into the temporary file; tests replace it to simulate a crash. */
export type WriteBytes = (handle: FileHandle, data: Uint8Array) => Promise<void>;

const writeAll: WriteBytes = async (handle, data) => {
  await handle.writeFile(data);
};

export async function writeFilePreserving(
  path: string,
  data: Uint8Array,
  writeBytes: WriteBytes = writeAll,
): Promise<void> {
  const target = await realpath(path);
  const mode = (await stat(target)).mode & 0o7777;
  const temporary = join(
    dirname(target),
    `.${basename(target)}.disclint-${randomBytes(6).toString("hex")}.tmp`,
  );
  const handle = await open(temporary, "wx", 0o600);
  try {
    await writeBytes(handle, data);
    await handle.sync();
    await handle.close();
    // open() is subject to the umask; chmod sets the original's mode exactly.
    await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
