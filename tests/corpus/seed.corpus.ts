/**
 * The real announcement the project started from (../shared/seed/): it is compliant, so
 * disclint must stay quiet on it, recognise each statement, and report each one as missing
 * when it is deleted from a copy.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";
import { bundled, requireShared, seedDir } from "./corpus.js";

requireShared();
const seedFile = readdirSync(seedDir).find((name) => name.endsWith(".txt")) ?? "";
const seedPath = join(seedDir, seedFile);
const seedText = readFileSync(seedPath, "utf8");

/** Each statement, located by its own opening words (the test reads the seed; it copies nothing into the project). */
const STATEMENTS: { ruleId: string; from: RegExp; to: RegExp }[] = [
  { ruleId: "hkex/disclaimer", from: /^Hong Kong Exchanges/m, to: /this announcement\.\s*$/m },
  {
    ruleId: "hkex/18a-cautionary",
    from: /^Cautionary Statement required by Rule 18A/m,
    to: /shares of the Company\.\s*$/m,
  },
  {
    ruleId: "hkex/forward-looking",
    from: /^Cautionary-Language Regarding Forward-Looking/m,
    to: /contained in this announcement\.\s*$/m,
  },
  {
    ruleId: "hkex/board-composition",
    from: /^As at the date of this announcement, the board/m,
    to: /Directors\.\s*$/m,
  },
  { ruleId: "hkex/language-precedence", from: /^In the case of inconsistency/m, to: /Chinese text\.\s*$/m },
];

function withoutStatement(from: RegExp, to: RegExp): string {
  const start = seedText.search(from);
  expect(start, `statement starting ${from} is in the seed`).toBeGreaterThanOrEqual(0);
  const rest = seedText.slice(start);
  const endMatch = to.exec(rest);
  expect(endMatch, `statement ending ${to} is in the seed`).not.toBeNull();
  const end = start + (endMatch?.index ?? 0) + (endMatch?.[0].length ?? 0);
  return seedText.slice(0, start) + seedText.slice(end);
}

describe("the seed announcement", () => {
  it("exits 0 with no error-level finding, and its profile is recognised", async () => {
    const result = await runCli(["check", seedPath, "--format", "json"], { cwd: seedDir });
    const report = expectValidReport(result.stdout) as {
      files: {
        language: string;
        profile: Record<string, { value: unknown; source: string }>;
        findings: { severity: string }[];
      }[];
    };
    expect(result.code).toBe(0);
    const file = report.files[0];
    expect(file?.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(file?.language).toBe("en");
    expect(file?.profile.board).toEqual({ value: "main", source: "text" });
    expect(file?.profile.regimes).toEqual({ value: ["18A"], source: "text" });
    expect(file?.profile.documentKind?.value).toBe("voluntary");
    expect(file?.profile.asOf).toEqual({ value: "2023-12-12", source: "text" });
  });

  it.each(STATEMENTS.map((statement) => [statement.ruleId]))(
    "recognises the %s statement as present",
    (ruleId) => {
      const compiled = bundled.rules.find((rule) => rule.rule.id === ruleId);
      expect(compiled, ruleId).toBeDefined();
      const document = createDocument({ path: seedPath, format: "text", text: seedText });
      const profile = resolveProfile({ document, today: "2026-11-25" });
      expect(compiled?.check.evidence?.({ document, profile }).length).toBeGreaterThan(0);
    },
  );

  it.each(
    ["hkex/disclaimer", "hkex/18a-cautionary", "hkex/forward-looking", "hkex/language-precedence"].map(
      (ruleId) => [ruleId],
    ),
  )("finds every essential part of the %s statement, none reversed", (ruleId) => {
    const compiled = bundled.rules.find((rule) => rule.rule.id === ruleId);
    const document = createDocument({ path: seedPath, format: "text", text: seedText });
    const profile = resolveProfile({ document, today: "2026-11-25" });
    expect(compiled?.check.run({ document, profile }).map((finding) => finding.data?.problem)).toEqual([]);
  });

  it.each(STATEMENTS.map((statement) => [statement.ruleId, statement] as const))(
    "reports %s as missing when the statement is deleted from a copy",
    async (ruleId, statement) => {
      const dir = mkdtempSync(join(tmpdir(), "disclint-seed-"));
      const copy = join(dir, "seed-copy.txt");
      writeFileSync(copy, withoutStatement(statement.from, statement.to));
      // The issuer profile a user would configure: deleting the 18A statement also deletes the
      // only 18A cue in the text, so the regime is given as it would be in .disclint.yaml.
      const result = await runCli(["check", copy, "--format", "json", "--regime", "18A"], { cwd: dir });
      const report = expectValidReport(result.stdout) as {
        files: { findings: { ruleId: string; kind: string }[] }[];
      };
      const findings = report.files[0]?.findings ?? [];
      expect(findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.kind)).toEqual([
        "missing",
      ]);
    },
  );
});
