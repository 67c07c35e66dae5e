/**
 * What a new user sees when a command line is wrong (issue 14, item 4): every refusal says why
 * on standard error, names the value at fault and, where a close name exists, suggests it;
 * exit 2 means nothing (or not everything) was checked.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

/** A draft with warnings (no disclaimer) and no error at the default --fail-on. */
const DRAFT = [
  "Lumen Harbour Biotech Limited",
  "(Stock Code: 9876)",
  "",
  "VOLUNTARY ANNOUNCEMENT",
  "",
  "The board of directors of the Company announces that the record date is [TBD].",
  "",
].join("\n");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "disclint-usage-"));
  writeFileSync(join(dir, "draft.txt"), DRAFT);
});

describe("--as-of", () => {
  it.each([
    ["2023-02-30", /2023-02-30.*(?:no such day|not a date)/],
    ["2023-13-45", /2023-13-45.*(?:no such day|not a date)/],
    ["yesterday", /yesterday.*YYYY-MM-DD/],
  ])("refuses %s and says why", async (value, reason) => {
    const result = await runCli(["check", "draft.txt", "--as-of", value], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain("--as-of");
  });

  it("accepts a real date", async () => {
    const result = await runCli(["check", "draft.txt", "--as-of", "2024-02-29", "--format", "compact"], {
      cwd: dir,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("--max-warnings", () => {
  it("says the warnings exceeded the limit when that alone makes the exit code 1", async () => {
    const result = await runCli(["check", "draft.txt", "--format", "compact", "--max-warnings", "0"], {
      cwd: dir,
    });
    const warnings = result.stdout.split("\n").filter((line) => line.includes(": warning: ")).length;
    expect(warnings).toBeGreaterThan(0);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `disclint: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings 0 allows`,
    );
  });

  it("says nothing when the warnings are within the limit", async () => {
    const result = await runCli(["check", "draft.txt", "--format", "compact", "--max-warnings", "99"], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });
});

describe("--kind", () => {
  it("refuses a misspelt kind and suggests the known one", async () => {
    const result = await runCli(["check", "draft.txt", "--kind", "inside-informaton"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('unknown document kind "inside-informaton"');
    expect(result.stderr).toContain("did you mean `inside-information`?");
  });

  it("refuses a kind that is nothing like a known one, listing the known kinds", async () => {
    const result = await runCli(["check", "draft.txt", "--kind", "banana"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown document kind "banana"');
    expect(result.stderr).toContain("inside-information");
    expect(result.stderr).toContain("poll-results");
  });

  it("accepts a known kind", async () => {
    const result = await runCli(["check", "draft.txt", "--kind", "voluntary", "--format", "compact"], {
      cwd: dir,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("no arguments", () => {
  it("prints the help to standard error and exits 2 (nothing was checked)", async () => {
    const result = await runCli([], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: disclint");
    expect(result.stderr).toContain("check [options] [paths...]");
    expect(result.stderr).toContain("Exit codes:");
    expect(result.stderr).not.toContain("no input");
  });

  it("keeps the one-line reason when options were given but no input", async () => {
    const result = await runCli(["check", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no input");
  });
});

describe("a misspelt command", () => {
  it("is an unknown command with a suggestion, not a missing file", async () => {
    writeFileSync(join(dir, "x"), DRAFT);
    const result = await runCli(["chek", "x"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('unknown command "chek"; did you mean `check`?');
  });

  it("suggests `rules` for `rule`", async () => {
    const result = await runCli(["rule", "list"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("did you mean `rules`?");
  });

  it("is a file when a file of that name exists", async () => {
    const other = mkdtempSync(join(tmpdir(), "disclint-usage-"));
    writeFileSync(join(other, "chek"), DRAFT);
    const result = await runCli(["chek", "--format", "compact"], { cwd: other });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^chek:\d+:\d+: warning: /m);
  });
});
