/** Builds .docx fixtures in memory with the `docx` package. */
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
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

export const FOOTNOTE = "For identification purposes only.";
export const TABLE_CELLS = ["Number of trial sites", "4", "Expected enrolment", "120 patients"];

const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });

export async function announcementDocx(): Promise<Uint8Array> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph(FOOTNOTE)] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: DISCLAIMER, size: 18 })] }),
          new Paragraph({
            children: [new TextRun({ text: ISSUER, bold: true, size: 28 }), new FootnoteReferenceRun(1)],
          }),
          new Paragraph(INCORPORATION),
          new Paragraph({ children: [new TextRun({ text: STOCK_CODE, bold: true })] }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(TITLE)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("THE TRIAL")] }),
          ...BODY.map((text) => new Paragraph(text)),
          new Paragraph({ children: [new TextRun("Mixed "), new TextRun({ text: "emphasis", bold: true })] }),
          new Table({
            rows: [
              new TableRow({ children: [cell(TABLE_CELLS[0] as string), cell(TABLE_CELLS[1] as string)] }),
              new TableRow({ children: [cell(TABLE_CELLS[2] as string), cell(TABLE_CELLS[3] as string)] }),
            ],
          }),
          new Paragraph(""),
          ...SIGNATURE.map((text) => new Paragraph(text)),
          new Paragraph(DATE_LINE),
          new Paragraph(BOARD),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
