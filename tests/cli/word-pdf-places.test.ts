/**
 * A Word or PDF draft is checked as extracted text, but its reader opens it in Word or a PDF
 * viewer, where the extracted text's line:column points nowhere. Compact, GitHub and SARIF
 * output place its findings by page (PDF) and paragraph (Word, counted as Word counts them:
 * paragraphs with text, table cells included, empty ones skipped).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { BODY } from "../document/readers/announcement.js";
import { announcementPdf } from "../document/readers/make-pdf.js";
import { runCli } from "../helpers/run-cli.js";

const PLACEHOLDER_LINE = "The record date for the special dividend is [TBD].";

async function wordDraft(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph("Lumen Harbour Biotech Limited"), // ¶1
          new Paragraph(""), // empty: Word does not count it
          new Paragraph("(Stock Code: 9876)"), // ¶2
          new Table({ rows: [new TableRow({ children: [cell("Dividend"), cell("HK$0.10")] })] }), // ¶3, ¶4
          new Paragraph(""),
          new Paragraph(PLACEHOLDER_LINE), // ¶5
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function draftsDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "disclint-places-"));
  writeFileSync(join(dir, "draft.docx"), await wordDraft());
  // Enough body to push the placeholder paragraph onto the second page.
  const body = [...BODY, ...BODY, ...BODY, ...BODY, PLACEHOLDER_LINE];
  writeFileSync(join(dir, "draft.pdf"), await announcementPdf(body));
  return dir;
}

const run = async (dir: string, file: string, format: string) =>
  (await runCli(["check", file, "--format", format, "--no-regime"], { cwd: dir })).stdout;

describe("findings in Word and PDF drafts are placed by page and paragraph", () => {
  it("compact: the Word paragraph as Word counts it, the PDF page, and no line:column", async () => {
    const dir = await draftsDir();
    const word = (await run(dir, "draft.docx", "compact")).split("\n");
    expect(word).toContainEqual(
      expect.stringMatching(/^draft\.docx \(paragraph 5\): \w+: .*\[hkex\/placeholders\]$/),
    );
    expect(word.filter((line) => /^draft\.docx:\d+:\d+:/.test(line))).toEqual([]);
    const pdf = (await run(dir, "draft.pdf", "compact")).split("\n");
    expect(pdf).toContainEqual(
      expect.stringMatching(/^draft\.pdf \(page 2\): \w+: .*\[hkex\/placeholders\]$/),
    );
    expect(pdf.filter((line) => /^draft\.pdf:\d+:\d+:/.test(line))).toEqual([]);
  });

  it("GitHub: an annotation on the file whose message names the paragraph", async () => {
    const dir = await draftsDir();
    const line = (await run(dir, "draft.docx", "github"))
      .split("\n")
      .find((command) => command.includes("title=hkex/placeholders"));
    expect(line).toMatch(/^::\w+ file=draft\.docx,title=[^:]*::\(paragraph 5\) /);
    expect(line).not.toMatch(/,line=|,col=/);
  });

  it("SARIF: page and paragraph as region properties and in the message, no lines", async () => {
    const dir = await draftsDir();
    for (const [file, place, properties] of [
      ["draft.docx", "paragraph 5", { paragraph: 5 }],
      ["draft.pdf", "page 2", { page: 2 }],
    ] as const) {
      const sarif = JSON.parse(await run(dir, file, "sarif")) as {
        runs: { results: { ruleId: string; message: { text: string }; locations: unknown[] }[] }[];
      };
      const result = sarif.runs[0]?.results.find((candidate) => candidate.ruleId === "hkex/placeholders");
      expect(result?.message.text).toMatch(new RegExp(`\\(${place}\\)$`));
      const location = result?.locations[0] as
        | { physicalLocation: { region: Record<string, unknown> } }
        | undefined;
      const region = location?.physicalLocation.region ?? {};
      expect(region.properties).toEqual(properties);
      // Line 1 only: code scanning needs a startLine; the extracted text's lines mean nothing here.
      expect(region).toMatchObject({ startLine: 1 });
      expect(region).not.toHaveProperty("startColumn");
      expect(region).not.toHaveProperty("charOffset");
      expect(region.snippet).toEqual({ text: "[TBD]" });
    }
  });

  it("a text draft keeps its line:column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-places-"));
    writeFileSync(
      join(dir, "draft.txt"),
      `Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\n${PLACEHOLDER_LINE}\n`,
    );
    expect(await run(dir, "draft.txt", "compact")).toMatch(
      /^draft\.txt:4:45: \w+: .*\[hkex\/placeholders\]$/m,
    );
  });
});
