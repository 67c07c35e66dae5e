import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/document/encodings.js";
import { InputError } from "../../src/document/input-error.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
}

describe("decodeBytes", () => {
  const text = "明港生物 Lumen\r\n(Stock Code: 9876)\r😀";

  it("decodes UTF-8 and keeps line endings", () => {
    expect(decodeBytes(utf8(text), "a.txt")).toBe(text);
  });

  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), "a.txt")).toBe(text);
  });

  it("decodes UTF-16 LE and BE with a byte-order mark", () => {
    expect(decodeBytes(utf16(text, "le"), "a.txt")).toBe(text);
    expect(decodeBytes(utf16(text, "be"), "a.txt")).toBe(text);
  });

  it("rejects invalid UTF-8 with a typed error naming the file", () => {
    const bytes = new Uint8Array([0x41, 0xc3, 0x28, 0x42]);
    let caught: unknown;
    try {
      decodeBytes(bytes, "drafts/notice.txt");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const inputError = caught as InputError;
    expect(inputError.code).toBe("invalid-encoding");
    expect(inputError.path).toBe("drafts/notice.txt");
    expect(inputError.message).toContain("drafts/notice.txt");
    expect(inputError.message).not.toContain("\n");
  });

  it("decodes an empty file", () => {
    expect(decodeBytes(new Uint8Array(), "empty.txt")).toBe("");
  });
});
