import {
  chmod,
  type FileHandle,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilePreserving } from "../../src/fix/write-atomic-preserving.js";

async function draft(content: string, mode = 0o640): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), "disclint-write-"));
  const path = join(dir, "draft.txt");
  await writeFile(path, content);
  await chmod(path, mode);
  return { dir, path };
}

describe("writeFilePreserving", () => {
  it("replaces the content and keeps the file mode", async () => {
    const { dir, path } = await draft("old", 0o640);
    await writeFilePreserving(path, new TextEncoder().encode("new content"));
    expect(await readFile(path, "utf8")).toBe("new content");
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(["draft.txt"]);
  });

  it("leaves the original intact and no temporary file when writing fails midway", async () => {
    const { dir, path } = await draft("the original announcement");
    const crash = async (handle: FileHandle, data: Uint8Array) => {
      await handle.write(data.subarray(0, 5));
      throw new Error("simulated crash: disk full");
    };
    await expect(
      writeFilePreserving(path, new TextEncoder().encode("a much longer new text"), crash),
    ).rejects.toThrow("simulated crash");
    expect(await readFile(path, "utf8")).toBe("the original announcement");
    expect(await readdir(dir)).toEqual(["draft.txt"]);
  });

  it("writes through a symbolic link, keeping the link", async () => {
    const { dir, path } = await draft("old");
    const link = join(dir, "link.txt");
    await symlink(path, link);
    await writeFilePreserving(link, new TextEncoder().encode("via link"));
    expect(await readFile(path, "utf8")).toBe("via link");
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });
});
