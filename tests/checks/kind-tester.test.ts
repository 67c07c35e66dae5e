/** The tester holds a kind to its own description, so it must fail a kind that breaks it. */
import { describe, expect, it } from "vitest";
import type { CheckKind, RawFinding } from "../../src/checks/types.js";
import { runKind } from "./kind-tester.js";

function kindReporting(finding: RawFinding): CheckKind<{ limit?: number }> {
  return {
    name: "demo",
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { limit: { type: "integer" } },
    },
    placeholders: ["limit"],
    docs: { summary: "a demo", example: "check:\n  kind: demo\n", details: "Demo." },
    compile: () => ({ run: () => [finding] }),
  };
}

describe("runKind", () => {
  const fine = { kind: "deviates" as const, start: 0, end: 4, data: { limit: 3 } };

  it("returns the findings of a kind that keeps its promises", () => {
    expect(runKind(kindReporting(fine), { limit: 3 }, "Text.").findings).toEqual([fine]);
  });

  it("fails a placeholder the kind does not declare", () => {
    expect(() => runKind(kindReporting({ ...fine, data: { limt: 3 } }), {}, "Text.")).toThrow(
      /does not declare/,
    );
  });

  it("fails options the kind's schema refuses, and a finding outside the document", () => {
    expect(() => runKind(kindReporting(fine), { limit: "3" } as never, "Text.")).toThrow(/options of demo/);
    expect(() => runKind(kindReporting({ ...fine, end: 99 }), {}, "Text.")).toThrow(/finding at 0–99/);
  });
});
