/**
 * --jobs: files are checked in worker threads, and the report is byte for byte the one --jobs 1
 * gives. The drafts mix clean and defective announcements of a fictional issuer, a language
 * pair (checked in the main thread, where its Documents are) and a file that cannot be read.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { draftArchive } from "../helpers/draft-archive.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const REPOSITORY = join(import.meta.dirname, "..", "..");

const archive = (): string => draftArchive("disclint-jobs-", 24);

interface Report {
  files: { path: string; findings: { ruleId: string; severity: string }[]; errors: { code: string }[] }[];
}

describe("--jobs", () => {
  it("gives the same JSON report, byte for byte, with 1 and 3 jobs", async () => {
    const dir = archive();
    const one = await runCli(["check", ".", "--format", "json", "--jobs", "1"], { cwd: dir });
    const three = await runCli(["check", ".", "--format", "json", "--jobs", "3"], { cwd: dir });
    expect(three.stderr).toBe("");
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);

    // The report is a real one: every input, in path order, the defects found, the broken file refused.
    const report = expectValidReport(three.stdout) as Report;
    expect(report.files).toHaveLength(27);
    const names = report.files.map((file) => file.path.split(/[\\/]/).pop());
    expect(names).toEqual([...names].sort());
    const defective = report.files.filter((file) =>
      file.findings.some((finding) => finding.ruleId === "hkex/ined-min-three"),
    );
    expect(defective.map((file) => file.path.split(/[\\/]/).pop())).toEqual(
      ["00", "03", "06", "09", "12", "15", "18", "21"].map((n) => `notice-${n}.txt`),
    );
    expect(report.files.find((file) => file.path.endsWith("broken.docx"))?.errors).not.toEqual([]);
    expect(one.code).toBe(2); // the broken Word file was not checked
  });

  it("gives the same stylish report (with its code frames) with 1 and 2 jobs", async () => {
    const dir = archive();
    const one = await runCli(["check", ".", "--no-color"], { cwd: dir });
    const two = await runCli(["check", ".", "--no-color", "--jobs", "2"], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toContain("notice-03.txt");
  });

  it('accepts "auto" and refuses 0 or a word', async () => {
    const dir = archive();
    const auto = await runCli(["check", "notice-01.txt", "--format", "compact", "--jobs", "auto"], {
      cwd: dir,
    });
    expect(auto.code).toBe(0);
    for (const bad of ["0", "many"]) {
      const result = await runCli(["check", ".", "--jobs", bad], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("--jobs");
      expect(result.stdout).toBe("");
    }
  });
});

describe("--jobs in the bundled CLI (dist/check-worker.cjs)", () => {
  beforeAll(() => {
    // npm test builds first; build here only when the worker bundle is missing altogether.
    if (!existsSync(join(REPOSITORY, "dist", "check-worker.cjs")))
      execFileSync(process.execPath, [join(REPOSITORY, "scripts", "build.mjs")], { cwd: REPOSITORY });
  }, 120_000);

  it("gives the same JSON report with 1 and 3 jobs", () => {
    const dir = archive();
    const run = (jobs: string) =>
      spawnSync(
        process.execPath,
        [join(REPOSITORY, "bin", "disclint.cjs"), ".", "--format", "json", "--jobs", jobs],
        {
          cwd: dir,
          encoding: "utf8",
        },
      );
    const one = run("1");
    const three = run("3");
    expect(three.stderr).toBe("");
    expect(three.status).toBe(2);
    expect(three.stdout).toBe(one.stdout);
    expect((JSON.parse(three.stdout) as Report).files).toHaveLength(27);
  });
});
