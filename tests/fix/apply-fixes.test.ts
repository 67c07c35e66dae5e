import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import type { Finding } from "../../src/engine/types.js";
import { applyEdits, dominantLineEnding } from "../../src/fix/apply-fixes.js";
import { planEdits, type TextEdit } from "../../src/fix/edits.js";

function suggesting(
  text: string,
  start: number,
  end: number,
  replacement: string,
  ruleId = "house/x",
): Finding {
  const document = createDocument({ path: "d.txt", format: "text", text });
  const span = { start: document.position(start), end: document.position(end) };
  return {
    ruleId,
    severity: "warning",
    kind: start === end ? "missing" : "deviates",
    message: "m",
    span,
    citation: { source: "s", url: "u", verified: false },
    suggestion: { message: "fix", span, text: replacement },
  };
}

const edit = (start: number, end: number, text: string, block = false): TextEdit => ({
  ruleId: "house/x",
  start,
  end,
  text,
  block,
});

describe("planEdits", () => {
  const text = "Dosed on Tuesday, 16 March 2026.";

  it("keeps the first of overlapping edits and says why the other was left", () => {
    const plan = planEdits(
      [suggesting(text, 9, 16, "Monday", "house/a"), suggesting(text, 12, 20, "x", "house/b")],
      text,
    );
    expect(plan.edits.map((e) => e.ruleId)).toEqual(["house/a"]);
    expect(plan.skipped).toEqual([{ ruleId: "house/b", reason: expect.stringContaining("overlaps") }]);
  });

  it("skips suppressed findings and edits that change nothing", () => {
    const suppressedFinding = {
      ...suggesting(text, 9, 16, "Monday"),
      suppressed: { kind: "directive" as const, justification: "r" },
    };
    const noOp = suggesting(text, 9, 16, "Tuesday");
    expect(planEdits([suppressedFinding, noOp], text).edits).toEqual([]);
  });

  it("orders edits by position and treats a suggestion starting or ending with a break as a paragraph", () => {
    const plan = planEdits(
      [suggesting(text, 32, 32, "\nNew statement."), suggesting(text, 9, 16, "Monday")],
      text,
    );
    expect(plan.edits.map((e) => [e.start, e.block])).toEqual([
      [9, false],
      [32, true],
    ]);
  });
});

describe("applyEdits", () => {
  it("replaces text, later edits unaffected by earlier length changes", () => {
    const text = "On Tuesday, 16 March and Friday, 20 March.";
    expect(applyEdits(text, [edit(3, 10, "Monday"), edit(25, 31, "Thursday")])).toBe(
      "On Monday, 16 March and Thursday, 20 March.",
    );
  });

  it("inserts paragraphs at the end with the file's CRLF endings and keeps the final newline", () => {
    const text = "First.\r\n\r\nLast.\r\n";
    const result = applyEdits(text, [
      edit(text.length, text.length, "\nOne.\nTwo lines.", true),
      edit(text.length, text.length, "\nAnother.", true),
    ]);
    expect(result).toBe("First.\r\n\r\nLast.\r\n\r\nOne.\r\nTwo lines.\r\n\r\nAnother.\r\n");
  });

  it("does not add a final newline the file did not have", () => {
    expect(applyEdits("Last.", [edit(5, 5, "\nAdded.", true)])).toBe("Last.\n\nAdded.");
  });

  it("inserts a paragraph before another one, separated by a blank line", () => {
    const text = "Top.\n\nBoard paragraph.\n";
    expect(applyEdits(text, [edit(6, 6, "Statement.\n", true)])).toBe(
      "Top.\n\nStatement.\n\nBoard paragraph.\n",
    );
  });

  it("inserts a paragraph at the very start", () => {
    expect(applyEdits("Body.\n", [edit(0, 0, "Disclaimer.\n", true)])).toBe("Disclaimer.\n\nBody.\n");
  });
});

describe("dominantLineEnding", () => {
  it("counts each kind", () => {
    expect(dominantLineEnding("a\r\nb\r\nc\n")).toBe("\r\n");
    expect(dominantLineEnding("a\nb\nc\r\n")).toBe("\n");
    expect(dominantLineEnding("a\rb\r")).toBe("\r");
    expect(dominantLineEnding("no breaks")).toBe("\n");
  });
});
