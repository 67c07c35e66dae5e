/**
 * Chooses the reader by file extension. Word and PDF readers are loaded only when such a file
 * is checked, so a plain-text run does not pay for mammoth or pdf.js at start-up.
 */
import { extname } from "node:path";
import { InputError } from "../document/input-error.js";
import { readMarkdown } from "../document/read-markdown.js";
import { readText } from "../document/read-text.js";
import type { Document } from "../document/types.js";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

export interface ReadOptions {
  encoding?: string;
  /** Largest input accepted, in bytes (default: the readers' 50 MB). */
  maxInputBytes?: number;
}

export async function readInput(
  path: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<Document> {
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case ".md":
    case ".markdown":
      return readMarkdown(path, bytes, options.encoding, limits(options));
    case ".html":
    case ".htm": {
      const { readHtml } = await import("../document/read-html.js");
      return readHtml(path, bytes, options.encoding, limits(options));
    }
    case ".docx": {
      const { readDocx } = await import("../document/read-docx.js");
      return readDocx(path, bytes, limits(options));
    }
    case ".pdf": {
      const { readPdf } = await import("../document/read-pdf.js");
      return readPdf(path, bytes, limits(options));
    }
    case ".doc":
      throw new InputError(
        "unsupported-doc",
        path,
        `${path}: legacy Word .doc is not supported — save it as .docx`,
      );
    case ".txt":
    case ".text":
    case "":
      return readText(path, bytes, options.encoding, limits(options));
    default:
      throw new InputError(
        "unsupported-type",
        path,
        `${path}: unsupported file type "${extension}" (disclint reads ${SUPPORTED_EXTENSIONS.join(", ")})`,
      );
  }
}

function limits(options: ReadOptions): { maxInputBytes?: number } {
  return options.maxInputBytes === undefined ? {} : { maxInputBytes: options.maxInputBytes };
}
