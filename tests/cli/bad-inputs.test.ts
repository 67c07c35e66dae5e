/**
 * Inputs disclint cannot read: each gets one clear line naming the file, its error code and
 * what to do, the other files are still checked, the exit code is 2, and nothing is printed to
 * stderr (no stack trace).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_INPUT_BYTES } from "../../src/document/reader-limits.js";
import { encryptedPdf, imageOnlyPdf } from "../document/readers/make-pdf.js";
import { makeZip } from "../document/readers/make-zip.js";
import { expectValidReport } from "../helpers/report-schema.js";
import { runCli } from "../helpers/run-cli.js";

const GOOD =
  "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nVOLUNTARY ANNOUNCEMENT\n\n" +
  "The first patient in the trial of LHB-204 was dosed on [●] 2026.\n";
/** The placeholder in GOOD: line 6, column 56 (counted by hand). */
const GOOD_FINDING = /^good\.txt:6:56: warning: .*\[hkex\/placeholders\]$/m;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE_MAGIC);
  return bytes;
}

function binaryFile(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  return bytes;
}

interface BadInput {
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  code: string;
  message: string;
}

const BAD_INPUTS: BadInput[] = [
  {
    name: "bomb.docx",
    bytes: () =>
      makeZip([
        {
          name: "word/document.xml",
          content: new TextEncoder().encode("<w:document/>"),
          declaredSize: 3_000_000_000,
        },
      ]),
    code: "zip-bomb",
    message: "refused as a possible zip bomb (declares 2861.0 MB uncompressed (limit 100 MB))",
  },
  {
    name: "legacy.doc",
    bytes: oleFile,
    code: "unsupported-doc",
    message: "legacy Word .doc is not supported — save it as .docx",
  },
  {
    name: "renamed.docx",
    bytes: oleFile,
    code: "unsupported-doc",
    message: "legacy Word .doc is not supported — save it as .docx",
  },
  {
    name: "corrupt.pdf",
    bytes: () => new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog garbage\n%%EOF"),
    code: "corrupt-pdf",
    message: "damaged or not a PDF (",
  },
  {
    name: "locked.pdf",
    bytes: encryptedPdf,
    code: "encrypted-pdf",
    message: "the PDF is password-protected — remove the password",
  },
  {
    name: "scan.pdf",
    bytes: imageOnlyPdf,
    code: "no-text-layer",
    message: "no text layer — run OCR first",
  },
  {
    name: "notes.xyz",
    bytes: () => new TextEncoder().encode("Lumen Harbour notes"),
    code: "unsupported-type",
    message: 'unsupported file type ".xyz" (disclint reads .txt,',
  },
  {
    name: "logo.txt",
    bytes: binaryFile,
    code: "binary-file",
    message: "looks like a binary file, not text",
  },
  {
    name: "latin1.txt",
    bytes: () => iconv.encode("Résumé of the café opening at Lumen Harbour in Tai Po", "latin1"),
    code: "invalid-encoding",
    message: "not valid UTF-8 and not recognisable as Big5 or GB18030 — pass --encoding",
  },
];

/** Just over the default limit; the readers refuse it before decoding or parsing. */
const OVERSIZE = DEFAULT_MAX_INPUT_BYTES + 1024 * 1024;
const TOO_LARGE_MESSAGE = "input is 51 MB, over the 50 MB limit";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "disclint-bad-inputs-"));
  writeFileSync(join(dir, "good.txt"), GOOD);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function expectOneErrorLine(stdout: string, name: string, code: string, message: string): void {
  const lines = stdout.split("\n").filter((line) => line.startsWith(`${name}:`));
  expect(lines, stdout).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${name.replace(".", "\\.")}:1:1: error: .*\\[${code}\\]$`));
  expect(lines[0]).toContain(`error: ${message}`);
}

describe("bad inputs through the CLI", () => {
  for (const bad of BAD_INPUTS) {
    it(`${bad.name}: one ${bad.code} line, the good file still checked, exit 2`, async () => {
      writeFileSync(join(dir, bad.name), await bad.bytes());
      const result = await runCli(["check", bad.name, "good.txt", "--format", "compact"], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe("");
      expectOneErrorLine(result.stdout, bad.name, bad.code, bad.message);
      expect(result.stdout).toMatch(GOOD_FINDING);
    });
  }

  for (const name of ["huge.pdf", "huge.txt"]) {
    it(`${name}: a file over the 50 MB default is refused as too-large`, async () => {
      writeFileSync(join(dir, name), Buffer.alloc(OVERSIZE, "Lumen Harbour "));
      const result = await runCli(["check", name, "good.txt", "--format", "compact"], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe("");
      expectOneErrorLine(result.stdout, name, "too-large", TOO_LARGE_MESSAGE);
      expect(result.stdout).toMatch(GOOD_FINDING);
      rmSync(join(dir, name));
    });
  }

  it("reports every bad file as a file error in JSON and stylish, and checks the good one", async () => {
    for (const bad of BAD_INPUTS) writeFileSync(join(dir, bad.name), await bad.bytes());
    const names = BAD_INPUTS.map((bad) => bad.name);
    const json = await runCli(["check", ...names, "good.txt", "--format", "json"], { cwd: dir });
    expect(json.code).toBe(2);
    const report = expectValidReport(json.stdout) as {
      files: { path: string; findings: { ruleId: string }[]; errors: { code: string; message: string }[] }[];
      summary: { fileErrors: number };
    };
    expect(report.summary.fileErrors).toBe(BAD_INPUTS.length);
    for (const bad of BAD_INPUTS) {
      const file = report.files.find((entry) => entry.path.endsWith(bad.name));
      expect(
        file?.errors.map((error) => error.code),
        bad.name,
      ).toEqual([bad.code]);
      expect(file?.errors[0]?.message, bad.name).toContain(bad.message);
      expect(file?.findings).toEqual([]);
    }
    const good = report.files.find((entry) => entry.path.endsWith("good.txt"));
    expect(good?.findings.map((finding) => finding.ruleId)).toContain("hkex/placeholders");

    const stylish = await runCli(["check", ...names, "good.txt", "--no-color"], { cwd: dir });
    expect(stylish.code).toBe(2);
    expect(stylish.stderr).toBe("");
    expect(stylish.stdout).toContain("  error  no text layer — run OCR first  no-text-layer");
    expect(stylish.stdout).toContain(`${BAD_INPUTS.length} files could not be checked`);
  });
});

describe("--max-size", () => {
  it("refuses a file over the limit before reading it, names it, and still checks the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "disclint-max-size-"));
    writeFileSync(join(dir, "big.txt"), "x".repeat(2 * 1024 * 1024));
    writeFileSync(join(dir, "small.txt"), "The record date is [TBD].\n");
    const result = await runCli(
      ["check", "big.txt", "small.txt", "--max-size", "1", "--format", "compact", "--no-regime"],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("big.txt:1:1: error: input is 2 MB, over the 1 MB limit [too-large]");
    expect(result.stdout).toMatch(/^small\.txt:1:\d+: warning: .*\[hkex\/placeholders\]$/m);
  });

  it("rejects a limit that is not a positive number", async () => {
    const result = await runCli(["check", "a.txt", "--max-size", "lots"], { cwd: tmpdir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("must be a positive number of megabytes");
  });
});
