import { describe, expect, it } from "vitest";
import { readPdf, readPdfSource } from "../../../src/document/read-pdf.js";
import { codeOf } from "../../helpers/input-error-code.js";
import { BOARD, BODY, DISCLAIMER, fillerParagraphs, occurrences, squash } from "./announcement.js";
import {
  announcementPdf,
  announcementPdfWithFurniture,
  encryptedPdf,
  hyphenatedPdf,
  imageOnlyPdf,
  LEFT_COLUMN,
  linesPdf,
  RIGHT_COLUMN,
  RUNNING_HEADER,
  twoColumnPdf,
} from "./make-pdf.js";

describe("readPdf", () => {
  it("keeps the disclaimer sentence intact across the PDF's line breaks", async () => {
    const document = await readPdf("a.pdf", await announcementPdf());
    expect(document.format).toBe("pdf");
    expect(squash(document.normalised)).toContain(DISCLAIMER);
    expect(squash(document.normalised)).toContain(BOARD);
  });

  it("makes one block per paragraph, marks the bold title and records font sizes", async () => {
    const source = await readPdfSource("a.pdf", await announcementPdf());
    const blocks = source.blocks ?? [];
    const textOf = (i: number) => source.text.slice(blocks[i]?.start, blocks[i]?.end);
    expect(textOf(0)).toBe(DISCLAIMER);
    expect(blocks[0]?.fontSize).toBe(9);
    const issuer = blocks.find((b) => source.text.slice(b.start, b.end) === "LUMEN HARBOUR BIOTECH LIMITED");
    expect(issuer).toMatchObject({ kind: "heading", bold: true, fontSize: 14, page: 1 });
    for (const paragraph of BODY) {
      expect(blocks.some((b) => source.text.slice(b.start, b.end) === paragraph)).toBe(true);
    }
    expect(blocks.find((b) => source.text.slice(b.start, b.end) === BODY[0])?.bold).toBe(false);
  });

  it("reads a multi-page PDF, dropping the running header and page-number footers", async () => {
    const fillers = fillerParagraphs(30);
    const bytes = await announcementPdfWithFurniture([...BODY, ...fillers]);
    const source = await readPdfSource("long.pdf", bytes);
    const document = await readPdf("long.pdf", bytes);
    expect(source.pageStarts?.length).toBeGreaterThanOrEqual(2);
    expect(occurrences(source.text, RUNNING_HEADER)).toBe(0);
    expect(source.text).not.toMatch(/– \d+ –/);
    // Paragraphs that flowed over a page break are whole again.
    for (const filler of fillers) expect(occurrences(source.text, filler)).toBe(1);
    expect(squash(document.normalised)).toContain(DISCLAIMER);
    // Page numbers come through positions.
    const last = fillers.at(-1) as string;
    const lastPage = (source.pageStarts?.length ?? 0) + 1;
    expect(document.position(0).page).toBe(1);
    expect(document.position(source.text.indexOf(last)).page).toBe(lastPage);
    const secondPage = source.pageStarts?.[0] ?? 0;
    expect(document.position(secondPage).page).toBe(2);
    expect(document.position(secondPage - 1).page).toBe(1);
  });

  it("reads the left column before the right on a two-column page", async () => {
    const source = await readPdfSource("cols.pdf", await twoColumnPdf());
    const positions = [...LEFT_COLUMN, ...RIGHT_COLUMN].map((paragraph) => source.text.indexOf(paragraph));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(source.text.indexOf(DISCLAIMER)).toBe(0);
  });

  it("undoes hyphenation at line ends", async () => {
    const source = await readPdfSource("hy.pdf", await hyphenatedPdf());
    expect(source.text).toBe(
      "The Company will continue to invest in manufacturing capacity at its plant in Tai Po, subject to the approval of the Board.",
    );
  });

  describe("a hyphen at a line end: kept in a compound, dropped in a word split by typesetting", () => {
    const paragraphOf = async (lines: string[]) =>
      (await readPdfSource("hy.pdf", await linesPdf(lines))).text;

    it("keeps the hyphen of a compound whose halves the document uses as words", async () => {
      const text = await paragraphOf([
        "The Company measured the level of each biomarker in a cell-",
        "associated assay. Each cell line was screened, and any marker",
        "associated with the response was recorded by the laboratory.",
      ]);
      expect(text).toContain("in a cell-associated assay");
      expect(text).not.toContain("cellassociated");
    });

    it("joins a word whose joined spelling the document uses elsewhere", async () => {
      const text = await paragraphOf([
        "The Company is developing a new thera-",
        "peutic antibody and expects the therapeutic programme to enter",
        "the clinic in the second half of the financial year of 2027.",
      ]);
      expect(text).toContain("a new therapeutic antibody");
    });

    it("joins a word split into halves that are not words of the document, or too short to tell", async () => {
      const text = await paragraphOf([
        "The Board will publish an announcement with further in-",
        "formation on the formation of the joint venture in due course",
        "and in any event within the time required by the Listing Rules.",
      ]);
      expect(text).toContain("with further information on the formation");
    });
  });

  it("refuses a PDF without a text layer", async () => {
    expect(await codeOf(readPdf("scan.pdf", await imageOnlyPdf()))).toBe("no-text-layer");
    await expect(readPdf("scan.pdf", await imageOnlyPdf())).rejects.toThrow(
      "scan.pdf: no text layer — run OCR first",
    );
  });

  it("refuses an encrypted PDF", async () => {
    expect(await codeOf(readPdf("locked.pdf", await encryptedPdf()))).toBe("encrypted-pdf");
  });

  it("refuses a corrupt PDF and a file that is not a PDF", async () => {
    const corrupt = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog garbage\n%%EOF");
    expect(await codeOf(readPdf("bad.pdf", corrupt))).toBe("corrupt-pdf");
    expect(await codeOf(readPdf("notes.pdf", new TextEncoder().encode("just some notes")))).toBe(
      "corrupt-pdf",
    );
  });

  it("refuses input over the size limit before parsing", async () => {
    const bytes = await announcementPdf();
    expect(await codeOf(readPdf("a.pdf", bytes, { maxInputBytes: 100 }))).toBe("too-large");
  });
});
