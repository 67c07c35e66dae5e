/**
 * Linear time, always (issue 7, item 3): 1 MB inputs aimed at each check kind go through the
 * full bundled rule set in ≤ 1 s each. CI machines are shared, so each input runs twice and the
 * faster run counts; the bound stays the 1 s. A failure names the slowest stage and
 * rules from `--stats`, so the super-linear pattern can be found.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";
import { ADVERSARIAL_INPUTS, ONE_MB } from "./generators.js";

const LIMIT_MS = 1000;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "disclint-adversarial-"));
  // Load and compile the bundled packs once, so the first input is not charged for it.
  writeFileSync(join(dir, "warm.txt"), "Lumen Harbour Biotech Limited\n");
  await runCli(["check", "warm.txt", "--format", "json"], { cwd: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The time charged is this process's CPU time (user + system), not the wall clock: CI runs
 * test files in parallel on two cores, and waiting for a core is not work done by the check.
 */
async function timedCheck(name: string) {
  const started = process.cpuUsage();
  const result = await runCli(["check", name, "--format", "json", "--stats"], { cwd: dir });
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, result };
}

describe("adversarial 1 MB inputs finish in linear time", () => {
  for (const input of ADVERSARIAL_INPUTS) {
    it(`${input.name} (aimed at ${input.aimsAt}) in ≤ ${LIMIT_MS} ms`, async () => {
      const name = `${input.name}.txt`;
      const text = input.text();
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(ONE_MB);
      writeFileSync(join(dir, name), text);
      const first = await timedCheck(name);
      const best = first.ms <= LIMIT_MS ? first : await timedCheck(name);
      const fastest = Math.min(first.ms, best.ms);
      expect(best.result.code, best.result.stderr).toBeLessThan(2);
      expectValidReport(best.result.stdout);
      expect(
        fastest,
        `${name} took ${fastest.toFixed(0)} ms; where:\n${best.result.stderr}`,
      ).toBeLessThanOrEqual(LIMIT_MS);
    }, 30_000);
  }
});
