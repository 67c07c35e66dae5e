import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  decodeBytes,
  decodeBytesDetailed,
  looksBinary,
  sniffUtf16,
} from "../../../src/document/encodings.js";
import { InputError } from "../../../src/document/input-error.js";

const TRADITIONAL =
  "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。" +
  "本公司董事會謹此宣佈，光港生物科技有限公司已完成第二期臨床試驗的首名病人給藥。";
const SIMPLIFIED =
  "本公司董事会谨此宣布，光港生物科技有限公司已完成第二期临床试验的首名病人给药。股东及潜在投资者买卖股份时务请审慎行事。";
const ENGLISH = "Lumen Harbour Biotech Limited (Stock Code: 9876)\nBy order of the Board\n";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return "no error";
}

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(TRADITIONAL);
    expect(decodeBytes(bytes, "a.txt")).toBe(TRADITIONAL);
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), "a.txt")).toBe(TRADITIONAL);
  });

  it("reads UTF-16LE and UTF-16BE with a BOM", () => {
    expect(decodeBytesDetailed(iconv.encode(ENGLISH, "utf-16le", { addBOM: true }), "a.txt")).toEqual({
      text: ENGLISH,
      encoding: "utf-16le",
    });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(TRADITIONAL, "utf-16be")]);
    expect(decodeBytes(be, "a.txt")).toBe(TRADITIONAL);
  });

  it("recognises UTF-16 without a BOM from its NUL bytes", () => {
    const le = iconv.encode(ENGLISH, "utf-16le");
    expect(sniffUtf16(le)).toBe("utf-16le");
    expect(decodeBytesDetailed(le, "a.txt")).toEqual({ text: ENGLISH, encoding: "utf-16le" });
    expect(decodeBytes(iconv.encode(ENGLISH, "utf-16be"), "a.txt")).toBe(ENGLISH);
    expect(sniffUtf16(new TextEncoder().encode(ENGLISH))).toBeUndefined();
  });

  it("tells Big5 from GB18030 when the bytes are not UTF-8", () => {
    expect(decodeBytesDetailed(iconv.encode(TRADITIONAL, "big5"), "big5.txt")).toEqual({
      text: TRADITIONAL,
      encoding: "big5hkscs",
    });
    expect(decodeBytesDetailed(iconv.encode(SIMPLIFIED, "gb18030"), "gb.txt")).toEqual({
      text: SIMPLIFIED,
      encoding: "gb18030",
    });
  });

  it("honours an explicit encoding and rejects unknown names", () => {
    const bytes = iconv.encode(TRADITIONAL, "big5");
    expect(decodeBytes(bytes, "a.txt", "big5")).toBe(TRADITIONAL);
    expect(decodeBytes(iconv.encode("café", "latin1"), "a.txt", "latin1")).toBe("café");
    expect(codeOf(() => decodeBytes(bytes, "a.txt", "klingon-8"))).toBe("unknown-encoding");
  });

  it("refuses binary files", () => {
    const png = new Uint8Array(600);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (let i = 16; i < png.length; i++) png[i] = (i * 7919) % 256;
    expect(looksBinary(png)).toBe(true);
    expect(codeOf(() => decodeBytes(png, "logo.txt"))).toBe("binary-file");
    expect(looksBinary(new TextEncoder().encode(ENGLISH))).toBe(false);
  });

  it("refuses non-UTF-8 text that is not Chinese either", () => {
    expect(codeOf(() => decodeBytes(iconv.encode("Résumé of the café", "latin1"), "a.txt"))).toBe(
      "invalid-encoding",
    );
    expect(codeOf(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0x41]), "a.txt"))).toBe(
      "invalid-encoding",
    );
  });
});
