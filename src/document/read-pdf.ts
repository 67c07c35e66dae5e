/**
 * PDF reader. pdfjs gives positioned text pieces; we rebuild lines from their y positions
 * (pdfjs's end-of-line flags are unreliable), read two-column pages column by column, drop
 * running headers, footers and page numbers, and join lines into paragraphs.
 *
 * The layout half (pieces → paragraphs) is pure and exported as `layoutPages` so it can be
 * tested without PDFs. It is long enough to deserve its own module (pdf-layout.ts) later.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createDocument } from "./create-document.js";
import { InputError } from "./input-error.js";
import { layoutPages, type PdfPage, type TextPiece } from "./pdf-layout.js";
import { checkInputSize, type ReaderOptions } from "./reader-limits.js";
import type { Document, DocumentSource } from "./types.js";

/** A positioned run of text; y grows upwards (PDF user space), x and width in points. */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
/** Directory URLs given to pdfjs must end with a slash; pdfjs reads them from disk in Node. */
const assetDir = (name: string): string => `${join(PDFJS_ROOT, name)}/`;

export async function readPdf(
  path: string,
  bytes: Uint8Array,
  options: ReaderOptions = {},
): Promise<Document> {
  return createDocument(await readPdfSource(path, bytes, options));
}

export async function readPdfSource(
  path: string,
  bytes: Uint8Array,
  options: ReaderOptions = {},
): Promise<DocumentSource> {
  checkInputSize(path, bytes.length, options.maxInputBytes);
  const pdf = await openPdf(path, bytes);
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++)
      pages.push(await readPage(await pdf.getPage(number)));
    if (pages.length > 0 && pages.every((page) => page.pieces.length === 0)) {
      throw new InputError("no-text-layer", path, `${path}: no text layer — run OCR first`);
    }
    return { path, format: "pdf", ...layoutPages(pages) };
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(path: string, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // pdfjs transfers (detaches) the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    standardFontDataUrl: assetDir("standard_fonts"),
    cMapUrl: assetDir("cmaps"),
    cMapPacked: true,
    wasmUrl: assetDir("wasm"),
    useWorkerFetch: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new InputError(
        "encrypted-pdf",
        path,
        `${path}: the PDF is password-protected — remove the password`,
      );
    }
    const reason = error instanceof Error ? error.message : "unreadable";
    throw new InputError("corrupt-pdf", path, `${path}: damaged or not a PDF (${reason})`);
  }
}

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) => ("str" in item && item.str.trim() !== "" ? [item] : []));
  // Font names (for bold) are only known once the page's fonts are loaded by the operator list.
  if (items.length > 0) await page.getOperatorList();
  const pieces = items.map((item): TextPiece => {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform.map(Number);
    return {
      text: item.str,
      x,
      y,
      width: item.width,
      size: Math.hypot(c, d) || item.height,
      bold: isBoldFont(page, item.fontName),
    };
  });
  return { width: viewport.width, height: viewport.height, pieces };
}

function isBoldFont(page: PDFPageProxy, fontId: string): boolean {
  if (!page.commonObjs.has(fontId)) return false;
  const font: unknown = page.commonObjs.get(fontId);
  if (typeof font !== "object" || font === null || !("name" in font)) return false;
  return typeof font.name === "string" && /bold|black|heavy|semibold|demi/i.test(font.name);
}

export { layoutPages, type PdfPage, type TextPiece };
