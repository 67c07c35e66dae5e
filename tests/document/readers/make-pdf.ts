/**
 * Builds small PDF fixtures in memory with pdfkit, so the tests need no binary files and no
 * system packages. Only the standard 14 fonts are used (Helvetica), which pdfjs maps to its
 * bundled standard font data.
 */
import PDFDocument from "pdfkit";
import {
  BOARD,
  BODY,
  DATE_LINE,
  DISCLAIMER,
  INCORPORATION,
  ISSUER,
  SIGNATURE,
  STOCK_CODE,
  TITLE,
} from "./announcement.js";

type Pdf = InstanceType<typeof PDFDocument>;

function render(options: PDFKit.PDFDocumentOptions, draw: (doc: Pdf) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 72, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

function writeAnnouncementTop(doc: Pdf): void {
  doc.font("Helvetica").fontSize(9).text(DISCLAIMER, { align: "left" });
  doc.moveDown(1.5);
  doc.font("Helvetica-Bold").fontSize(14).text(ISSUER, { align: "center" });
  doc.font("Helvetica").fontSize(9).text(INCORPORATION, { align: "center" });
  doc.font("Helvetica-Bold").fontSize(10).text(STOCK_CODE, { align: "center" });
  doc.moveDown();
  doc.font("Helvetica-Bold").fontSize(12).text(TITLE, { align: "center" });
  doc.moveDown();
}

function writeParagraphs(doc: Pdf, paragraphs: string[]): void {
  doc.font("Helvetica").fontSize(10);
  for (const paragraph of paragraphs) {
    doc.text(paragraph);
    doc.moveDown();
  }
}

function writeEnd(doc: Pdf): void {
  doc.font("Helvetica").fontSize(10);
  doc.text(SIGNATURE.join("\n"), { align: "right" });
  doc.moveDown();
  doc.text(DATE_LINE);
  doc.moveDown();
  doc.text(BOARD);
}

/** The whole announcement flowing over as many pages as `paragraphs` need. */
export function announcementPdf(paragraphs: string[] = BODY): Promise<Uint8Array> {
  return render({}, (doc) => {
    writeAnnouncementTop(doc);
    writeParagraphs(doc, paragraphs);
    writeEnd(doc);
  });
}

export const RUNNING_HEADER = "Lumen Harbour Biotech Limited - Voluntary Announcement";

/**
 * The announcement with a running header on every page and a centred "– n –" footer, drawn
 * after the body flowed (pdfkit's buffered pages), as typesetting tools do.
 */
export function announcementPdfWithFurniture(paragraphs: string[]): Promise<Uint8Array> {
  return render({ bufferPages: true }, (doc) => {
    writeAnnouncementTop(doc);
    writeParagraphs(doc, paragraphs);
    writeEnd(doc);
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing inside the margins must not trigger pdfkit's automatic page break.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font("Helvetica").fontSize(8);
      doc.text(RUNNING_HEADER, 72, 30, { width: doc.page.width - 144, align: "right", lineBreak: false });
      doc.text(`– ${i + 1} –`, 72, doc.page.height - 40, {
        width: doc.page.width - 144,
        align: "center",
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
    }
  });
}

export const LEFT_COLUMN = [
  "The left column opens the review. Revenue from licensing rose during the year as two partners " +
    "reached development milestones under their agreements with the Company.",
  "Research and development expenses increased because the phase II trial of LHB-204 began enrolling " +
    "patients at four sites in Hong Kong.",
];
export const RIGHT_COLUMN = [
  "The right column continues the review. Administrative expenses were stable, and the Company " +
    "remained debt free at the end of the reporting period.",
  "The Board does not recommend the payment of a final dividend and will review the dividend policy " +
    "once the first product is approved.",
];

/** A full-width title, then two columns of text set side by side on one page. */
export function twoColumnPdf(): Promise<Uint8Array> {
  return render({}, (doc) => {
    doc.font("Helvetica").fontSize(9).text(DISCLAIMER);
    doc.moveDown();
    doc.font("Helvetica-Bold").fontSize(12).text("MANAGEMENT DISCUSSION AND ANALYSIS", { align: "center" });
    const top = doc.y + 14;
    const width = (doc.page.width - 144 - 24) / 2;
    doc.font("Helvetica").fontSize(10);
    doc.text(LEFT_COLUMN.join("\n\n"), 72, top, { width });
    doc.text(RIGHT_COLUMN.join("\n\n"), 72 + width + 24, top, { width });
  });
}

/** Lines set one by one, the first ending in a hyphen that splits a word. */
export function hyphenatedPdf(): Promise<Uint8Array> {
  return render({}, (doc) => {
    doc.font("Helvetica").fontSize(10);
    doc.text("The Company will continue to invest in manu-", 72, 100, { lineBreak: false });
    doc.text("facturing capacity at its plant in Tai Po,", 72, 112, { lineBreak: false });
    doc.text("subject to the approval of the Board.", 72, 124, { lineBreak: false });
  });
}

/** A page with a drawn rectangle and no text at all, like a scan without OCR. */
export function imageOnlyPdf(): Promise<Uint8Array> {
  return render({}, (doc) => {
    doc.rect(100, 100, 300, 400).fill("#556677");
  });
}

/** The announcement protected with a user password (pdfkit's RC4/AES encryption). */
export function encryptedPdf(): Promise<Uint8Array> {
  return render({ userPassword: "harbour", ownerPassword: "owner" }, (doc) => {
    writeAnnouncementTop(doc);
  });
}

/** Lines set one below the other exactly as given (no wrapping), 12 points apart. */
export function linesPdf(lines: string[]): Promise<Uint8Array> {
  return render({}, (doc) => {
    doc.font("Helvetica").fontSize(10);
    lines.forEach((line, i) => {
      doc.text(line, 72, 100 + i * 12, { lineBreak: false });
    });
  });
}
