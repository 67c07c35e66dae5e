/**
 * The generic rule test: every bundled rule's own examples, one test each, so adding a rule
 * to a pack adds its tests; the findings of invalid examples fill every placeholder of the
 * rule's message. Also the pack-wide promises: every rule is cited, and every
 * error-level rule cites a verified provision.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { runExamples } from "../../src/engine/run-examples.js";
import { compileRules } from "../../src/rules/compile-rules.js";
import { loadBundledPacks } from "../../src/rules/load-pack.js";

const rulesDir = join(import.meta.dirname, "..", "..", "rules");
const loaded = loadBundledPacks(rulesDir, CHECK_KINDS);
const rules = loaded.packs.flatMap((pack) => pack.rules);

describe("bundled packs", () => {
  it("load without problems", () => {
    expect(loaded.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(rules.length).toBeGreaterThan(0);
  });

  it("cite a source for every rule, and a verified provision for every error", () => {
    for (const rule of rules) {
      expect(rule.citation.url, rule.id).toMatch(/^https?:\/\//);
      if (rule.severity === "error") expect(rule.citation.verified, `${rule.id} is an error`).toBe(true);
    }
  });

  it("give every rule at least one valid and one invalid example", () => {
    for (const rule of rules) {
      expect(rule.examples.valid.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.invalid.length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe("rule examples", () => {
  const outcomes = runExamples(compileRules(loaded.packs, CHECK_KINDS), "2026-11-25", bundledReferenceData());
  it.each(
    outcomes.map(
      (outcome) => [`${outcome.ruleId} ${outcome.expectation} #${outcome.index + 1}`, outcome] as const,
    ),
  )("%s", (_name, outcome) => {
    expect(outcome.passed, outcome.reason).toBe(true);
    // Every {{placeholder}} of the message is filled by the finding that reports it.
    const unfilled = outcome.findings.filter((finding) => /\{\{[^}]*\}\}/.test(finding.message));
    expect(unfilled.map((finding) => finding.message)).toEqual([]);
  });
});
