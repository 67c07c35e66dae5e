import { describe, expect, it } from "vitest";
import { layoutPages, type PdfPage, type TextPiece } from "../../../src/document/read-pdf.js";

const piece = (text: string, x: number, y: number, width: number, size = 10): TextPiece => ({
  text,
  x,
  y,
  width,
  size,
  bold: false,
});
const page = (pieces: TextPiece[]): PdfPage => ({ width: 595, height: 842, pieces });

describe("layoutPages", () => {
  it("joins Chinese lines without a space and drops a lone page number in the footer", () => {
    const result = layoutPages([
      page([
        piece("香港交易及結算所有限公司對本公告的內容概不負責，對其準確性或完整性亦不", 72, 770, 440),
        piece("發表任何聲明。", 72, 758, 70),
        piece("3", 290, 30, 6),
      ]),
    ]);
    expect(result.text).toBe(
      "香港交易及結算所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。",
    );
  });

  it("keeps a number that is body text in the middle of the page", () => {
    const result = layoutPages([page([piece("Number of sites:", 72, 500, 80), piece("4", 200, 500, 6)])]);
    expect(result.text).toBe("Number of sites: 4");
  });

  it("starts a paragraph after a vertical gap and records the page of each block", () => {
    const line = (y: number, p: number) =>
      piece(`Line at ${y} on page ${p} of the fictional review text`, 72, y, 440);
    const result = layoutPages([page([line(700, 1), line(688, 1), line(650, 1)]), page([line(700, 2)])]);
    expect(result.text.split("\n\n")).toEqual([
      "Line at 700 on page 1 of the fictional review text Line at 688 on page 1 of the fictional review text",
      "Line at 650 on page 1 of the fictional review text Line at 700 on page 2 of the fictional review text",
    ]);
    expect(result.blocks?.map((b) => b.page)).toEqual([1, 1]);
    expect(result.pageStarts).toEqual([result.text.indexOf("Line at 700 on page 2")]);
  });
});
