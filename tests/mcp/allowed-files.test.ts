/**
 * The folders the MCP server may read, tested without the protocol: which paths are located
 * inside them before anything is opened, and how reading refuses what is not a small regular
 * file. (check-file.test.ts covers the same through `check_file`.)
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { allowedRoots, locateAllowedFile, readAllowedFile } from "../../src/mcp/allowed-files.js";
import { routeConsoleToStderr } from "../../src/mcp/server.js";

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "disclint-mcp-roots-"));
  for (const dir of ["first", "second", "outside"]) mkdirSync(join(base, dir));
  writeFileSync(join(base, "first", "draft.txt"), "a draft");
  writeFileSync(join(base, "first", "..notes.txt"), "a file whose name starts with two dots");
  writeFileSync(join(base, "second", "other.txt"), "another draft");
  writeFileSync(join(base, "outside", "secret.txt"), "not to be read");
  symlinkSync(join(base, "outside", "secret.txt"), join(base, "first", "escape.txt"));
  symlinkSync(join(base, "first"), join(base, "first-link"));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("allowedRoots", () => {
  it("refuses a root that does not exist or is not a folder", () => {
    expect(() => allowedRoots(["missing"], base)).toThrow("--root missing: no such folder");
    expect(() => allowedRoots(["first/draft.txt"], base)).toThrow("--root first/draft.txt: not a folder");
  });
});

describe("locateAllowedFile, before anything is opened", () => {
  const roots = () => allowedRoots(["first", "second"], base);

  it("finds a relative path in the first root and an absolute one in any root", async () => {
    expect((await locateAllowedFile("draft.txt", roots())).path).toBe(join(base, "first", "draft.txt"));
    const other = await locateAllowedFile(join(base, "second", "other.txt"), roots());
    expect(other.root.given).toBe(join(base, "second"));
  });

  it("accepts a name that merely starts with two dots", async () => {
    expect((await locateAllowedFile("..notes.txt", roots())).real).toBe(join(base, "first", "..notes.txt"));
  });

  it("refuses a path that climbs out, and a link whose target is outside", async () => {
    await expect(locateAllowedFile("../outside/secret.txt", roots())).rejects.toThrow(/outside the folders/);
    await expect(locateAllowedFile("escape.txt", roots())).rejects.toThrow(/outside the folders/);
  });

  it("accepts the files of a root given through a link, by either name", async () => {
    const linked = allowedRoots(["first-link"], base);
    expect((await locateAllowedFile("draft.txt", linked)).real).toBe(join(base, "first", "draft.txt"));
    await expect(locateAllowedFile(join(base, "first", "draft.txt"), linked)).rejects.toThrow(/outside/);
  });
});

describe("readAllowedFile", () => {
  it("reads a draft and names it relative to its root", async () => {
    const file = await readAllowedFile("draft.txt", allowedRoots(["first"], base));
    expect(file.displayPath).toBe("draft.txt");
    expect(new TextDecoder().decode(file.bytes)).toBe("a draft");
  });

  it("refuses a file over the size limit without reading it", async () => {
    await expect(readAllowedFile("draft.txt", allowedRoots(["first"], base), 4)).rejects.toThrow(
      "draft.txt: the file is 7 bytes, over the 4 bytes limit",
    );
  });
});

describe("routeConsoleToStderr", () => {
  it("sends what libraries print with console.* to standard error, never to standard output", () => {
    const saved = { ...console };
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let written: { stdout: number; stderr: unknown[] };
    try {
      routeConsoleToStderr();
      console.log("stray %s", "log");
      console.info("stray info");
      console.warn("stray warning");
      console.dir({ stray: "object" });
      written = { stdout: stdout.mock.calls.length, stderr: stderr.mock.calls.map(([text]) => text) };
    } finally {
      Object.assign(console, saved);
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(written).toEqual({
      stdout: 0,
      stderr: ["stray log\n", "stray info\n", "stray warning\n", "{ stray: 'object' }\n"],
    });
  });
});
