/**
 * Every reader refuses input over its size limit before decoding or parsing it. The CLI has
 * no option for the limit yet, so the readers are called directly with a small one.
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/document/input-error.js";
import { readDocx } from "../../../src/document/read-docx.js";
import { readHtml } from "../../../src/document/read-html.js";
import { readMarkdown } from "../../../src/document/read-markdown.js";
import { readPdf } from "../../../src/document/read-pdf.js";
import { readText } from "../../../src/document/read-text.js";
import type { Document } from "../../../src/document/types.js";
import { announcementDocx } from "./make-docx.js";
import { announcementPdf } from "./make-pdf.js";

const text = new TextEncoder().encode(
  "Lumen Harbour Biotech Limited (Stock Code: 9876) announces that the first patient was dosed.\n",
);

async function refusal(read: () => Document | Promise<Document>): Promise<InputError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("the reader accepted input over its limit");
}

describe("the size limit in every reader", () => {
  it("refuses text, Markdown and HTML over the limit, naming both sizes", async () => {
    const limit = { maxInputBytes: 64 };
    for (const [path, read] of [
      ["draft.txt", () => readText("draft.txt", text, undefined, limit)],
      ["draft.md", () => readMarkdown("draft.md", text, undefined, limit)],
      ["draft.html", () => readHtml("draft.html", text, undefined, limit)],
    ] as const) {
      const error = await refusal(read);
      expect(error.code).toBe("too-large");
      expect(error.message).toBe(`${path}: input is ${text.length} bytes, over the 64 bytes limit`);
    }
  });

  it("refuses a .docx and a PDF over the limit before parsing them", async () => {
    const docx = await announcementDocx();
    const pdf = await announcementPdf();
    const docxError = await refusal(() => readDocx("a.docx", docx, { maxInputBytes: 1024 }));
    expect(docxError.code).toBe("too-large");
    expect(docxError.message).toMatch(/^a\.docx: input is [\d.]+ KB, over the 1 KB limit$/);
    const pdfError = await refusal(() => readPdf("a.pdf", pdf, { maxInputBytes: 1024 }));
    expect(pdfError.code).toBe("too-large");
    expect(pdfError.message).toMatch(/^a\.pdf: input is [\d.]+ KB, over the 1 KB limit$/);
  });

  it("accepts input exactly at the limit", () => {
    expect(readText("draft.txt", text, undefined, { maxInputBytes: text.length }).original).toContain(
      "Lumen Harbour",
    );
  });
});
