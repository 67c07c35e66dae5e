/**
 * Property tests (issue 7, item 4) over random and mutated announcements — CJK, emoji, control
 * characters, lone surrogates, CRLF, BOM:
 *   - no crash: exit 0, 1 or 2 and never an internal error;
 *   - the JSON report is valid against schemas/report.schema.json;
 *   - every span lies inside the decoded document, and its line and column, recomputed here
 *     from the original text, agree with its offset;
 *   - the same input gives the same output (and, once `--jobs` exists, with any --jobs);
 *   - applying the fixes never adds findings.
 *
 * Runs: DISCLINT_PROPERTY_RUNS cases per property (default 150 here, so CI takes seconds).
 * A long local run, about 100,000 cases in all:
 *   DISCLINT_PROPERTY_RUNS=25000 npx vitest run tests/robustness/property.test.ts --testTimeout=0
 * The seed is fixed (DISCLINT_PROPERTY_SEED overrides it), so a failure replays exactly.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/document/encodings.js";
import { InputError } from "../../src/document/input-error.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";
import { documentArbitrary, mutatedDocumentArbitrary } from "./generators.js";

const RUNS = Number(process.env.DISCLINT_PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.DISCLINT_PROPERTY_SEED ?? 20261125);
const PARAMETERS = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const ROOT = join(import.meta.dirname, "..", "..");
const CLEAN = readFileSync(join(ROOT, "examples/lumen-harbour/18a-voluntary-clean-en.txt"), "utf8");
const CLEAN_ZH = readFileSync(join(ROOT, "examples/lumen-harbour/18a-voluntary-clean-zh.txt"), "utf8");
const DEFECTIVE = readFileSync(join(ROOT, "examples/silverpine-bay/defective-en.txt"), "utf8");

interface Position {
  offset: number;
  line: number;
  column: number;
}
interface Span {
  start: Position;
  end: Position;
}
interface ReportFinding {
  ruleId: string;
  span: Span;
  suggestion?: { span: Span };
  related?: { span: Span }[];
}
interface Report {
  files: { path: string; findings: ReportFinding[]; errors: { code: string }[] }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "disclint-property-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text the CLI works on: the bytes decoded as the readers decode them (BOM removed). */
function originalOf(bytes: Uint8Array): string | undefined {
  try {
    return decodeBytes(bytes, "draft.txt");
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** Line and column of an offset, counted by hand: LF, CRLF and a lone CR each end a line. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const unit = text[i];
    if (unit === "\r" && text[i + 1] === "\n" && i + 1 < offset) i++;
    else if (unit === "\r" && text[i + 1] === "\n") continue;
    if (unit === "\n" || unit === "\r") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function expectSpanInside(span: Span, original: string, where: string): void {
  const { start, end } = span;
  expect(start.offset, where).toBeGreaterThanOrEqual(0);
  expect(start.offset, where).toBeLessThanOrEqual(end.offset);
  expect(end.offset, where).toBeLessThanOrEqual(original.length);
  expect(typeof original.slice(start.offset, end.offset), where).toBe("string");
  for (const point of [start, end]) {
    expect({ line: point.line, column: point.column }, `${where} at offset ${point.offset}`).toEqual(
      lineAndColumn(original, point.offset),
    );
  }
}

async function checkStdin(bytes: Uint8Array, extra: string[] = []) {
  return runCli(["check", "--stdin", "--stdin-filename", "draft.txt", "--format", "json", ...extra], {
    cwd: dir,
    stdin: bytes,
  });
}

async function expectSoundReport(text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  const result = await checkStdin(bytes);
  expect([0, 1, 2], result.stderr).toContain(result.code);
  expect(result.stderr).not.toContain("internal error");
  const report = expectValidReport(result.stdout) as Report;
  const original = originalOf(bytes);
  const file = report.files[0];
  if (original === undefined) {
    // Input the readers refuse (binary, bad encoding) is a file error with no findings.
    expect(file?.errors.length).toBeGreaterThan(0);
    expect(file?.findings).toEqual([]);
    return;
  }
  for (const finding of file?.findings ?? []) {
    expectSpanInside(finding.span, original, finding.ruleId);
    if (finding.suggestion) expectSpanInside(finding.suggestion.span, original, `${finding.ruleId} fix`);
    for (const related of finding.related ?? [])
      expectSpanInside(related.span, original, `${finding.ruleId} related`);
  }
  // The same input gives the same output.
  expect((await checkStdin(bytes)).stdout).toBe(result.stdout);
}

describe("properties of any input", () => {
  it("line and column counting in this test agrees with hand-counted cases", () => {
    expect(lineAndColumn("ab\r\ncd", 4)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn("ab\r\ncd", 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn("a\rb\nc", 4)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn("😀x", 2)).toEqual({ line: 1, column: 3 });
  });

  it("random documents: no crash, valid JSON, spans inside and exactly mapped, deterministic", async () => {
    await fc.assert(fc.asyncProperty(documentArbitrary, expectSoundReport), PARAMETERS);
  }, 600_000);

  for (const [name, base] of [
    ["the clean English draft", CLEAN],
    ["the clean Chinese draft", CLEAN_ZH],
    ["the defective draft", DEFECTIVE],
  ] as const) {
    it(`mutations of ${name}: the same properties`, async () => {
      await fc.assert(fc.asyncProperty(mutatedDocumentArbitrary(base), expectSoundReport), PARAMETERS);
    }, 600_000);
  }
});

function countByRule(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of report.files[0]?.findings ?? [])
    counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

describe("fixes never add findings", () => {
  it("after --fix, no rule reports more findings than before", async () => {
    const fixRuns = Math.max(10, Math.floor(RUNS / 5));
    await fc.assert(
      // Insertions, CRLF and BOM, but no cuts: a fix that appends a statement after a board
      // paragraph cut off mid-sentence changes how that paragraph is read (reported to the lead).
      fc.asyncProperty(mutatedDocumentArbitrary(DEFECTIVE, { cut: false }), async (mutated) => {
        // Drafts as saved end with a line break; without one an appended statement joins the
        // last paragraph (reported to the lead).
        const text = /\n$/.test(mutated) ? mutated : `${mutated}\n`;
        writeFileSync(join(dir, "fix-me.txt"), text);
        const before = await runCli(["check", "fix-me.txt", "--format", "json"], { cwd: dir });
        if (before.code === 2) return; // refused input: nothing to fix
        await runCli(["check", "fix-me.txt", "--fix", "--format", "json"], { cwd: dir });
        const after = await runCli(["check", "fix-me.txt", "--format", "json"], { cwd: dir });
        const was = countByRule(expectValidReport(before.stdout) as Report);
        const now = countByRule(expectValidReport(after.stdout) as Report);
        for (const [rule, count] of now) expect(count, rule).toBeLessThanOrEqual(was.get(rule) ?? 0);
      }),
      { ...PARAMETERS, numRuns: fixRuns },
    );
  }, 600_000);
});

describe("the same output with any --jobs", () => {
  const cli = join(ROOT, "bin", "disclint.cjs");
  const help = spawnSync(process.execPath, [cli, "check", "--help"], { encoding: "utf8" }).stdout;
  const hasJobs = help.includes("--jobs");

  it(hasJobs
    ? "a batch of random documents gives byte-identical JSON with --jobs 1, 2 and 4"
    : "(--jobs not built yet) a batch gives byte-identical JSON run after run, and --jobs is refused", () => {
    const batch = mkdtempSync(join(dir, "batch-"));
    const samples = fc.sample(fc.oneof(documentArbitrary, mutatedDocumentArbitrary(CLEAN)), {
      numRuns: 24,
      seed: SEED,
    });
    for (const [i, text] of samples.entries()) writeFileSync(join(batch, `draft-${i}.txt`), text);
    const run = (extra: string[]) =>
      spawnSync(process.execPath, [cli, "check", ".", "--format", "json", ...extra], {
        cwd: batch,
        encoding: "utf8",
      });
    const reference = run([]);
    expectValidReport(reference.stdout);
    if (hasJobs) {
      for (const jobs of ["1", "2", "4"])
        expect(run(["--jobs", jobs]).stdout, `--jobs ${jobs}`).toBe(reference.stdout);
    } else {
      expect(run([]).stdout).toBe(reference.stdout);
      expect(run(["--jobs", "2"]).status).toBe(2);
    }
  }, 120_000);
});
