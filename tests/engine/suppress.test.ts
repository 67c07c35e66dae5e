import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { createDocument } from "../../src/document/create-document.js";
import { readHtml } from "../../src/document/read-html.js";
import type { DocumentFormat } from "../../src/document/types.js";
import { checkDocument } from "../../src/engine/check-document.js";
import { postProcess } from "../../src/engine/post-process.js";
import { summarise } from "../../src/engine/summarise.js";
import { applyDirectives, INVALID_DIRECTIVE, UNUSED_DIRECTIVE } from "../../src/engine/suppress.js";
import type { FileResult } from "../../src/engine/types.js";
import { compileRules } from "../../src/rules/compile-rules.js";
import type { Pack } from "../../src/rules/types.js";
import { lintAt } from "./lint.js";

const pack: Pack = {
  name: "house",
  title: "House",
  version: "1.0.0",
  file: "house.yaml",
  rules: ["tbd", "tbc"].map((word) => ({
    id: `house/no-${word}`,
    title: `No ${word}`,
    severity: "warning" as const,
    message: "Replace the placeholder.",
    citation: { source: "House style", url: "https://example.com", verified: true },
    check: { kind: "forbidden", patterns: [`\\b${word.toUpperCase()}\\b`] },
    examples: { valid: [], invalid: [] },
  })),
};
const rules = compileRules([pack], CHECK_KINDS);
const known = ["house/no-tbd", "house/no-tbc"];

/** The rules, then the directives, then one post-process, as the kernel does. */
async function check(text: string, format: DocumentFormat, path = "draft"): Promise<FileResult> {
  const document =
    format === "html" ? readHtml(`${path}.html`, text) : createDocument({ path, format, text });
  const profile = { asOf: { value: "2026-03-18", source: "cli" as const } };
  const checked = checkDocument({ document, profile, data: bundledReferenceData() }, rules);
  const findings = postProcess(applyDirectives(checked.findings, document, known));
  return { path: document.path, profile: {}, findings, errors: [] };
}

const active = (result: FileResult) => result.findings.filter((finding) => !finding.suppressed);
const suppressed = (result: FileResult) => result.findings.filter((finding) => finding.suppressed);

describe("directives in Markdown", () => {
  it("disable-next-paragraph suppresses that paragraph only, with the reason", async () => {
    const text = [
      "Venue: TBD.",
      "",
      "<!-- disclint-disable-next-paragraph house/no-tbd -- venue is confirmed on the day -->",
      "Date: TBD.",
      "",
      "Time: TBD.",
    ].join("\n");
    const result = await check(text, "markdown");
    expect(suppressed(result).map((f) => f.span.start.line)).toEqual([4]);
    expect(suppressed(result)[0]?.suppressed).toEqual({
      kind: "directive",
      justification: "venue is confirmed on the day",
    });
    expect(active(result).map((f) => f.span.start.line)).toEqual([1, 6]);
    expect(summarise([result])).toMatchObject({ warnings: 2, suppressed: 1 });
  });

  it("disable … enable covers a range, per rule", async () => {
    const text = [
      "TBD one.",
      "<!-- disclint-disable house/no-tbd -- figures pending audit -->",
      "TBD two. TBC two.",
      "<!-- disclint-enable house/no-tbd -->",
      "TBD three.",
    ].join("\n\n");
    const result = await check(text, "markdown");
    expect(suppressed(result).map((f) => [f.ruleId, f.span.start.line])).toEqual([["house/no-tbd", 5]]);
    expect(active(result).map((f) => [f.ruleId, f.span.start.line])).toEqual([
      ["house/no-tbd", 1],
      ["house/no-tbc", 5],
      ["house/no-tbd", 9],
    ]);
  });

  it("an unclosed disable runs to the end of the file", async () => {
    const text = "TBD.\n\n<!-- disclint-disable house/no-tbd -- drafts only -->\n\nTBD.\n\nTBD.";
    const result = await check(text, "markdown");
    expect(suppressed(result)).toHaveLength(2);
    expect(active(result).map((f) => f.span.start.line)).toEqual([1]);
  });

  it("reports a directive without a reason, or naming an unknown rule, and suppresses nothing", async () => {
    const text = [
      "<!-- disclint-disable-file house/no-tbd -->",
      "<!-- disclint-disable-file house/no-tdb -- typo in the rule id -->",
      "TBD.",
    ].join("\n");
    const result = await check(text, "markdown");
    const invalid = result.findings.filter((f) => f.ruleId === INVALID_DIRECTIVE);
    expect(invalid.map((f) => [f.severity, f.span.start.line])).toEqual([
      ["error", 1],
      ["error", 2],
    ]);
    expect(invalid[0]?.message).toMatch(/no reason/);
    expect(invalid[1]?.message).toMatch(/unknown rule: house\/no-tdb/);
    expect(active(result).some((f) => f.ruleId === "house/no-tbd")).toBe(true);
    expect(suppressed(result)).toEqual([]);
  });

  it("reports a directive that suppressed nothing as an unused warning", async () => {
    const text = "<!-- disclint-disable-file house/no-tbd, house/no-tbc -- legacy draft -->\n\nTBD only.";
    const result = await check(text, "markdown");
    const unused = result.findings.filter((f) => f.ruleId === UNUSED_DIRECTIVE);
    expect(unused).toHaveLength(1);
    expect(unused[0]?.severity).toBe("warning");
    expect(unused[0]?.message).toContain("house/no-tbc");
    expect(unused[0]?.message).not.toContain("house/no-tbd");
    expect(unused[0]?.citation.url).toContain("docs/suppressions.md");
  });

  it("drops findings raised by a directive's own words", async () => {
    const text =
      "<!-- disclint-disable-next-paragraph house/no-tbc -- the TBD date is set by the court -->\nTBC.";
    const result = await check(text, "markdown");
    expect(result.findings.map((f) => f.ruleId)).toEqual(["house/no-tbc"]);
    expect(result.findings[0]?.suppressed?.kind).toBe("directive");
  });
});

describe("directives in plain text", () => {
  it("uses a %% line and keeps CRLF positions right", async () => {
    const text =
      "Venue: TBD.\r\n\r\n%% disclint-disable-next-paragraph house/no-tbd -- set by the trustee\r\nDate: TBD.\r\n";
    const result = await check(text, "text");
    expect(suppressed(result).map((f) => f.span.start.line)).toEqual([4]);
    expect(active(result).map((f) => f.span.start.line)).toEqual([1]);
  });

  it("does not read the comment form in a text file", async () => {
    const result = await check("<!-- disclint-disable-file house/no-tbd -- x -->\nTBD.", "text");
    expect(suppressed(result)).toEqual([]);
  });
});

describe("directives in HTML", () => {
  it("places comments between the extracted paragraphs", async () => {
    const html = [
      "<html><body>",
      "<p>Venue: TBD.</p>",
      "<!-- disclint-disable-next-paragraph house/no-tbd -- venue is confirmed on the day -->",
      "<p>Date: <b>TBD</b>.</p>",
      "<p>Time: TBD.</p>",
      "</body></html>",
    ].join("\n");
    const result = await check(html, "html");
    expect(suppressed(result)).toHaveLength(1);
    expect(active(result)).toHaveLength(2);
    const [first] = suppressed(result);
    expect(first?.span.start.line).toBe(3); // the second paragraph of the extracted text
  });

  it("reports an unused HTML directive", async () => {
    const html =
      "<p>Fine.</p><!-- disclint-disable-file house/no-tbd -- nothing to hide --><p>Also fine.</p>";
    const result = await check(html, "html");
    expect(result.findings.map((f) => f.ruleId)).toEqual([UNUSED_DIRECTIVE]);
  });
});

describe("directives on a real rule set", () => {
  const dir = join(import.meta.dirname, "../../examples/silverpine-bay");
  const draft = readFileSync(join(dir, "defective-en.txt"), "utf8");

  it("a file-level directive suppresses a missing statement (a zero-length finding)", async () => {
    const markdown = `<!-- disclint-disable-file hkex/language-precedence -- the bilingual version is published separately -->\n\n${draft}`;
    // The kernel applies the directives itself, for the CLI and the language server alike.
    const { result } = await lintAt(join(dir, "defective-en.md"), new TextEncoder().encode(markdown));
    const after = result.findings.filter((f) => f.ruleId === "hkex/language-precedence");
    expect(after).toHaveLength(1);
    expect(after[0]?.kind).toBe("missing");
    expect(after[0]?.suppressed?.justification).toBe("the bilingual version is published separately");
    expect(result.findings.some((f) => f.ruleId.startsWith("disclint/"))).toBe(false);
    expect(summarise([result]).suppressed).toBe(1);
  });
});
