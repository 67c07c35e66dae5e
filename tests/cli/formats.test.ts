/**
 * Issue 5's acceptance: each example draft, saved as Word, PDF and HTML, gives the same rule ids
 * and kinds as its text version, and the findings point at pages (PDF) and paragraphs (Word).
 * The derived files are written beside a copy of the example's .disclint.yaml, so the issuer
 * profile applies as it does to the text.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/document/read-pdf.js";
import {
  docxFromText,
  htmlFromText,
  pdfFromText,
  type RenderedPdf,
  splitParagraphs,
} from "../document/readers/make-from-text.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const examplesDir = join(import.meta.dirname, "..", "..", "examples");

interface ReportedPosition {
  offset: number;
  line: number;
  column: number;
  page?: number;
  paragraph?: number;
}

interface ReportedFinding {
  ruleId: string;
  kind: string;
  span: { start: ReportedPosition };
}

interface Report {
  files: { path: string; findings: ReportedFinding[]; errors: unknown[] }[];
}

async function checkJson(cwd: string, file: string): Promise<ReportedFinding[]> {
  const result = await runCli(["check", file, "--format", "json"], { cwd });
  expect(result.stderr).toBe("");
  const report = expectValidReport(result.stdout) as Report;
  expect(report.files).toHaveLength(1);
  expect(report.files[0]?.errors).toEqual([]);
  return report.files[0]?.findings ?? [];
}

/** The multiset of (rule id, kind) as a sorted list, so a difference shows in the diff. */
const ruleKinds = (findings: ReportedFinding[]): string[] =>
  findings.map((finding) => `${finding.ruleId} ${finding.kind}`).sort();

/** "Lumen Harbour Biotech Limited — Announcement", from the draft's first English "Limited" line. */
function runningHeader(text: string): string {
  const issuer = /^[A-Z][A-Za-z ]+ Limited$/m.exec(text)?.[0] ?? "Issuer";
  return `${issuer} — Announcement`;
}

/** Index (0-based) of the blank-line separated paragraph holding a text offset (the last one at the end). */
function paragraphIndexAt(text: string, offset: number): number {
  const starts = splitParagraphs(text).map((paragraph) => text.indexOf(paragraph.lines[0] as string));
  let index = 0;
  starts.forEach((start, i) => {
    if (start <= offset) index = i;
  });
  return index;
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, "");

const drafts = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(examplesDir, dir.name))
      .filter((name) => name.endsWith(".txt"))
      .map((name) => ({ issuer: dir.name, name })),
  );

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "disclint-formats-"));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

interface Derived {
  dir: string;
  stem: string;
  text: string;
  pdf: RenderedPdf;
  twoColumns: RenderedPdf;
}

/** A copy of the example's folder (config included) with the draft's derived files beside it. */
async function deriveFormats(issuer: string, name: string): Promise<Derived> {
  const dir = join(workDir, `${issuer}-${basename(name, ".txt")}`);
  cpSync(join(examplesDir, issuer), dir, { recursive: true });
  const text = readFileSync(join(dir, name), "utf8");
  const stem = basename(name, ".txt");
  const header = runningHeader(text);
  const pdf = await pdfFromText(text, { header });
  const twoColumns = await pdfFromText(text, { header, columns: 2 });
  writeFileSync(join(dir, `${stem}.docx`), await docxFromText(text));
  writeFileSync(join(dir, `${stem}.html`), htmlFromText(text, header));
  writeFileSync(join(dir, `${stem}.pdf`), pdf.bytes);
  writeFileSync(join(dir, `${stem}-columns.pdf`), twoColumns.bytes);
  return { dir, stem, text, pdf, twoColumns };
}

/** The example's text finding with the same rule id (each example reports a rule at most once). */
function textFinding(text: ReportedFinding[], ruleId: string): ReportedFinding {
  const found = text.filter((finding) => finding.ruleId === ruleId);
  expect(found, ruleId).toHaveLength(1);
  return found[0] as ReportedFinding;
}

describe("the example drafts as Word, PDF and HTML", () => {
  it("finds the four example drafts", () => {
    expect(drafts.map((draft) => draft.name).sort()).toEqual([
      "18a-voluntary-clean-en.txt",
      "18a-voluntary-clean-zh.txt",
      "defective-en.txt",
      "gem-announcement-en.txt",
    ]);
  });

  for (const { issuer, name } of drafts) {
    it(`${issuer}/${name}: .docx, .pdf, a two-column .pdf and .html give the text's findings`, async () => {
      const { dir, stem, text, pdf } = await deriveFormats(issuer, name);
      expect(pdf.pages, "the PDF should flow over two or more pages").toBeGreaterThanOrEqual(2);
      const fromText = await checkJson(dir, name);
      const docx = await checkJson(dir, `${stem}.docx`);
      const fromPdf = await checkJson(dir, `${stem}.pdf`);
      expect(ruleKinds(docx), ".docx").toEqual(ruleKinds(fromText));
      expect(ruleKinds(fromPdf), ".pdf").toEqual(ruleKinds(fromText));
      expect(ruleKinds(await checkJson(dir, `${stem}.html`)), ".html").toEqual(ruleKinds(fromText));
      expect(ruleKinds(await checkJson(dir, `${stem}-columns.pdf`)), "two columns").toEqual(
        ruleKinds(fromText),
      );
      for (const finding of docx) {
        // One Word paragraph per text paragraph: the paragraph number is the text's paragraph.
        const paragraph = paragraphIndexAt(text, textFinding(fromText, finding.ruleId).span.start.offset) + 1;
        expect(finding.span.start.paragraph, finding.ruleId).toBe(paragraph);
      }
      for (const finding of fromPdf) {
        const paragraph = paragraphIndexAt(text, textFinding(fromText, finding.ruleId).span.start.offset);
        const [first, last] = pdf.paragraphPages[paragraph] ?? [0, 0];
        expect(finding.span.start.page, finding.ruleId).toBeGreaterThanOrEqual(first);
        expect(finding.span.start.page, finding.ruleId).toBeLessThanOrEqual(last);
      }
    }, 60_000);

    it(`${issuer}/${name}: the PDFs' text is the draft's, in reading order, without header or footer`, async () => {
      const { text, pdf, twoColumns } = await deriveFormats(issuer, name);
      for (const rendered of [pdf, twoColumns]) {
        const extracted = (await readPdf("draft.pdf", rendered.bytes)).original;
        expect(withoutSpaces(extracted)).toBe(withoutSpaces(text));
      }
    }, 60_000);
  }

  it("the defective draft's findings carry pages in the PDF and paragraphs in Word", async () => {
    const { dir } = await deriveFormats("silverpine-bay", "defective-en.txt");
    const pages = (await checkJson(dir, "defective-en.pdf")).map((finding) => finding.span.start.page);
    expect(new Set(pages)).toEqual(new Set([1, 2]));
    const paragraphs = (await checkJson(dir, "defective-en.docx")).map((f) => f.span.start.paragraph);
    expect(paragraphs.every((paragraph) => paragraph !== undefined && paragraph >= 1)).toBe(true);
  }, 60_000);
});

describe("locations in compact and stylish output", () => {
  it("compact places a PDF finding by page and a .docx finding by paragraph, not by extracted line", async () => {
    const { dir } = await deriveFormats("silverpine-bay", "defective-en.txt");
    const placeholderLine = async (file: string) =>
      (await runCli(["check", file, "--format", "compact"], { cwd: dir })).stdout
        .split("\n")
        .find((line) => line.includes("[hkex/placeholders]"));
    expect(await placeholderLine("defective-en.pdf")).toMatch(/^defective-en\.pdf \(page 1\): warning: /);
    const docxLine = await placeholderLine("defective-en.docx");
    const [, paragraph] = /^defective-en\.docx \(paragraph (\d+)\): warning: /.exec(docxLine ?? "") ?? [];
    // The paragraph named is the one holding the placeholder, counted as Word counts paragraphs.
    const { readDocx } = await import("../../src/document/read-docx.js");
    const document = await readDocx("defective-en.docx", readFileSync(join(dir, "defective-en.docx")));
    const block = document.blocks[Number(paragraph) - 1];
    expect(block && document.original.slice(block.start, block.end), docxLine).toContain("[●] 2025");
  }, 60_000);

  it("the .docx reports what the text reports, each finding placed by paragraph", async () => {
    const { dir } = await deriveFormats("silverpine-bay", "defective-en.txt");
    const findings = async (file: string): Promise<string[]> =>
      (await runCli(["check", file, "--format", "compact"], { cwd: dir })).stdout
        .trim()
        .split("\n")
        .map((line) => line.replace(/^[^:]+?(?::\d+:\d+| \(paragraph \d+\)):/, ""))
        .sort();
    const docx = (await runCli(["check", "defective-en.docx", "--format", "compact"], { cwd: dir })).stdout
      .trim()
      .split("\n");
    expect(docx.every((line) => /^defective-en\.docx \(paragraph \d+\): /.test(line))).toBe(true);
    expect(await findings("defective-en.docx")).toEqual(await findings("defective-en.txt"));
  }, 60_000);

  it("stylish prints the page of a PDF finding and the paragraph, with its opening words, of a .docx", async () => {
    const { dir } = await deriveFormats("silverpine-bay", "defective-en.txt");
    const pdf = await runCli(["check", "defective-en.pdf", "--format", "stylish"], { cwd: dir });
    expect(pdf.stdout).toMatch(/^ {2}\d+:\d+ page 1 {2}warning {2}.*hkex\/placeholders$/m);
    const docx = await runCli(["check", "defective-en.docx", "--format", "stylish"], { cwd: dir });
    // The placeholder is in the draft's 7th paragraph, "The Trial is a randomised, double-blind, …".
    expect(docx.stdout).toMatch(
      /^ {2}17:99 ¶7 “The Trial is a randomised,…” {2}warning {2}.*hkex\/placeholders$/m,
    );
  }, 60_000);
});
