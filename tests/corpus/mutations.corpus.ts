/**
 * Every reversed or dropped limb of the disclaimer, Chapter 18A, GEM and WVR statements found in
 * the corpus is reported (at least 95% of the mutations, issue 10), and every statement as
 * published stays compliant. Prints the table the scoreboard takes from `mutationScores()`.
 */
import { describe, expect, it } from "vitest";
import { mutationOutcomes, reportedShare } from "./mutations.js";

/** The share of mutations that must be reported (issue 10's target). */
const TARGET = 0.95;

describe("mutations of the prescribed statements in the corpus", () => {
  const results = mutationOutcomes();
  const rows = results.map(
    (outcome) =>
      `${outcome.statement.padEnd(36)} ${String(outcome.reported).padStart(4)} of ${String(outcome.mutations).padStart(4)} reported (${(reportedShare(outcome) * 100).toFixed(1)}%)`,
  );
  console.log(`\nMutations reported as deviates or missing (target ${TARGET * 100}%):\n${rows.join("\n")}\n`);
  for (const outcome of results) {
    if (outcome.unreported.length > 0)
      console.log(`${outcome.statement}, not reported:\n  ${outcome.unreported.join("\n  ")}`);
  }

  it.each(results.map((outcome) => [outcome.statement, outcome] as const))(
    "%s: at least 95% of its mutations are reported",
    (_statement, outcome) => {
      expect(outcome.mutations, "the corpus yields mutations of this statement").toBeGreaterThan(0);
      expect(reportedShare(outcome), outcome.unreported.join("\n")).toBeGreaterThanOrEqual(TARGET);
    },
  );

  it.each(results.map((outcome) => [outcome.statement, outcome] as const))(
    "%s: every statement found in the corpus is compliant as published, unless cut off or outdated",
    (_statement, outcome) => {
      for (const { where } of outcome.nonCompliant.filter((item) => item.excused))
        console.log(`excused (cut off by the excerpt, or an outdated form): ${where}`);
      expect(outcome.nonCompliant.filter((item) => !item.excused).map((item) => item.where)).toEqual([]);
    },
  );
});
