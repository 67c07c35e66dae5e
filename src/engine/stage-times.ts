/**
 * A StageTimer that adds up where the time goes: each stage's total and each rule's run time.
 * `disclint check --stats` prints them (src/cli/stats.ts); the language server sends them when
 * the client asks (the re-check bench, scripts/bench-lsp.mjs).
 */
import type { StageTimer } from "./lint-file.js";

export class StageTimes implements StageTimer {
  readonly stages = new Map<string, number>();
  readonly rules = new Map<string, number>();

  /** Runs `work`, adding its duration to `stage`. */
  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.stages.set(stage, (this.stages.get(stage) ?? 0) + performance.now() - started);
    }
  }
}
