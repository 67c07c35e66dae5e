/**
 * The scoreboard: the issue-10 numbers on the whole corpus, held against the values committed in
 * tests/corpus/scoreboard.json. A number may only improve (a ratchet); the table printed here
 * shows each number, the committed value, the target and the distance to it.
 *
 * After an improvement, record it: `UPDATE_SCOREBOARD=1 npm run corpus`. The update keeps the
 * better of the committed and the measured value, so it can never loosen the ratchet.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireShared } from "./corpus.js";
import { mutationScores, reportedShare } from "./mutations.js";
import { type Metric, measure, readScoreboard } from "./scoreboard-metrics.js";

requireShared();

const SCOREBOARD = join(import.meta.dirname, "scoreboard.json");

/** Reversed or dropped limbs of each prescribed statement, made from the corpus, that are reported. */
function mutationMetrics(): Metric[] {
  return mutationScores().map((score) => ({
    name: `mutations reported (share): ${score.statement}`,
    value: Number(reportedShare(score).toFixed(4)),
    better: "higher" as const,
    target: 0.95,
    detail: `${score.reported} of ${score.mutations}`,
  }));
}

const worse = (metric: Metric, committed: number): boolean =>
  metric.better === "higher" ? metric.value < committed : metric.value > committed;

const distance = (metric: Metric): number =>
  metric.better === "higher"
    ? Math.max(0, metric.target - metric.value)
    : Math.max(0, metric.value - metric.target);

const round = (value: number): number => Number(value.toFixed(4));

function table(metrics: readonly Metric[], committed: ReadonlyMap<string, number>): string {
  const rows = metrics.map((metric) => {
    const was = committed.get(metric.name);
    const gap = distance(metric);
    const status = gap === 0 ? "target met" : `${round(gap)} to go`;
    const line = `${metric.name.padEnd(70)} ${String(metric.value).padStart(7)}  (committed ${was ?? "-"}, target ${metric.better === "higher" ? "≥" : "≤"} ${metric.target}: ${status})`;
    return metric.detail && (gap > 0 || metric.name.startsWith("error"))
      ? `${line}\n    ${metric.detail}`
      : line;
  });
  return rows.join("\n");
}

function update(metrics: readonly Metric[], committed: ReadonlyMap<string, number>): void {
  const values: Record<string, number> = {};
  for (const metric of metrics) {
    const was = committed.get(metric.name);
    values[metric.name] = was !== undefined && worse(metric, was) ? was : metric.value;
  }
  writeFileSync(SCOREBOARD, `${JSON.stringify({ metrics: values }, null, 2)}\n`);
}

describe("scoreboard (issue 10 targets, a ratchet against tests/corpus/scoreboard.json)", () => {
  const metrics = measure([mutationMetrics]);
  const committed = existsSync(SCOREBOARD) ? readScoreboard(SCOREBOARD) : new Map<string, number>();
  console.log(`\nScoreboard on the shared corpus:\n${table(metrics, committed)}\n`);
  if (process.env.UPDATE_SCOREBOARD === "1") update(metrics, committed);

  it("has a committed value for every metric", () => {
    expect(metrics.filter((metric) => !committed.has(metric.name)).map((metric) => metric.name)).toEqual([]);
  });

  it("is no worse than the committed scoreboard on any metric", () => {
    const regressions = metrics
      .filter((metric) => committed.has(metric.name) && worse(metric, committed.get(metric.name) ?? 0))
      .map((metric) => `${metric.name}: ${metric.value} (committed ${committed.get(metric.name)})`);
    expect(regressions).toEqual([]);
  });
});
