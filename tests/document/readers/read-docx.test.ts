import { describe, expect, it } from "vitest";
import { readDocx, readDocxSource } from "../../../src/document/read-docx.js";
import { codeOf } from "../../helpers/input-error-code.js";
import { BOARD, BODY, DISCLAIMER, ISSUER, STOCK_CODE, squash, TITLE } from "./announcement.js";
import { announcementDocx, FOOTNOTE, TABLE_CELLS } from "./make-docx.js";
import { makeZip } from "./make-zip.js";

const text = (s: string) => new TextEncoder().encode(s);

describe("readDocx", () => {
  it("reads paragraphs, table cells and footnotes as blocks joined by blank lines", async () => {
    const source = await readDocxSource("a.docx", await announcementDocx());
    const blockTexts = (source.blocks ?? []).map((b) => source.text.slice(b.start, b.end));
    expect(blockTexts.slice(0, 4)).toEqual([
      DISCLAIMER,
      ISSUER,
      "(incorporated in the Cayman Islands with limited liability)",
      STOCK_CODE,
    ]);
    expect(blockTexts).toEqual(expect.arrayContaining([...BODY, ...TABLE_CELLS, BOARD]));
    // The footnote comes after the body; the empty paragraph is not a block.
    expect(blockTexts.at(-1)).toBe(FOOTNOTE);
    expect(blockTexts).not.toContain("");
    expect(source.text).toBe(blockTexts.join("\n\n"));
    expect((source.blocks ?? []).map((b) => b.index)).toEqual(blockTexts.map((_, i) => i));
  });

  it("marks headings, all-bold paragraphs and direct font sizes", async () => {
    const source = await readDocxSource("a.docx", await announcementDocx());
    const block = (content: string) =>
      (source.blocks ?? []).find((b) => source.text.slice(b.start, b.end) === content);
    expect(block(TITLE)?.kind).toBe("heading");
    expect(block("THE TRIAL")?.kind).toBe("heading");
    expect(block(ISSUER)).toMatchObject({ kind: "paragraph", bold: true, fontSize: 14 });
    expect(block(STOCK_CODE)?.bold).toBe(true);
    expect(block("Mixed emphasis")?.bold).toBe(false);
    expect(block(DISCLAIMER)).toMatchObject({ bold: false, fontSize: 9 });
    expect(block(BODY[0] as string)?.kind).toBe("paragraph");
  });

  it("gives a Document whose positions carry Word paragraph numbers", async () => {
    const document = await readDocx("a.docx", await announcementDocx());
    expect(document.format).toBe("docx");
    expect(squash(document.normalised)).toContain(DISCLAIMER);
    expect(document.position(document.original.indexOf(STOCK_CODE)).paragraph).toBe(4);
  });

  it("refuses a legacy .doc with a clear message", async () => {
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await codeOf(readDocx("old.doc", doc))).toBe("unsupported-doc");
    await expect(readDocx("old.doc", doc)).rejects.toThrow(
      "old.doc: legacy Word .doc is not supported — save it as .docx",
    );
  });

  it("refuses an encrypted .docx (an OLE container holding EncryptedPackage)", async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    doc.set(Buffer.from("EncryptedPackage", "utf16le"), 1024);
    expect(await codeOf(readDocx("locked.docx", doc))).toBe("encrypted");
  });

  it("refuses files that are not a .docx zip, or a zip without a Word document", async () => {
    expect(await codeOf(readDocx("a.docx", text("plain text, not a zip")))).toBe("corrupt-docx");
    expect(await codeOf(readDocx("a.docx", text("PK\u0003\u0004 truncated")))).toBe("corrupt-docx");
    const notWord = makeZip([{ name: "notes.txt", content: text("Lumen Harbour notes") }]);
    expect(await codeOf(readDocx("a.docx", notWord))).toBe("corrupt-docx");
  });

  it("refuses a zip declaring a huge uncompressed size", async () => {
    const bomb = makeZip([
      { name: "word/document.xml", content: text("<w:document/>"), declaredSize: 3_000_000_000 },
    ]);
    expect(await codeOf(readDocx("bomb.docx", bomb))).toBe("zip-bomb");
  });

  it("refuses a zip with thousands of entries", async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({
      name: `f${i}`,
      content: new Uint8Array(0),
      stored: true,
    }));
    expect(await codeOf(readDocx("many.docx", makeZip(entries)))).toBe("zip-bomb");
  });

  it("refuses a zip with an extreme compression ratio", async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    expect(
      await codeOf(readDocx("ratio.docx", makeZip([{ name: "word/document.xml", content: zeros }]))),
    ).toBe("zip-bomb");
  });

  it("refuses a zip whose entry inflates beyond the size it declares", async () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const liar = makeZip([{ name: "word/document.xml", content: zeros, declaredSize: 1000 }]);
    expect(await codeOf(readDocx("liar.docx", liar))).toBe("zip-bomb");
  });
});
