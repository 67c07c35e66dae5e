// Reader throughput (issue 5): builds an N-page PDF and an N-paragraph .docx of a fictional
// announcement in a temp dir, times `node bin/disclint.cjs check` on each and prints
// "PDF pages/s" and ".docx paragraphs/s". The time of a check on the same text as .txt is
// subtracted, so the numbers measure reading, not start-up or the rules.
// Run alone (`node scripts/bench-readers.mjs`) or from scripts/bench.mjs via `benchReaders()`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Document, Packer, Paragraph } from "docx";
import PDFDocument from "pdfkit";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin", "disclint.cjs");

const DISCLAIMER =
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no " +
  "responsibility for the contents of this announcement, make no representation as to its accuracy or " +
  "completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in " +
  "reliance upon the whole or any part of the contents of this announcement.";

/** Body paragraphs of a fictional issuer, numbers varied so no two are alike. */
function bodyParagraph(i) {
  return (
    `In the ${i + 1}th review period, Lumen Harbour Biotech Limited enrolled ${20 + (i % 80)} further ` +
    `patients in the phase II trial of LHB-204 at its sites in Sha Tin and Tai Po, and research and ` +
    `development expenses rose by ${(i % 40) + 1}.${i % 10}% as the trial widened its enrolment.`
  );
}

function paragraphs(count) {
  const head = [DISCLAIMER, "Lumen Harbour Biotech Limited", "(Stock Code: 9876)", "VOLUNTARY ANNOUNCEMENT"];
  return [...head, ...Array.from({ length: Math.max(0, count - head.length) }, (_, i) => bodyParagraph(i))];
}

/** Paragraphs flowed until the PDF has `pages` pages (Helvetica, so no system font is needed). */
function buildPdf(pages) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 72 });
    const chunks = [];
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve({ bytes: Buffer.concat(chunks), text: written.join("\n\n") }));
    doc.on("error", reject);
    let page = 1;
    doc.on("pageAdded", () => {
      page++;
    });
    const written = [];
    doc.font("Helvetica").fontSize(10);
    for (let i = 0; ; i++) {
      const text = i < 4 ? paragraphs(4)[i] : bodyParagraph(i - 4);
      doc.text(text);
      doc.moveDown();
      written.push(text);
      if (page >= pages && doc.y > doc.page.height - 200) break;
    }
    doc.end();
  });
}

async function buildDocx(count) {
  const texts = paragraphs(count);
  const document = new Document({ sections: [{ children: texts.map((text) => new Paragraph(text)) }] });
  return { bytes: await Packer.toBuffer(document), text: texts.join("\n\n") };
}

/** Best of `runs` wall-clock times (ms) of one check; exit codes 0 and 1 are both a success. */
function timeCheck(file, runs) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, "check", file, "--format", "compact"], {
      encoding: "utf8",
    });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`disclint check ${file} exited ${result.status}: ${result.stdout}${result.stderr}`);
    }
    best = Math.min(best, elapsed);
  }
  return best;
}

export async function benchReaders({
  pdfPages = Number(process.env.BENCH_PDF_PAGES ?? 50),
  docxParagraphs = Number(process.env.BENCH_DOCX_PARAGRAPHS ?? 2000),
  runs = Number(process.env.BENCH_READER_RUNS ?? 3),
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), "disclint-bench-readers-"));
  try {
    const pdf = await buildPdf(pdfPages);
    const docx = await buildDocx(docxParagraphs);
    writeFileSync(join(dir, "long.pdf"), pdf.bytes);
    writeFileSync(join(dir, "long-pdf.txt"), pdf.text);
    writeFileSync(join(dir, "long.docx"), docx.bytes);
    writeFileSync(join(dir, "long-docx.txt"), docx.text);
    const pdfMs = timeCheck(join(dir, "long.pdf"), runs);
    const pdfTextMs = timeCheck(join(dir, "long-pdf.txt"), runs);
    const docxMs = timeCheck(join(dir, "long.docx"), runs);
    const docxTextMs = timeCheck(join(dir, "long-docx.txt"), runs);
    // Reading time = the check's time minus the same text's check as .txt (start-up and rules).
    const pdfReadMs = Math.max(1, pdfMs - pdfTextMs);
    const docxReadMs = Math.max(1, docxMs - docxTextMs);
    const result = {
      pdfPages,
      pdfMs,
      pdfTextMs,
      pdfPagesPerSecond: (pdfPages * 1000) / pdfReadMs,
      pdfPagesPerSecondWhole: (pdfPages * 1000) / pdfMs,
      docxParagraphs,
      docxMs,
      docxTextMs,
      docxParagraphsPerSecond: (docxParagraphs * 1000) / docxReadMs,
      docxParagraphsPerSecondWhole: (docxParagraphs * 1000) / docxMs,
    };
    const f = (n) => Math.round(n).toLocaleString("en");
    console.log(
      `PDF pages/s: ${f(result.pdfPagesPerSecond)} reading (${f(result.pdfPagesPerSecondWhole)} whole check; ` +
        `${pdfPages} pages in ${f(pdfMs)} ms, same text as .txt ${f(pdfTextMs)} ms)`,
    );
    console.log(
      `.docx paragraphs/s: ${f(result.docxParagraphsPerSecond)} reading (${f(result.docxParagraphsPerSecondWhole)} ` +
        `whole check; ${docxParagraphs} paragraphs in ${f(docxMs)} ms, same text as .txt ${f(docxTextMs)} ms)`,
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchReaders();
