import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import type { RunContext } from "../../src/checks/types.js";
import { createDocument } from "../../src/document/create-document.js";
import type { Document } from "../../src/document/types.js";
import { checkDocument } from "../../src/engine/check-document.js";
import { postProcess } from "../../src/engine/post-process.js";
import type { Finding } from "../../src/engine/types.js";
import { compileRules } from "../../src/rules/compile-rules.js";
import type { Pack } from "../../src/rules/types.js";

const pack: Pack = {
  name: "house",
  title: "House",
  version: "1.0.0",
  file: "house.yaml",
  rules: [
    {
      id: "house/no-tbd",
      title: "No TBD",
      severity: "warning",
      message: 'Replace "{{match}}".',
      citation: { source: "House style", url: "https://example.com", verified: true },
      check: { kind: "forbidden", patterns: ["\\bTBD\\b"] },
      examples: { valid: [], invalid: [] },
    },
  ],
};
const rules = compileRules([pack], CHECK_KINDS);

const contextOf = (document: Document): RunContext => ({
  document,
  profile: { asOf: { value: "2026-01-01", source: "cli" } },
  data: bundledReferenceData(),
});

describe("checkDocument", () => {
  const text = "Line one.\r\nThe date is “TBD” and so is the venue: TBD.\r\n";
  const document = createDocument({ path: "draft.txt", format: "text", text });

  it("reports findings with exact original spans and filled messages", () => {
    const result = checkDocument(contextOf(document), rules);
    expect(result.findings.map((finding) => finding.message)).toEqual(['Replace "TBD".', 'Replace "TBD".']);
    const [first, second] = result.findings;
    expect(text.slice(first?.span.start.offset, first?.span.end.offset)).toBe("TBD");
    expect(first?.span.start).toMatchObject({ line: 2, column: 14 });
    expect(text.slice(second?.span.start.offset, second?.span.end.offset)).toBe("TBD");
    expect(first?.citation.source).toBe("House style");
  });

  it("applies severity overrides and turns rules off", () => {
    expect(
      checkDocument(contextOf(document), rules, { ruleSettings: { "house/no-tbd": "error" } }).findings[0]
        ?.severity,
    ).toBe("error");
    expect(
      checkDocument(contextOf(document), rules, { ruleSettings: { "house/no-tbd": "off" } }).findings,
    ).toEqual([]);
  });
});

describe("undetermined findings", () => {
  it("are reported at info whatever the rule's severity: could not decide is not a breach", () => {
    const boardPack: Pack = {
      ...pack,
      rules: [
        {
          id: "house/three-ineds",
          title: "Three INEDs",
          severity: "error",
          message: "INEDs: {{problem}}.",
          citation: { source: "House style", url: "https://example.com", verified: true },
          check: { kind: "board", require: "min-three-ined" },
          examples: { valid: [], invalid: [] },
        },
      ],
    };
    const run = (text: string) =>
      checkDocument(
        contextOf(createDocument({ path: "board.txt", format: "text", text })),
        compileRules([boardPack], CHECK_KINDS),
      ).findings;
    const paragraph =
      "As at the date of this announcement, the Board comprises Mr. Lo Kin Pong as executive Director and Mr. Kan Wai Lok and Ms. Siu Ka Yan as independent non-executive Directors.";
    expect(run(paragraph).map((finding) => [finding.kind, finding.severity])).toEqual([
      ["inconsistent", "error"],
    ]);
    const cut = paragraph.slice(0, -30);
    expect(run(cut).map((finding) => [finding.kind, finding.severity])).toEqual([["undetermined", "info"]]);
  });
});

describe("post-processing", () => {
  const at = (offset: number, ruleId: string, severity: Finding["severity"]): Finding => ({
    ruleId,
    severity,
    kind: "forbidden",
    message: "m",
    span: {
      start: { offset, line: 1, column: offset + 1 },
      end: { offset: offset + 1, line: 1, column: offset + 2 },
    },
    citation: { source: "s", url: "u", verified: false },
  });

  it("drops exact duplicates and orders by position, severity, then rule id", () => {
    const sorted = postProcess([
      at(5, "b/x", "info"),
      at(1, "b/y", "warning"),
      at(5, "a/z", "info"),
      at(5, "b/x", "info"),
      at(5, "c/w", "error"),
    ]);
    expect(sorted.map((finding) => `${finding.span.start.offset} ${finding.ruleId}`)).toEqual([
      "1 b/y",
      "5 c/w",
      "5 a/z",
      "5 b/x",
    ]);
  });
});

describe("findings per rule", () => {
  it("lists at most MAX_FINDINGS_PER_RULE of one rule in a file and counts the rest", async () => {
    const { MAX_FINDINGS_PER_RULE } = await import("../../src/engine/check-document.js");
    const text = "TBD. ".repeat(MAX_FINDINGS_PER_RULE + 25);
    const document = createDocument({ path: "draft.txt", format: "text", text });
    const result = checkDocument(contextOf(document), rules);
    expect(result.findings).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(result.omitted).toEqual([{ ruleId: "house/no-tbd", count: 25 }]);
  });
});
