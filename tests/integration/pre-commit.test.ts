/**
 * The pre-commit hook with the real `pre-commit` tool (Debian's package). `try-repo` clones the
 * hook repository at HEAD, adding only tracked files' uncommitted changes, so a new
 * .pre-commit-hooks.yaml is invisible until committed: the test commits the working copy's
 * manifest into a temporary hook repository and runs try-repo against that.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN_DRAFT, CONFIG, DEFECTIVE_DRAFT, disclintShim, tempDir } from "./drafts.js";

const inCi = process.env.CI === "true";
const hasPreCommit = spawnSync("pre-commit", ["--version"], { stdio: "ignore" }).status === 0;

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
};

describe.skipIf(!hasPreCommit && !inCi)("pre-commit hook `disclint`", () => {
  let env: NodeJS.ProcessEnv;
  let hookRepo: string;
  let userRepo: string;

  beforeAll(() => {
    if (!hasPreCommit) {
      throw new Error(
        "pre-commit is not installed: CI needs Debian's pre-commit package (apt-get install -y pre-commit)",
      );
    }
    const { binDir } = disclintShim();
    env = {
      ...process.env,
      ...GIT_IDENTITY,
      PATH: `${binDir}:${process.env.PATH}`,
      PRE_COMMIT_HOME: tempDir("pre-commit-home"),
    };
    hookRepo = tempDir("hook-repo");
    git(hookRepo, "init", "-q");
    copyFileSync(
      join(import.meta.dirname, "..", "..", ".pre-commit-hooks.yaml"),
      join(hookRepo, ".pre-commit-hooks.yaml"),
    );
    git(hookRepo, "add", ".pre-commit-hooks.yaml");
    git(hookRepo, "commit", "-q", "-m", "hooks");

    userRepo = tempDir("user-repo");
    git(userRepo, "init", "-q");
    mkdirSync(join(userRepo, "announcements"));
    writeFileSync(join(userRepo, ".disclint.yaml"), CONFIG);
    writeFileSync(join(userRepo, "announcements", "office-clean-en.txt"), CLEAN_DRAFT);
    writeFileSync(join(userRepo, "announcements", "office-defective-en.txt"), DEFECTIVE_DRAFT);
    writeFileSync(join(userRepo, "announcements", "budget.csv"), "item,amount\nrent,100\n");
  });

  function git(cwd: string, ...args: string[]): void {
    execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_IDENTITY }, stdio: "ignore" });
  }

  function preCommit(...args: string[]): { status: number | null; output: string } {
    const result = spawnSync("pre-commit", args, { cwd: userRepo, env, encoding: "utf8", timeout: 120_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it("fails on a draft with an error-severity finding and prints it in compact form", () => {
    const { status, output } = preCommit(
      "try-repo",
      hookRepo,
      "disclint",
      "--files",
      "announcements/office-defective-en.txt",
    );
    expect(status).toBe(1);
    expect(output).toMatch(/disclint \(HKEX announcement drafts\)\.+Failed/);
    expect(output).toMatch(
      /announcements\/office-defective-en\.txt:\d+:\d+: error: .+ \[hkex\/ined-min-three\]/,
    );
  }, 120_000);

  it("passes on a clean draft", () => {
    const { status, output } = preCommit(
      "try-repo",
      hookRepo,
      "disclint",
      "--files",
      "announcements/office-clean-en.txt",
    );
    expect(output).toMatch(/disclint \(HKEX announcement drafts\)\.+Passed/);
    expect(status).toBe(0);
  }, 120_000);

  it("skips files that are not drafts", () => {
    const { status, output } = preCommit(
      "try-repo",
      hookRepo,
      "disclint",
      "--files",
      "announcements/budget.csv",
    );
    expect(output).toMatch(/disclint \(HKEX announcement drafts\)\.+\(no files to check\)Skipped/);
    expect(status).toBe(0);
  }, 120_000);

  it("works as a `repo: local` hook, as docs/integrations.md shows", () => {
    writeFileSync(
      join(userRepo, ".pre-commit-config.yaml"),
      [
        "repos:",
        "  - repo: local",
        "    hooks:",
        "      - id: disclint",
        "        name: disclint",
        "        entry: disclint check --format compact",
        "        language: system",
        "        files: ^announcements/.*\\.(txt|md|html?|docx|pdf)$",
        "",
      ].join("\n"),
    );
    git(userRepo, "add", ".pre-commit-config.yaml");
    const failing = preCommit(
      "run",
      "--files",
      "announcements/office-defective-en.txt",
      "announcements/office-clean-en.txt",
    );
    expect(failing.status).toBe(1);
    expect(failing.output).toContain("[hkex/ined-min-three]");
    expect(failing.output).not.toMatch(/office-clean-en\.txt:\d+:\d+: error/);
    const passing = preCommit("run", "--files", "announcements/office-clean-en.txt");
    expect(passing.status).toBe(0);
  }, 120_000);
});
