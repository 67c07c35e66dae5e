/**
 * `--stats`: where the time went, as ESLint's TIMING does — the stages of a check (reading and
 * normalising, extracting facts, running rules) and the slowest rules — printed to standard
 * error so it never mixes with a report on standard output.
 */
import { StageTimes } from "../engine/stage-times.js";

export class RunStats extends StageTimes {
  render(top = 15): string {
    const total = [...this.stages.values()].reduce((sum, ms) => sum + ms, 0);
    const rows = (entries: [string, number][]) =>
      entries.map(
        ([name, ms]) =>
          `${name.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms ${percent(ms, total).padStart(6)}`,
      );
    const rules = [...this.rules].sort((a, b) => b[1] - a[1]).slice(0, top);
    return [
      `${"Stage".padEnd(40)} ${"Time".padStart(12)} ${"Share".padStart(6)}`,
      ...rows([...this.stages]),
      "",
      `${`Rule (slowest ${rules.length})`.padEnd(40)} ${"Time".padStart(12)} ${"Share".padStart(6)}`,
      ...rows(rules),
      "",
    ].join("\n");
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${((part / whole) * 100).toFixed(1)}%`;
}
