/**
 * A file whose bytes say one thing and whose name another: a PDF or a Word file renamed .txt, a
 * picture saved as .html. The readers refuse such bytes too, but in a reader's words; the page
 * says what the file is and what to do, in the words of someone choosing files.
 */
import { extensionOf } from "./file-names.js";

interface Signature {
  bytes: readonly number[];
  what: string;
  /** The extension to choose the file under, when disclint reads that kind of file. */
  readAs?: string;
}

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document", readAs: ".pdf" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a Word document or another zip archive", readAs: ".docx" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "a legacy Office file (such as .doc)" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG picture" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG picture" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF picture" },
];

const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

/** A sentence for the user when a text-named file is a known binary format, else undefined. */
export function contentMismatch(name: string, bytes: Uint8Array): string | undefined {
  const extension = extensionOf(name);
  if (!TEXT_EXTENSIONS.has(extension)) return undefined;
  const found = SIGNATURES.find((signature) => signature.bytes.every((byte, at) => bytes[at] === byte));
  if (!found) return undefined;
  const advice = found.readAs
    ? `Choose the original file, whose name ends in ${found.readAs}.`
    : "Save it as .docx, PDF or text first.";
  return `${name} is ${found.what}, not text, although its name ends in ${extension}. ${advice}`;
}
