/**
 * Chooses the reader by file extension. Word and PDF readers are loaded only when such a file
 * is checked, so a plain-text run does not pay for mammoth or pdf.js at start-up.
 */
import { extname } from "node:path";
import { InputError } from "./input-error.js";
import { readMarkdown } from "./read-markdown.js";
import { readText } from "./read-text.js";
import type { Document } from "./types.js";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

export interface ReadOptions {
  encoding?: string;
  /** Largest input accepted, in bytes (default: the readers' 50 MB). */
  maxInputBytes?: number;
}

/** `input` is the file's bytes, or text an editor already holds (not for Word or PDF). */
export async function readInput(
  path: string,
  input: Uint8Array | string,
  options: ReadOptions = {},
): Promise<Document> {
  const document = await readByExtension(path, input, options);
  refuseEmpty(path, input, document);
  return document;
}

/**
 * An empty draft is not an announcement: checking it would report every required statement as
 * missing, telling the user their announcement is defective when there is none.
 */
function refuseEmpty(path: string, input: Uint8Array | string, document: Document): void {
  if (document.original.trim() !== "") return;
  const plain = document.format === "text" || document.format === "markdown";
  const reason =
    input.length === 0
      ? "is empty (0 bytes): there is nothing to check"
      : `holds no text${plain ? ", only blank space" : ""}: there is nothing to check`;
  throw new InputError("empty-file", path, `${path}: ${reason}`);
}

async function readByExtension(
  path: string,
  input: Uint8Array | string,
  options: ReadOptions,
): Promise<Document> {
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case ".md":
    case ".markdown":
      return readMarkdown(path, input, options.encoding, limits(options));
    case ".html":
    case ".htm": {
      const { readHtml } = await import("./read-html.js");
      return readHtml(path, input, options.encoding, limits(options));
    }
    case ".docx": {
      const { readDocx } = await import("./read-docx.js");
      return readDocx(path, binary(path, input), limits(options));
    }
    case ".pdf": {
      const { readPdf } = await import("./read-pdf.js");
      return readPdf(path, binary(path, input), limits(options));
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
      return readText(path, input, options.encoding, limits(options));
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

/** Word and PDF are read from their bytes; an editor's text of one is not the document. */
function binary(path: string, input: Uint8Array | string): Uint8Array {
  if (typeof input !== "string") return input;
  throw new InputError("binary-file", path, `${path}: a Word or PDF file must be read from its bytes`);
}
