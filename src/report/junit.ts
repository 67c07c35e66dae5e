/**
 * JUnit XML, which every CI server can show: one test suite per file, one test case per
 * applicable rule, failed when the rule has (unsuppressed) findings at or above --fail-on, as
 * the exit code is; lower findings are shown in the case's output. A file that could not be
 * checked is a suite with an error. Text is escaped as entities (never CDATA, which "]]>"
 * would end) and characters XML 1.0 forbids are dropped.
 */
import { SEVERITY_RANK, type Severity } from "../domain/severity.js";
import type { ChecklistEntry, FileResult, Finding, RuleSummary } from "../engine/types.js";
import { displayPath } from "./display-path.js";
import type { Reporter } from "./types.js";

// Tab, LF, CR and the ranges XML 1.0 allows; lone surrogates are not in them, so they go too.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  // A literal CR would be read back as LF (XML end-of-line handling); the reference keeps it.
  return text
    .replace(ILLEGAL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Attribute values also keep their quotes and line breaks (which parsers would turn into spaces). */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
}

interface Case {
  ruleId: string;
  title: string;
  findings: Finding[];
}

/** The applicable rules: from the checklist when there is one, else the rules minus the not-applicable. */
function cases(file: FileResult, rules: readonly RuleSummary[]): Case[] {
  const open = file.findings.filter((finding) => !finding.suppressed);
  const forRule = (ruleId: string) => open.filter((finding) => finding.ruleId === ruleId);
  const applicable: { ruleId: string; title: string }[] = file.checklist
    ? file.checklist.filter((entry: ChecklistEntry) => entry.status !== "not-applicable")
    : rules
        .filter((rule) => !(file.notApplicable ?? []).some((entry) => entry.ruleId === rule.id))
        .map((rule) => ({ ruleId: rule.id, title: rule.title }));
  const listed = new Set(applicable.map((entry) => entry.ruleId));
  // A finding from a rule not listed (a report built without rules) still needs its case.
  for (const finding of open) {
    if (listed.has(finding.ruleId)) continue;
    listed.add(finding.ruleId);
    applicable.push({ ruleId: finding.ruleId, title: finding.ruleId });
  }
  return applicable.map(({ ruleId, title }) => ({ ruleId, title, findings: forRule(ruleId) }));
}

function describeFindings(findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const { line, column, page, paragraph } = finding.span.start;
      const where = [`${line}:${column}`, page && `page ${page}`, paragraph && `paragraph ${paragraph}`];
      return `${where.filter(Boolean).join(" ")} ${finding.severity}: ${finding.message} (${finding.citation.source})`;
    })
    .join("\n");
}

function testCase(item: Case, classname: string, failOn: Severity): string {
  const head = `    <testcase${attributes({ name: `${item.ruleId}: ${item.title}`, classname, time: "0" })}`;
  const failing = item.findings.filter((finding) => fails(finding, failOn));
  const below = item.findings.filter((finding) => !fails(finding, failOn));
  if (item.findings.length === 0) return `${head}/>`;
  const parts: string[] = [];
  const [first] = failing;
  if (first) {
    const message = failing.length === 1 ? first.message : `${failing.length} findings`;
    parts.push(
      `      <failure${attributes({ message, type: first.severity })}>${escapeText(describeFindings(failing))}</failure>`,
    );
  }
  if (below.length > 0) parts.push(`      <system-out>${escapeText(describeFindings(below))}</system-out>`);
  return `${head}>\n${parts.join("\n")}\n    </testcase>`;
}

/** A finding fails its case when the run fails on it: at or above --fail-on. */
function fails(finding: Finding, failOn: Severity): boolean {
  return SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[failOn];
}

function suite(
  file: FileResult,
  rules: readonly RuleSummary[],
  cwd: string,
  failOn: Severity,
): { xml: string; tests: number; failures: number; errors: number } {
  const name = displayPath(file.path, cwd);
  if (file.errors.length > 0) {
    const errors = file.errors
      .map(
        (error) =>
          `    <testcase${attributes({ name: `read: ${error.code}`, classname: name, time: "0" })}>\n      <error${attributes({ message: error.message, type: error.code })}/>\n    </testcase>`,
      )
      .join("\n");
    const count = file.errors.length;
    return {
      xml: `  <testsuite${attributes({ name, tests: count, failures: 0, errors: count, skipped: 0, time: "0" })}>\n${errors}\n  </testsuite>`,
      tests: count,
      failures: 0,
      errors: count,
    };
  }
  const items = cases(file, rules);
  const failures = items.filter((item) => item.findings.some((finding) => fails(finding, failOn))).length;
  const properties = Object.entries(file.profile).map(
    ([key, fact]) =>
      `      <property${attributes({ name: key, value: Array.isArray(fact.value) ? fact.value.join(",") : fact.value })}/>`,
  );
  const lines = [
    `  <testsuite${attributes({ name, tests: items.length, failures, errors: 0, skipped: 0, time: "0" })}>`,
    ...(properties.length > 0 ? ["    <properties>", ...properties, "    </properties>"] : []),
    ...items.map((item) => testCase(item, name, failOn)),
    "  </testsuite>",
  ];
  return { xml: lines.join("\n"), tests: items.length, failures, errors: 0 };
}

export const junitReporter: Reporter = {
  name: "junit",
  needsChecklist: true,
  render(report, options) {
    const suites = report.files.map((file) =>
      suite(file, report.rules ?? [], options.cwd, options.failOn ?? "error"),
    );
    const total = (key: "tests" | "failures" | "errors") => suites.reduce((sum, item) => sum + item[key], 0);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites${attributes({ name: report.tool.name, tests: total("tests"), failures: total("failures"), errors: total("errors"), time: "0" })}>`,
      ...suites.map((item) => item.xml),
      "</testsuites>",
      "",
    ].join("\n");
  },
};
