/** --fix, --fix-dry-run, --baseline and --update-baseline through the command line. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyPatch } from "diff";
import { describe, expect, it } from "vitest";
import { announcementDocx } from "../document/readers/make-docx.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const example = join(import.meta.dirname, "..", "..", "examples", "silverpine-bay");

interface Report {
  files: { findings: { ruleId: string; kind: string; suppressed?: unknown }[] }[];
  summary: { suppressed: number };
}

function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), "disclint-fix-"));
  cpSync(example, dir, { recursive: true });
  return dir;
}

const FIXABLE = [
  "hkex/disclaimer",
  "hkex/weekday-date",
  "hkex/18a-cautionary",
  "hkex/forward-looking",
  "hkex/language-precedence",
];

describe("fixes", () => {
  it("--fix-dry-run prints a diff that, applied, clears the fixable findings and nothing else", async () => {
    const dir = copyExample();
    const original = readFileSync(join(dir, "defective-en.txt"), "utf8");
    const dry = await runCli(["check", "defective-en.txt", "--fix-dry-run", "--format", "json"], {
      cwd: dir,
    });
    expect(readFileSync(join(dir, "defective-en.txt"), "utf8")).toBe(original); // a dry run writes nothing
    const before = expectValidReport(dry.stderr) as Report;
    const patched = applyPatch(original, dry.stdout);
    expect(typeof patched).toBe("string");
    writeFileSync(join(dir, "defective-en.txt"), patched as string);
    const after = expectValidReport(
      (await runCli(["check", "defective-en.txt", "--format", "json"], { cwd: dir })).stdout,
    ) as Report;
    const ids = (report: Report) => report.files[0]?.findings.map((finding) => finding.ruleId).sort() ?? [];
    expect(ids(before)).toEqual(expect.arrayContaining(FIXABLE));
    expect(ids(after)).toEqual(ids(before).filter((id) => !FIXABLE.includes(id)));
  });

  it("--fix writes the file, reports what remains, and a second --fix changes nothing", async () => {
    const dir = copyExample();
    const first = await runCli(["check", "defective-en.txt", "--fix", "--format", "json"], { cwd: dir });
    const fixedText = readFileSync(join(dir, "defective-en.txt"), "utf8");
    expect(fixedText).toContain("Monday, 16 March 2026");
    // Standard output carries the report alone, so a JSON consumer can parse it whole; the
    // record of what changed goes to standard error.
    const report = expectValidReport(first.stdout) as Report;
    expect(first.stderr).toContain("+++ b/defective-en.txt");
    expect(first.stderr).toContain("applied");
    expect(report.files[0]?.findings.some((finding) => FIXABLE.includes(finding.ruleId))).toBe(false);
    const second = await runCli(["check", "defective-en.txt", "--fix", "--format", "compact"], { cwd: dir });
    expect(readFileSync(join(dir, "defective-en.txt"), "utf8")).toBe(fixedText);
    expect(second.stdout).not.toContain("+++");
  });

  it("refuses --fix on standard input", async () => {
    const result = await runCli(["check", "--stdin", "--fix"], { cwd: example, stdin: "text" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot fix standard input");
  });
});

describe("baseline for a Word draft", () => {
  it("waives the recorded findings, counts them as suppressed, and keeps the file valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-baseline-"));
    writeFileSync(join(dir, "draft.docx"), await announcementDocx());
    const plain = expectValidReport(
      (await runCli(["check", "draft.docx", "--format", "json", "--no-regime"], { cwd: dir })).stdout,
    ) as Report;
    const count = plain.files[0]?.findings.filter((finding) => finding.kind !== "undetermined").length ?? 0;
    expect(count).toBeGreaterThan(0);
    const update = await runCli(
      [
        "check",
        "draft.docx",
        "--baseline",
        "waivers.json",
        "--update-baseline",
        "--no-regime",
        "--format",
        "json",
      ],
      {
        cwd: dir,
      },
    );
    expect(update.stderr).toMatch(/baseline waivers\.json now waives \d+ finding/);
    const baseline = JSON.parse(readFileSync(join(dir, "waivers.json"), "utf8")) as { entries: unknown[] };
    expect(baseline.entries.length).toBeGreaterThan(0);
    const waived = await runCli(
      ["check", "draft.docx", "--baseline", "waivers.json", "--format", "json", "--no-regime"],
      { cwd: dir },
    );
    const report = expectValidReport(waived.stdout) as Report;
    expect(report.summary.suppressed).toBe(baseline.entries.length);
    expect(
      report.files[0]?.findings.filter((finding) => !finding.suppressed && finding.kind !== "undetermined"),
    ).toEqual([]);
  });

  it("says so when the baseline file is missing or malformed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-baseline-"));
    writeFileSync(join(dir, "bad.json"), "{ not json");
    writeFileSync(join(dir, "draft.txt"), "Text.\n");
    const missing = await runCli(["check", "draft.txt", "--baseline", "none.json"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--baseline none.json: cannot be read");
    const bad = await runCli(["check", "draft.txt", "--baseline", "bad.json"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--baseline bad.json:");
  });
});

describe("suggestions filled from the document", () => {
  it("names the issuer and the product in a missing 18A cautionary statement", async () => {
    const dir = copyExample();
    const dry = await runCli(["check", "defective-en.txt", "--fix-dry-run", "--format", "compact"], {
      cwd: dir,
    });
    const added = dry.stdout
      .split("\n")
      .find((line) => line.startsWith("+Cautionary Statement required by Rule 18A.05"));
    expect(added).toContain("Silverpine Bay Therapeutics Limited cannot guarantee");
    expect(added).toContain("develop and market SPB-207 successfully");
  });
});
