/**
 * Turns a plain-text draft (paragraphs separated by blank lines) into the same announcement
 * as .docx, .pdf and .html, the way an issuer's typesetting would: Word paragraphs, a PDF
 * with a running header and page-number footer, HTML with headings and ignorable script and
 * style. Used to show that every reader gives the findings the text gives.
 */
import { existsSync } from "node:fs";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";

type Pdf = InstanceType<typeof PDFDocument>;

export const CJK_FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
export const CJK_BOLD_FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
export const CJK_FONT_NAME = "NotoSansCJKtc-Regular";
export const CJK_BOLD_FONT_NAME = "NotoSansCJKtc-Bold";

/**
 * The PDFs carry Chinese text, which the standard PDF fonts cannot draw. A missing font is a
 * failure with the fix in the message, never a silent skip.
 */
export function requireCjkFont(): void {
  if (existsSync(CJK_FONT_PATH) && existsSync(CJK_BOLD_FONT_PATH)) return;
  throw new Error(
    `the CJK font is missing (${CJK_FONT_PATH}); install it with ` +
      "`apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk`" +
      (process.env.CI === "true" ? " (CI=true: this is a failure, not a skip)" : ""),
  );
}

/** A blank-line separated paragraph of the draft, its lines kept. */
export interface TextParagraph {
  lines: string[];
  /** 1 for the announcement's title, 2 for a section heading. */
  heading?: 1 | 2;
}

const CJK = /[\u3400-\u9fff]/;
const CJK_PUNCTUATION = /[，。；：、（）「」()]/;

/** Short all-capitals English, or short unpunctuated Chinese, set on its own is a heading. */
function looksLikeHeading(lines: string[]): boolean {
  if (lines.length > 3) return false;
  const text = lines.join(" ");
  if (CJK.test(text)) return lines.every((line) => line.length <= 40 && !CJK_PUNCTUATION.test(line));
  return /[A-Z]/.test(text) && !/[a-z]/.test(text) && lines.every((line) => line.length <= 100);
}

export function splitParagraphs(text: string): TextParagraph[] {
  let titled = false;
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.split("\n").map((line) => line.trim()))
    .map((lines) => lines.filter((line) => line !== ""))
    .filter((lines) => lines.length > 0)
    .map((lines): TextParagraph => {
      if (!looksLikeHeading(lines)) return { lines };
      const heading = titled ? 2 : 1;
      titled = true;
      return { lines, heading };
    });
}

/** One Word paragraph per text paragraph; lines inside it become line breaks. */
export async function docxFromText(text: string): Promise<Uint8Array> {
  const paragraphs = splitParagraphs(text).map(
    (paragraph) =>
      new Paragraph({
        ...(paragraph.heading && {
          heading: paragraph.heading === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        }),
        children: paragraph.lines.map((line, i) => new TextRun({ text: line, ...(i > 0 && { break: 1 }) })),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Paragraphs in <p>, headings in <h1>/<h2>, and script and style elements whose text would
 * give findings (a placeholder, a different stock code) if a reader let it through.
 */
export function htmlFromText(text: string, title: string): string {
  const body = splitParagraphs(text).map((paragraph) => {
    const tag = paragraph.heading ? `h${paragraph.heading}` : "p";
    return `<${tag}>${paragraph.lines.map(escapeHtml).join("<br>\n")}</${tag}>`;
  });
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>body { font-family: serif; } p::after { content: 'Stock code: 1111'; }</style>",
    "</head><body>",
    '<script>window.draft = "The first patient was dosed on [●] 2025 (stock code: 1111).";</script>',
    ...body,
    "<style>.note { display: block; } /* [●] to be confirmed */</style>",
    "</body></html>",
    "",
  ].join("\n");
}

export interface PdfOptions {
  /** The running header printed at the top of every page. */
  header: string;
  /** Two columns (the first paragraph stays full width, as a disclaimer box would). */
  columns?: 1 | 2;
  /** Body type size in points (default 11); headings are set a little larger. */
  fontSize?: number;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** For each paragraph of the one-column layout, the pages (1-based) it was written from and to. */
  paragraphPages: [number, number][];
}

const BODY_SIZE = 11;
const MARGIN = { top: 72, bottom: 72, left: 90, right: 90 };

/**
 * A4 pages with the draft flowing over as many pages as it needs, a running header and a
 * centred "– n –" footer drawn on every page after the text has flowed.
 */
export function pdfFromText(text: string, options: PdfOptions): Promise<RenderedPdf> {
  requireCjkFont();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margins: MARGIN, bufferPages: true });
    const chunks: Buffer[] = [];
    let pages = 0;
    let paragraphPages: [number, number][] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve({ bytes: new Uint8Array(Buffer.concat(chunks)), pages, paragraphPages }));
    doc.on("error", reject);
    doc.registerFont("body", CJK_FONT_PATH, CJK_FONT_NAME);
    doc.registerFont("bold", CJK_BOLD_FONT_PATH, CJK_BOLD_FONT_NAME);
    const paragraphs = splitParagraphs(text);
    const size = options.fontSize ?? BODY_SIZE;
    if (options.columns === 2) writeTwoColumns(doc, paragraphs, size);
    else paragraphPages = writeParagraphs(doc, paragraphs, size);
    pages = drawFurniture(doc, options.header);
    doc.end();
  });
}

function writeParagraphs(doc: Pdf, paragraphs: TextParagraph[], size: number): [number, number][] {
  let page = doc.bufferedPageRange().count;
  doc.on("pageAdded", () => {
    page++;
  });
  const pages: [number, number][] = [];
  for (const paragraph of paragraphs) {
    const before = page;
    doc
      .font(paragraph.heading ? "bold" : "body")
      .fontSize(paragraph.heading === 1 ? size + 2 : size)
      .text(paragraph.lines.join("\n"), { align: paragraph.heading ? "center" : "left", lineGap: 2 });
    pages.push([before, page]);
    doc.moveDown();
  }
  return pages;
}

/** The first paragraph across the page, then the rest flowing down two columns. */
function writeTwoColumns(doc: Pdf, paragraphs: TextParagraph[], size: number): void {
  const [first, ...rest] = paragraphs;
  if (first) writeParagraphs(doc, [first], size);
  doc.font("body").fontSize(size);
  doc.text(rest.map((paragraph) => paragraph.lines.join("\n")).join("\n\n"), {
    columns: 2,
    columnGap: 24,
    lineGap: 2,
  });
}

function drawFurniture(doc: Pdf, header: string): number {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    // Writing inside the margins must not trigger pdfkit's automatic page break.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(8);
    doc.text(header, MARGIN.left, 36, { width, align: "right", lineBreak: false });
    doc.text(`– ${i + 1} –`, MARGIN.left, doc.page.height - 44, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}
