/**
 * --timeout: a draft whose check takes longer than the limit is reported as not checked (a file
 * error, exit 2) while the other drafts are checked as usual. The slow draft is genuinely big
 * (about 19 MB of announcement text, seconds of work), not a test hook.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTimeoutSeconds } from "../../src/cli/timeout.js";
import { runCli } from "../helpers/run-cli.js";
import { CLEAN_DRAFT, CONFIG } from "../integration/drafts.js";

interface Report {
  files: { path: string; findings: unknown[]; errors: { code: string; message: string }[] }[];
}

const PARAGRAPH =
  "The board of directors of Lumen Harbour Biotech Limited announces that the Company entered into a supply agreement with Kestrel Valley Instruments Limited on 3 March 2026 for HK$12,500,000.\n\n";

describe("parseTimeoutSeconds", () => {
  it("accepts positive seconds, with decimals", () => {
    expect(parseTimeoutSeconds("30")).toBe(30);
    expect(parseTimeoutSeconds("0.5")).toBe(0.5);
  });

  it("refuses zero, negatives and words", () => {
    for (const text of ["0", "-1", "ten", "1e3", ""])
      expect(typeof parseTimeoutSeconds(text), text).toBe("string");
  });
});

describe("--timeout", () => {
  it("reports the slow draft as not checked and checks the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-timeout-"));
    writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
    writeFileSync(join(dir, "a-office.txt"), CLEAN_DRAFT);
    writeFileSync(join(dir, "b-archive.txt"), CLEAN_DRAFT + PARAGRAPH.repeat(100_000));
    writeFileSync(join(dir, "c-office.txt"), CLEAN_DRAFT.replace("Unit 12", "Unit 14"));
    const started = performance.now();
    const result = await runCli(["check", ".", "--format", "json", "--timeout", "2"], { cwd: dir });
    const seconds = (performance.now() - started) / 1000;
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as Report;
    const byName = new Map(report.files.map((file) => [file.path.split(/[\\/]/).pop(), file]));
    expect(byName.get("b-archive.txt")?.errors).toEqual([
      { code: "timeout", message: "not checked: took longer than 2s" },
    ]);
    expect(byName.get("b-archive.txt")?.findings).toEqual([]);
    // The drafts before and after the slow one were checked (the worker was replaced).
    expect(byName.get("a-office.txt")?.errors).toEqual([]);
    expect(byName.get("c-office.txt")?.errors).toEqual([]);
    expect(seconds).toBeLessThan(20);
  });

  it("says which files it cannot time (a language pair is checked in the main thread)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-timeout-"));
    writeFileSync(join(dir, ".disclint.yaml"), CONFIG);
    writeFileSync(join(dir, "office-en.txt"), CLEAN_DRAFT);
    writeFileSync(join(dir, "office-zh.txt"), CLEAN_DRAFT);
    writeFileSync(join(dir, "notice.txt"), CLEAN_DRAFT);
    const result = await runCli(["check", ".", "--format", "json", "--timeout", "30"], { cwd: dir });
    expect(result.stderr).toContain("--timeout does not apply to 2 files checked in the main thread");
    expect((JSON.parse(result.stdout) as Report).files).toHaveLength(3);
  });

  it("refuses a timeout that is not a positive number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-timeout-"));
    const result = await runCli(["check", ".", "--timeout", "0"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("positive number of seconds");
  });
});
