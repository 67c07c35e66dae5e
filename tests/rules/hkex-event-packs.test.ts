/**
 * Loads the identity, GEM, regime, event and transaction packs and runs their examples, and
 * checks that the registry knows the event check kinds they use.
 */
import { describe, expect, it } from "vitest";
import { eventCheckKinds } from "../../src/checks/event-kinds.js";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { compileRules } from "../../src/engine/compile-rules.js";
import { runExamples } from "../../src/engine/run-examples.js";
import { loadPacks } from "../../src/rules/load-pack.js";

const kinds = CHECK_KINDS;
const FILES = ["identity", "gem", "regimes", "events", "transactions"].map(
  (name) => `rules/hkex/${name}.yaml`,
);

describe("HKEX event, identity, GEM, regime and transaction packs", () => {
  const loaded = loadPacks(FILES, kinds);

  it("use kinds the registry knows", () => {
    for (const kind of eventCheckKinds) expect(CHECK_KINDS.get(kind.name)).toBe(kind);
  });

  it("load without problems", () => {
    expect(loaded.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)).toEqual(
      [],
    );
    expect(loaded.packs).toHaveLength(FILES.length);
  });

  it("pass their own examples", () => {
    const outcomes = runExamples(compileRules(loaded.packs, kinds), "2025-06-30");
    const failed = outcomes
      .filter((outcome) => !outcome.passed)
      .map((o) => `${o.ruleId} ${o.expectation}[${o.index}]: ${o.reason}`);
    expect(failed).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(60);
  });
});
