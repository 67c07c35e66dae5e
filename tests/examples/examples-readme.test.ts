/**
 * examples/README.md lists, in tables headed `file | rule | kind | severity`, exactly what
 * disclint reports for each bundled draft. This keeps that list true: a finding missing from
 * the README, or listed but not reported, fails the test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const examplesDir = join(import.meta.dirname, "..", "..", "examples");

function expectedFindings(): string[] {
  const lines = readFileSync(join(examplesDir, "README.md"), "utf8").split("\n");
  const rows: string[] = [];
  let inTable = false;
  for (const line of lines) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (cells.join(",") === "file,rule,kind,severity") {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (cells.length !== 4) {
      inTable = false;
      continue;
    }
    if (cells[0]?.startsWith("---")) continue;
    rows.push(cells.map((cell) => cell.replace(/`/g, "")).join(" "));
  }
  return rows.sort();
}

interface ReportShape {
  files: {
    path: string;
    findings: { ruleId: string; kind: string; severity: string }[];
    errors: unknown[];
  }[];
}

describe("examples/README.md", () => {
  it("lists exactly the findings disclint reports for the bundled drafts", async () => {
    const result = await runCli(["check", ".", "--format", "json"], { cwd: examplesDir });
    const report = expectValidReport(result.stdout) as ReportShape;
    expect(report.files.length).toBeGreaterThanOrEqual(4);
    for (const file of report.files) expect(file.errors, file.path).toEqual([]);
    const actual = report.files
      .flatMap((file) =>
        file.findings.map(
          (finding) =>
            `${file.path.slice(examplesDir.length + 1)} ${finding.ruleId} ${finding.kind} ${finding.severity}`,
        ),
      )
      .sort();
    const expected = expectedFindings();
    expect(expected.length).toBeGreaterThan(5);
    expect(actual).toEqual(expected);
    expect(result.code).toBe(1);
  });
});
