/**
 * JUnit XML as a CI dashboard reads it: parsed with junit2json (a JUnit XML consumer built on
 * xml2js), one suite per file and one case per applicable rule, failed when the rule has
 * findings; hostile text survives the round trip.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, type TestSuite, type TestSuites } from "junit2json";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeAttribute, escapeText, junitReporter } from "../../src/report/junit.js";
import { runCli } from "../helpers/run-cli.js";
import { CWD, HOSTILE_MESSAGE, HOSTILE_MESSAGE_XML, hostileReport } from "./hostile-report.js";

const examplesDir = join(import.meta.dirname, "..", "..", "examples");

async function suitesOf(xml: string): Promise<TestSuite[]> {
  const parsed = (await parse(xml)) as TestSuites;
  return parsed.testsuite ?? [];
}

interface JsonReport {
  files: {
    path: string;
    findings: { ruleId: string; severity: string; suppressed?: unknown }[];
    checklist?: { ruleId: string; status: string }[];
  }[];
}

describe("junit: a real run over every example", () => {
  let suites: TestSuite[];
  let report: JsonReport;
  beforeAll(async () => {
    const result = await runCli(["check", ".", "--format", "junit"], { cwd: examplesDir });
    suites = await suitesOf(result.stdout);
    // The same run as JSON, with the checklist (asked for by the checklist format beside it).
    const scratch = mkdtempSync(join(tmpdir(), "disclint-junit-"));
    const checklistFile = join(scratch, "checklist.md");
    const json = await runCli(["check", ".", "--format", "json", "--format", `checklist:${checklistFile}`], {
      cwd: examplesDir,
    });
    rmSync(scratch, { recursive: true, force: true });
    report = JSON.parse(json.stdout) as JsonReport;
  });

  it("has one test suite per file and one test case per applicable rule", () => {
    expect(suites.map((suite) => suite.name)).toEqual(
      report.files.map((file) => file.path.slice(examplesDir.length + 1)),
    );
    for (const [index, suite] of suites.entries()) {
      const applicable = (report.files[index]?.checklist ?? []).filter(
        (entry) => entry.status !== "not-applicable",
      );
      expect(applicable.length).toBeGreaterThan(5);
      expect(suite.testcase?.map((testCase) => testCase.name?.split(":")[0])).toEqual(
        applicable.map((entry) => entry.ruleId),
      );
      expect(suite.tests).toBe(applicable.length);
    }
  });

  it("fails exactly the cases whose rule has findings at or above --fail-on (error by default)", () => {
    for (const [index, suite] of suites.entries()) {
      const failing = new Set(
        (report.files[index]?.findings ?? [])
          .filter((finding) => !finding.suppressed && finding.severity === "error")
          .map((finding) => finding.ruleId),
      );
      const failed = (suite.testcase ?? [])
        .filter((testCase) => (testCase.failure ?? []).length > 0)
        .map((testCase) => testCase.name?.split(":")[0]);
      expect(new Set(failed)).toEqual(failing);
      expect(suite.failures).toBe(failing.size);
    }
    const defective = suites.find((suite) => suite.name === "silverpine-bay/defective-en.txt");
    expect(defective?.failures).toBeGreaterThanOrEqual(1);
  });

  it("with --fail-on info, fails every case whose rule has findings", async () => {
    const all = await suitesOf(
      (await runCli(["check", ".", "--format", "junit", "--fail-on", "info"], { cwd: examplesDir })).stdout,
    );
    for (const [index, suite] of all.entries()) {
      const withFindings = new Set(
        (report.files[index]?.findings ?? [])
          .filter((finding) => !finding.suppressed)
          .map((finding) => finding.ruleId),
      );
      const failed = (suite.testcase ?? [])
        .filter((testCase) => (testCase.failure ?? []).length > 0)
        .map((testCase) => testCase.name?.split(":")[0]);
      expect(new Set(failed)).toEqual(withFindings);
    }
    const defective = all.find((suite) => suite.name === "silverpine-bay/defective-en.txt");
    expect(defective?.failures).toBeGreaterThanOrEqual(5);
  });
});

describe("junit: hostile text", () => {
  const xml = junitReporter.render(hostileReport(), { color: false, cwd: CWD });

  it("round-trips messages with quotes, line breaks, CJK, ]]> and markup", async () => {
    const [draft, unreadable] = await suitesOf(xml);
    expect(draft?.name).toBe("草稿 v1,final%.txt");
    const failure = draft?.testcase?.[0]?.failure?.[0];
    expect(failure?.message).toBe(HOSTILE_MESSAGE_XML);
    expect(failure?.inner).toContain(HOSTILE_MESSAGE_XML);
    expect(failure?.inner).toMatch(/^3:36 page 2 paragraph 3 error: /);
    expect(unreadable?.errors).toBe(1);
    expect(unreadable?.testcase?.[0]?.error?.[0]?.type).toBe("unreadable");
  });

  it("leaves out suppressed findings and rules that do not apply", async () => {
    const [draft] = await suitesOf(xml);
    expect(draft?.testcase?.map((testCase) => testCase.name)).toEqual([
      "house/placeholders: No placeholders | none",
      "house/stock-code: Stock code stated",
      "house/regime: Regime statement",
      "house/no-tbd: No TBD",
    ]);
    // house/placeholders has one unsuppressed finding (the other is suppressed by a directive).
    expect(draft?.testcase?.[0]?.failure).toHaveLength(1);
    expect(xml).not.toContain("fixed: code, verified");
  });

  it("does not fail a case for findings below --fail-on, but still shows them", async () => {
    const [draft] = await suitesOf(xml);
    const noTbd = draft?.testcase?.find((testCase) => testCase.name?.startsWith("house/no-tbd"));
    expect(noTbd?.failure).toBeUndefined();
    expect(noTbd?.["system-out"]?.[0]).toMatch(/info: Placeholder TBD/);
    expect(draft?.failures).toBe(1);
    const strict = await suitesOf(
      junitReporter.render(hostileReport(), { color: false, cwd: CWD, failOn: "info" }),
    );
    expect(strict[0]?.failures).toBe(2);
    expect(
      strict[0]?.testcase?.find((testCase) => testCase.name?.startsWith("house/no-tbd"))?.failure,
    ).toHaveLength(1);
  });

  it("contains no character XML 1.0 forbids", () => {
    expect(HOSTILE_MESSAGE.includes("\u0001") && HOSTILE_MESSAGE.includes("\ud800")).toBe(true);
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  });

  it("escapes text and attribute values", () => {
    expect(escapeText("a < b && c > d ]]> \r")).toBe("a &lt; b &amp;&amp; c &gt; d ]]&gt; &#13;");
    expect(escapeAttribute(`say "hi"\n'x'\t`)).toBe("say &quot;hi&quot;&#10;&apos;x&apos;&#9;");
    expect(escapeText("\u0000\u0008ok\ufffe")).toBe("ok");
    expect(escapeText("𠀋")).toBe("𠀋"); // astral CJK stays
  });
});
