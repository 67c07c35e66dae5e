/**
 * The real announcement the project started from (../shared/seed/): it is compliant, so
 * disclint must stay quiet on it, recognise each statement, and report each one as missing
 * when it is deleted from a copy — with no config, the issuer's board and regimes coming from
 * the bundled registry through the stock code on the cover. The copies are made here at run
 * time; no mutated text is stored in the project.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import { resolveProfile } from "../../src/profile/resolve-profile.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";
import { bundled, bundledRegistry, referenceData, requireShared, seedDir } from "./corpus.js";

requireShared();
const seedFile = readdirSync(seedDir).find((name) => name.endsWith(".txt")) ?? "";
const seedPath = join(seedDir, seedFile);
const seedText = readFileSync(seedPath, "utf8");

/** Each statement, located by its own opening words (the test reads the seed; it copies nothing into the project). */
/**
 * `replacement`: what stands in the statement's place in the copy. The precedence line is asked
 * for only where the document refers to its other language version, and the seed's only such
 * reference is the line itself: the copy keeps a bare mention of the Chinese version.
 */
const STATEMENTS: { ruleId: string; from: RegExp; to: RegExp; replacement?: string }[] = [
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
  {
    ruleId: "hkex/language-precedence",
    from: /^In the case of inconsistency/m,
    to: /Chinese text\.\s*$/m,
    replacement: "A Chinese version of this announcement is also published.\n",
  },
];

function withoutStatement(from: RegExp, to: RegExp, replacement = ""): string {
  const start = seedText.search(from);
  expect(start, `statement starting ${from} is in the seed`).toBeGreaterThanOrEqual(0);
  const rest = seedText.slice(start);
  const endMatch = to.exec(rest);
  expect(endMatch, `statement ending ${to} is in the seed`).not.toBeNull();
  const end = start + (endMatch?.index ?? 0) + (endMatch?.[0].length ?? 0);
  return seedText.slice(0, start) + replacement + seedText.slice(end);
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
    // The stock code on the cover finds the issuer in the bundled registry, whose short-name
    // marker is "-B": the profile does not rest on the statements the rules check.
    expect(file?.profile.stockCode).toMatchObject({ source: "text" });
    expect(file?.profile.board).toMatchObject({
      value: "main",
      source: "registry",
      snapshot: bundledRegistry.snapshot,
    });
    expect(file?.profile.regimes).toMatchObject({
      value: ["18A"],
      source: "registry",
      snapshot: bundledRegistry.snapshot,
    });
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
      expect(compiled?.check.evidence?.({ document, profile, data: referenceData }).length).toBeGreaterThan(
        0,
      );
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
    expect(
      compiled?.check.run({ document, profile, data: referenceData }).map((finding) => finding.data?.problem),
    ).toEqual([]);
  });

  it.each(STATEMENTS.map((statement) => [statement.ruleId, statement] as const))(
    "reports %s as missing when the statement is deleted from a copy",
    async (ruleId, statement) => {
      const dir = mkdtempSync(join(tmpdir(), "disclint-seed-"));
      const copy = join(dir, "seed-copy.txt");
      writeFileSync(copy, withoutStatement(statement.from, statement.to, statement.replacement));
      // No config and no flags: deleting the 18A statement deletes the text's only 18A cue, and
      // the regime must still come from the issuer registry through the stock code.
      const result = await runCli(["check", copy, "--format", "json"], { cwd: dir });
      const report = expectValidReport(result.stdout) as {
        files: {
          profile: Record<string, { value: unknown; source: string }>;
          findings: { ruleId: string; kind: string }[];
        }[];
      };
      const file = report.files[0];
      expect(file?.profile.regimes).toMatchObject({ value: ["18A"], source: "registry" });
      const findings = file?.findings ?? [];
      expect(findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.kind)).toEqual([
        "missing",
      ]);
    },
  );
});
