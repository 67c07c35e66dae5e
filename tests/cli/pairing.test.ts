import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pairByName } from "../../src/cli/pairing.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const lumen = join(import.meta.dirname, "..", "..", "examples", "lumen-harbour");

describe("pairByName", () => {
  it("pairs -en/-zh and _e/_c files that are both present", () => {
    const files = ["/d/a-en.txt", "/d/a-zh.txt", "/d/b_e.pdf", "/d/b_c.pdf", "/d/c-en.txt", "/d/note.txt"];
    expect([...pairByName(files)]).toEqual([
      ["/d/a-en.txt", "/d/a-zh.txt"],
      ["/d/b_e.pdf", "/d/b_c.pdf"],
    ]);
  });
});

describe("checking two language versions together", () => {
  interface Report {
    files: { path: string; findings: { ruleId: string; kind: string; message: string }[] }[];
  }

  it("finds nothing between the two clean example versions (paired by name)", async () => {
    const result = await runCli(["check", ".", "--format", "json"], { cwd: lumen });
    const report = expectValidReport(result.stdout) as Report;
    expect(report.files).toHaveLength(2);
    expect(report.files.flatMap((file) => file.findings)).toEqual([]);
  });

  it("reports a percentage that differs, in both versions, with --pair", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-pair-"));
    const chinese = readFileSync(join(lumen, "18a-voluntary-clean-zh.txt"), "utf8");
    expect(chinese).toContain("63.6%");
    writeFileSync(join(dir, "chinese.txt"), chinese.replace("63.6%", "66.3%"));
    const english = join(lumen, "18a-voluntary-clean-en.txt");
    const result = await runCli(["check", english, "--pair", join(dir, "chinese.txt"), "--format", "json"], {
      cwd: lumen,
    });
    const report = expectValidReport(result.stdout) as Report;
    const parity = report.files.map((file) =>
      file.findings.filter((finding) => finding.ruleId === "hkex/bilingual-parity"),
    );
    expect(parity.map((findings) => findings.length)).toEqual([1, 1]);
    expect(parity[0]?.[0]?.message).toContain("63.6% in English, 66.3% in Chinese");
    expect(parity[0]?.[0]?.message).toContain("chinese.txt");
  });

  it("includes the extracted facts with --facts", async () => {
    const result = await runCli(["check", "18a-voluntary-clean-en.txt", "--facts", "--format", "json"], {
      cwd: lumen,
    });
    const report = expectValidReport(result.stdout) as {
      files: { facts?: { board?: { directors: unknown[] } } }[];
    };
    expect(report.files[0]?.facts?.board?.directors).toHaveLength(8);
  });
});
