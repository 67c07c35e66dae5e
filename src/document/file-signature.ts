/**
 * What a file named as text really is, from its first bytes: a PDF or an Office document renamed
 * `.txt` (or saved with the wrong extension) is not text in an unusual encoding, and telling the
 * user to pass --encoding sends them the wrong way.
 */
import { InputError } from "./input-error.js";

/** The header may follow some junk bytes (the PDF specification tolerates it within 1 KB). */
const PDF_HEADER_WINDOW = 1024;
const PDF_MAGIC = Buffer.from("%PDF-", "latin1");
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Refuses bytes that carry a document format's signature, saying which format it is. */
export function refuseKnownBinaryFormat(bytes: Uint8Array, path: string): void {
  const what = binaryFormatOf(bytes);
  if (what) throw new InputError("not-text", path, `${path}: ${what}`);
}

function binaryFormatOf(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buffer.subarray(0, PDF_HEADER_WINDOW);
  if (head.includes(PDF_MAGIC)) return "is a PDF document, not text: name it .pdf to check it";
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Entry names are stored uncompressed (local headers and the central directory).
    if (buffer.includes("word/document.xml"))
      return "is a Word (.docx) document, not text: name it .docx to check it";
    if (buffer.includes("[Content_Types].xml"))
      return "is an Office document (a zip package), not text: save the draft as .docx, .pdf or .txt";
    return "is a ZIP archive, not text: extract the draft and check that";
  }
  if (startsWith(bytes, OLE_MAGIC))
    return "is a legacy Office document (.doc), not text: save it as .docx and check that";
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
