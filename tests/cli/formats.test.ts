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
import { docxFromText, htmlFromText, pdfFromText } from "../document/readers/make-from-text.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const examplesDir = join(import.meta.dirname, "..", "..", "examples");

interface ReportedFinding {
  ruleId: string;
  kind: string;
  span: { start: { line: number; column: number; page?: number; paragraph?: number } };
}

interface Report {
  files: { path: string; findings: ReportedFinding[]; errors: { code: string; message: string }[] }[];
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
  const issuer = /^[A-Z][A-Za-z ]+ (?:Limited|LIMITED)$/m.exec(text)?.[0] ?? "Announcement";
  return `${issuer} — Announcement`;
}

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

/** A copy of the example's folder (config included) with the draft's derived files beside it. */
async function deriveFormats(issuer: string, name: string): Promise<{ dir: string; pages: number }> {
  const dir = join(workDir, issuer);
  cpSync(join(examplesDir, issuer), dir, { recursive: true });
  const text = readFileSync(join(dir, name), "utf8");
  const stem = basename(name, ".txt");
  writeFileSync(join(dir, `${stem}.docx`), await docxFromText(text));
  writeFileSync(join(dir, `${stem}.html`), htmlFromText(text, runningHeader(text)));
  const pdf = await pdfFromText(text, { header: runningHeader(text) });
  writeFileSync(join(dir, `${stem}.pdf`), pdf.bytes);
  writeFileSync(
    join(dir, `${stem}.2col.pdf`),
    (await pdfFromText(text, { header: runningHeader(text), columns: 2 })).bytes,
  );
  return { dir, pages: pdf.pages };
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
    it(`${issuer}/${name}: .docx, .pdf and .html give the text's findings`, async () => {
      const { dir, pages } = await deriveFormats(issuer, name);
      expect(pages, "the PDF should flow over two or more pages").toBeGreaterThanOrEqual(2);
      const stem = basename(name, ".txt");
      const text = ruleKinds(await checkJson(dir, name));
      const docx = await checkJson(dir, `${stem}.docx`);
      const pdf = await checkJson(dir, `${stem}.pdf`);
      const html = await checkJson(dir, `${stem}.html`);
      expect(ruleKinds(docx), ".docx").toEqual(text);
      expect(ruleKinds(pdf), ".pdf").toEqual(text);
      expect(ruleKinds(html), ".html").toEqual(text);
      for (const finding of pdf) expect(finding.span.start.page, finding.ruleId).toBeGreaterThanOrEqual(1);
      for (const finding of docx)
        expect(finding.span.start.paragraph, finding.ruleId).toBeGreaterThanOrEqual(1);
    }, 60_000);
  }

  for (const { issuer, name } of drafts) {
  it(`${issuer}/${name}: a two-column PDF gives the text's findings`, async () => {
    const { dir } = await deriveFormats(issuer, name);
    const stem = basename(name, ".txt");
    const text = ruleKinds(await checkJson(dir, name));
    const pdf = await checkJson(dir, `${stem}.2col.pdf`);
    expect(ruleKinds(pdf)).toEqual(text);
  }, 60_000);
  }
});
