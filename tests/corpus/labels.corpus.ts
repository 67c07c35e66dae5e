/**
 * Detection accuracy against labels-dev.tsv: for each labelled requirement, does the rule find
 * the statement exactly where a careful reader did? Presence is the rule's evidence (where the
 * statement was found, compliant or not), independent of whether the rule applies to the issuer.
 * Prints a table; the thresholds are the acceptance targets.
 */
import { describe, expect, it } from "vitest";
import { corpusEntries } from "./corpus.js";
import { STATEMENTS, statementFound } from "./scoreboard-metrics.js";

type Requirement = (typeof STATEMENTS)[number];
const REQUIREMENTS = STATEMENTS;

/** Detection targets (precision and recall) per labelled requirement. */
const TARGET = 0.98;

interface Score {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}

function score(requirement: Requirement): Score | undefined {
  const result: Score = { label: requirement.label, tp: 0, fp: 0, fn: 0, tn: 0, misses: [] };
  for (const entry of corpusEntries()) {
    const label = entry.labels?.[requirement.label];
    if (label !== "yes" && label !== "no") continue;
    const predicted = statementFound(entry, requirement.rules);
    if (label === "yes" && predicted) result.tp++;
    else if (label === "no" && predicted) {
      result.fp++;
      result.misses.push(`false positive: ${entry.file}`);
    } else if (label === "yes") {
      result.fn++;
      result.misses.push(`missed: ${entry.file}`);
    } else result.tn++;
  }
  return result;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

describe("detection against labels-dev.tsv", () => {
  const scores = REQUIREMENTS.map((requirement) => ({ requirement, score: score(requirement) }));
  const rows = scores.map(({ requirement, score: s }) =>
    s
      ? `${requirement.label.padEnd(44)} P=${ratio(s.tp, s.tp + s.fp).toFixed(3)} R=${ratio(s.tp, s.tp + s.fn).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`
      : `${requirement.label.padEnd(44)} no rule yet (${requirement.rules.join(", ")})`,
  );
  console.log(`\nDetection per labelled requirement (target P and R >= ${TARGET}):\n${rows.join("\n")}\n`);

  it.each(
    scores
      .filter(({ score: s }) => s !== undefined)
      .map(({ requirement, score: s }) => [requirement.label, s] as const),
  )("%s: precision and recall at or above the target", (_label, s) => {
    if (!s) return;
    const summary = s.misses.join("; ");
    expect(ratio(s.tp, s.tp + s.fp), summary).toBeGreaterThanOrEqual(TARGET);
    expect(ratio(s.tp, s.tp + s.fn), summary).toBeGreaterThanOrEqual(TARGET);
  });
});
