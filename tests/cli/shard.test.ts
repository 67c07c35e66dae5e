/**
 * --shard i/n: the parts are disjoint, together they are the whole, a file's part depends on its
 * own path only (adding a file moves no other), and a language pair stays in one part.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseShard, selectShard, shardOf } from "../../src/cli/shard.js";
import { runCli } from "../helpers/run-cli.js";
import { CLEAN_DRAFT, CONFIG } from "../integration/drafts.js";

const cwd = "/archive";
const files = Array.from({ length: 40 }, (_, i) => `/archive/2026/notice-${i}.txt`);

describe("parseShard", () => {
  it("reads i/n", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
  });

  it("refuses a part outside 1..n and other shapes", () => {
    for (const text of ["0/3", "4/3", "1/0", "2", "a/b", "1/2/3", "-1/2"]) {
      expect(typeof parseShard(text), text).toBe("string");
    }
  });
});

describe("selectShard", () => {
  it("splits the files into disjoint parts whose union is the whole", () => {
    const parts = [1, 2, 3].map((index) => selectShard(files, cwd, { index, count: 3 }));
    const all = parts.flat();
    expect(all).toHaveLength(files.length);
    expect(new Set(all)).toEqual(new Set(files));
    // Every part gets some of 40 files (a hash, not a single bucket).
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
  });

  it("keeps each part in input order", () => {
    const part = selectShard(files, cwd, { index: 2, count: 3 });
    expect(part).toEqual(files.filter((file) => part.includes(file)));
  });

  it("moves no file when another is added (by path, not by position)", () => {
    const before = files.map((file) => shardOf(file, cwd, 4));
    const withNew = ["/archive/2026/aaa-first.txt", ...files];
    const after = withNew.slice(1).map((file) => shardOf(file, cwd, 4));
    expect(after).toEqual(before);
    for (const index of [1, 2, 3, 4]) {
      const part = selectShard(withNew, cwd, { index, count: 4 });
      expect(part.filter((file) => file !== withNew[0])).toEqual(
        selectShard(files, cwd, { index, count: 4 }),
      );
    }
  });

  it("depends on the path relative to the working directory, not where the archive is", () => {
    const moved = files.map((file) => file.replace("/archive/", "/elsewhere/ci/"));
    expect(moved.map((file) => shardOf(file, "/elsewhere/ci", 5))).toEqual(
      files.map((file) => shardOf(file, cwd, 5)),
    );
  });

  it("keeps both language versions of an announcement in the same part", () => {
    const pairs = Array.from({ length: 20 }, (_, i) => [
      `/archive/r${i}-en.txt`,
      `/archive/r${i}-zh.txt`,
    ]).flat();
    for (const index of [1, 2, 3]) {
      const part = selectShard(pairs, cwd, { index, count: 3 });
      for (const file of part) {
        const other = file.endsWith("-en.txt")
          ? file.replace("-en.txt", "-zh.txt")
          : file.replace("-zh.txt", "-en.txt");
        expect(part).toContain(other);
      }
    }
  });
});

describe("--shard on the command line", () => {
  it("checks each file in exactly one of the shards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-shard-"));
    writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
    const names = Array.from({ length: 12 }, (_, i) => `notice-${i}.txt`);
    for (const name of names) writeFileSync(join(dir, name), CLEAN_DRAFT);
    const checked: string[] = [];
    for (const shard of ["1/3", "2/3", "3/3"]) {
      const result = await runCli(["check", ".", "--format", "json", "--shard", shard], { cwd: dir });
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { files: { path: string }[] };
      checked.push(...report.files.map((file) => file.path.split(/[\\/]/).pop() ?? ""));
    }
    expect(checked.sort()).toEqual([...names].sort());
  });

  it("refuses a malformed shard, and --shard with standard input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-shard-"));
    const bad = await runCli(["check", ".", "--shard", "4/3"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("between 1 and 3");
    const stdin = await runCli(["check", "--stdin", "--shard", "1/2"], { cwd: dir, stdin: CLEAN_DRAFT });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain("--shard");
  });
});
