/**
 * --cache: a second run over unchanged drafts reuses every result and reports exactly what the
 * first run reported; a changed draft, a changed pack, another option or (for an undated
 * draft) another day is checked again. The counts come from the --stats line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { CLEAN_DRAFT, CONFIG, DEFECTIVE_DRAFT, disclintShim } from "../integration/drafts.js";

const HOUSE_PACK = `name: house
title: House style of a fictional company secretary
version: 1.0.0
rules:
  - id: house/no-tbd
    title: No TBD left in a draft
    severity: error
    message: 'Replace "{{match}}" before publication.'
    citation:
      source: House style guide, section 2
      url: https://example.com/house-style#tbd
      verified: true
    check:
      kind: forbidden
      patterns: ['\\bTBD\\b']
    examples:
      valid:
        - text: The meeting will be held on 3 June 2026.
      invalid:
        - text: The meeting will be held on TBD.
          kind: forbidden
`;

function drafts(): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-cache-"));
  writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
  writeFileSync(join(dir, "office.txt"), CLEAN_DRAFT);
  writeFileSync(join(dir, "board.txt"), DEFECTIVE_DRAFT);
  writeFileSync(join(dir, "meeting.txt"), CLEAN_DRAFT.replace("Unit 12", "Unit TBD"));
  return dir;
}

function cacheLine(stderr: string): string | undefined {
  return /^cache: .*$/m.exec(stderr)?.[0];
}

describe("--cache", () => {
  it("reuses unchanged results and reports the same bytes", async () => {
    const dir = drafts();
    const args = ["check", ".", "--format", "json", "--cache", "--stats"];
    const first = await runCli(args, { cwd: dir });
    expect(cacheLine(first.stderr)).toBe("cache: 0 reused, 3 checked");
    expect(existsSync(join(dir, ".disclint-cache", "results.json"))).toBe(true);
    const second = await runCli(args, { cwd: dir });
    expect(cacheLine(second.stderr)).toBe("cache: 3 reused, 0 checked");
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    expect(first.code).toBe(1); // board.txt has too few independent directors
  });

  it("keeps the stylish code frames of reused results", async () => {
    const dir = drafts();
    const first = await runCli(["check", "board.txt", "--no-color", "--cache"], { cwd: dir });
    const second = await runCli(["check", "board.txt", "--no-color", "--cache"], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain("21 | As at the date of this announcement, the Board comprises");
  });

  it("checks a changed draft again, and only that one", async () => {
    const dir = drafts();
    const args = ["check", ".", "--format", "json", "--cache", "--stats"];
    await runCli(args, { cwd: dir });
    writeFileSync(join(dir, "board.txt"), CLEAN_DRAFT.replace("Unit 12", "Unit 14"));
    const second = await runCli(args, { cwd: dir });
    expect(cacheLine(second.stderr)).toBe("cache: 2 reused, 1 checked");
    expect(second.code).toBe(0); // the fixed draft's new result, not the cached error
  });

  it("checks everything again when a rule pack changes", () => {
    // Each run in its own process, as a user's would be: a process loads a pack only once.
    const { script } = disclintShim();
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8" });
      return { stdout: result.stdout, stderr: result.stderr };
    };
    const dir = drafts();
    writeFileSync(join(dir, "house.yaml"), HOUSE_PACK);
    const args = ["check", ".", "--format", "compact", "--pack", "house.yaml", "--cache", "--stats"];
    const first = run(args);
    expect(first.stdout).toContain("[house/no-tbd]");
    expect(cacheLine(run(args).stderr)).toBe("cache: 3 reused, 0 checked");
    writeFileSync(join(dir, "house.yaml"), HOUSE_PACK.replace("severity: error", "severity: warning"));
    const second = run(args);
    expect(cacheLine(second.stderr)).toBe("cache: 0 reused, 3 checked");
    expect(second.stdout).toContain('warning: Replace "TBD" before publication. [house/no-tbd]');
  });

  it("checks again when an option that changes results changes", async () => {
    const dir = drafts();
    await runCli(["check", ".", "--format", "json", "--cache"], { cwd: dir });
    const other = await runCli(
      ["check", ".", "--format", "json", "--cache", "--stats", "--as-of", "2026-06-01"],
      {
        cwd: dir,
      },
    );
    expect(cacheLine(other.stderr)).toBe("cache: 0 reused, 3 checked");
  });

  it("reuses a dated draft's result on another day, but not an undated one's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-cache-"));
    writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
    writeFileSync(join(dir, "dated.txt"), CLEAN_DRAFT);
    expect(CLEAN_DRAFT).toContain("Hong Kong, 2 March 2026\n");
    writeFileSync(join(dir, "undated.txt"), CLEAN_DRAFT.replace("Hong Kong, 2 March 2026\n", ""));
    const args = ["check", ".", "--format", "json", "--cache", "--stats"];
    await runCli(args, { cwd: dir, today: "2026-11-25" });
    const sameDay = await runCli(args, { cwd: dir, today: "2026-11-25" });
    expect(cacheLine(sameDay.stderr)).toBe("cache: 2 reused, 0 checked");
    const nextDay = await runCli(args, { cwd: dir, today: "2026-11-26" });
    expect(cacheLine(nextDay.stderr)).toBe("cache: 1 reused, 1 checked");
  });

  it("keeps its results where --cache-location says, and starts afresh from a corrupt file", async () => {
    const dir = drafts();
    writeFileSync(join(dir, "my-cache.json"), "{ not json");
    const args = [
      "check",
      ".",
      "--format",
      "json",
      "--cache",
      "--cache-location",
      "my-cache.json",
      "--stats",
    ];
    const first = await runCli(args, { cwd: dir });
    expect(cacheLine(first.stderr)).toBe("cache: 0 reused, 3 checked");
    expect(JSON.parse(readFileSync(join(dir, "my-cache.json"), "utf8")).format).toBe(1);
    expect(existsSync(join(dir, ".disclint-cache"))).toBe(false);
    const second = await runCli(args, { cwd: dir });
    expect(cacheLine(second.stderr)).toBe("cache: 3 reused, 0 checked");
  });

  it("works with --jobs: results reused from a run with workers are the same", async () => {
    const dir = drafts();
    const plain = await runCli(["check", ".", "--format", "json"], { cwd: dir });
    await runCli(["check", ".", "--format", "json", "--cache", "--jobs", "2"], { cwd: dir });
    const reused = await runCli(["check", ".", "--format", "json", "--cache", "--stats"], { cwd: dir });
    expect(cacheLine(reused.stderr)).toBe("cache: 3 reused, 0 checked");
    expect(reused.stdout).toBe(plain.stdout);
  });
});
