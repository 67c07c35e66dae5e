/**
 * Running headers and page numbers are dropped from the text, also on a one-page document
 * where nothing repeats; a disclaimer set across the top of the page is kept.
 */
import { describe, expect, it } from "vitest";
import { readPdfSource } from "../../../src/document/read-pdf.js";
import { pdfFromText } from "./make-from-text.js";

const DRAFT = [
  "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no " +
    "responsibility for the contents of this announcement, make no representation as to its accuracy or " +
    "completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in " +
    "reliance upon the whole or any part of the contents of this announcement.",
  "Lumen Harbour Biotech Limited\n(Incorporated in the Cayman Islands with limited liability)\n(Stock Code: 9876)",
  "The board of directors of Lumen Harbour Biotech Limited announces that the first patient was dosed in " +
    "the phase II trial of LHB-204 on Monday, 2 March 2026.",
].join("\n\n");

describe("PDF page furniture", () => {
  it("drops the running header and the footer of a one-page PDF", async () => {
    const rendered = await pdfFromText(DRAFT, { header: "Lumen Harbour Biotech Limited — Announcement" });
    expect(rendered.pages).toBe(1);
    const { text } = await readPdfSource("one.pdf", rendered.bytes);
    expect(text).not.toContain("— Announcement");
    expect(text).not.toContain("– 1 –");
    expect(text.startsWith("Hong Kong Exchanges and Clearing Limited")).toBe(true);
    expect(text.replace(/\s+/g, "")).toBe(DRAFT.replace(/\s+/g, ""));
  });
});
