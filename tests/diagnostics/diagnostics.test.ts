import { describe, expect, it } from "vitest";
import {
  type Diagnostic,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
} from "../../src/diagnostics/diagnostics.js";
import { validatePack } from "../../src/rules/validate-pack.js";
import { fakeKinds } from "../rules/fake-kinds.js";
import { edit } from "../rules/sample-pack.js";

function problem(overrides: Partial<Diagnostic>): Diagnostic {
  return {
    code: "bad-value",
    severity: "error",
    message: "m",
    file: "a.yaml",
    line: 1,
    column: 1,
    ...overrides,
  };
}

describe("formatDiagnostic", () => {
  it("prints file:line:col, the code, two lines of context and a caret under the key", () => {
    const text = edit("    severity: error", "    severty: error");
    const [found] = validatePack(text, "rules/demo.yaml", fakeKinds).problems;
    expect(formatDiagnostic(found as Diagnostic, text)).toBe(
      [
        "rules/demo.yaml:7:5: error[unknown-key]: unknown key `severty` in rule demo/placeholder-left; did you mean `severity`?",
        "  5 |   - id: demo/placeholder-left",
        "  6 |     title: Drafting placeholders left in the text",
        "> 7 |     severty: error",
        "    |     ^^^^^^^",
      ].join("\n"),
    );
  });

  it("widens the gutter for two-digit lines, keeps tabs under the caret and handles CRLF", () => {
    const text = "a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nh\r\ni\r\n\tkey: x\r\n";
    const printed = formatDiagnostic(problem({ severity: "warning", line: 10, column: 7 }), text);
    expect(printed).toBe(
      [
        "a.yaml:10:7: warning[bad-value]: m",
        "   8 | h",
        "   9 | i",
        "> 10 | \tkey: x",
        "     | \t     ^",
      ].join("\n"),
    );
  });

  it("prints only the header without source text or for a line outside the file", () => {
    expect(formatDiagnostic(problem({ line: 3 }))).toBe("a.yaml:3:1: error[bad-value]: m");
    expect(formatDiagnostic(problem({ line: 9 }), "one line\n")).toBe("a.yaml:9:1: error[bad-value]: m");
  });
});

describe("sortDiagnostics", () => {
  it("orders by file, line and column and drops exact repeats", () => {
    const sorted = sortDiagnostics([
      problem({ file: "b.yaml" }),
      problem({ line: 4, column: 2 }),
      problem({ line: 4, column: 1 }),
      problem({ line: 4, column: 2 }),
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      "a.yaml:4:1",
      "a.yaml:4:2",
      "b.yaml:1:1",
    ]);
  });

  it("hasErrors ignores warnings", () => {
    expect(hasErrors([problem({ severity: "warning" })])).toBe(false);
    expect(hasErrors([problem({ severity: "warning" }), problem({})])).toBe(true);
  });
});
