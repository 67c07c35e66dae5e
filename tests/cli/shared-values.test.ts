import { describe, expect, it } from "vitest";
import { SharedValues } from "../../src/cli/shared-values.js";
import type { FileResult } from "../../src/engine/types.js";

/** A result as a worker sends it: every value its own copy. */
function result(path: string, message: string): FileResult {
  const at = { offset: 0, line: 1, column: 1 };
  return {
    path,
    profile: {},
    errors: [],
    findings: [
      {
        ruleId: "hkex/disclaimer",
        severity: "error",
        kind: "missing",
        message,
        span: { start: { ...at }, end: { ...at } },
        citation: { source: "Main Board Listing Rule 2.14", url: "https://example.com/2.14", verified: true },
      },
    ],
    notApplicable: [{ ruleId: "hkex/18a-cautionary", reason: "applies to Chapter 18A issuers" }],
  };
}

describe("SharedValues", () => {
  it("keeps one copy of the values that repeat across results, and changes none of them", () => {
    const first = result("a.txt", "The disclaimer is missing.");
    const second = result("b.txt", "The disclaimer is missing.");
    const before = JSON.stringify([first, second]);
    const shared = new SharedValues();
    const [a, b] = [shared.share(first), shared.share(second)];
    expect(JSON.stringify([a, b])).toBe(before);
    expect(b.findings[0]?.citation).toBe(a.findings[0]?.citation);
    expect(b.notApplicable?.[0]).toBe(a.notApplicable?.[0]);
  });

  it("keeps citations apart that differ in anything, including key order", () => {
    const first = result("a.txt", "m");
    const second = result("b.txt", "m");
    const finding = second.findings[0];
    if (!finding) throw new Error("no finding");
    finding.citation = {
      url: "https://example.com/2.14",
      source: "Main Board Listing Rule 2.14",
      verified: true,
    };
    const before = JSON.stringify(second);
    const shared = new SharedValues();
    shared.share(first);
    expect(JSON.stringify(shared.share(second))).toBe(before);
    expect(second.findings[0]?.citation).not.toBe(first.findings[0]?.citation);
  });
});
