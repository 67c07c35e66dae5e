import { describe, expect, it } from "vitest";
import { createLineIndex } from "../../src/document/line-index.js";

describe("createLineIndex", () => {
  it("counts CRLF as one line break", () => {
    const lines = createLineIndex("ab\r\ncd\r\n");
    expect(lines.lineStarts).toEqual([0, 4, 8]);
    expect(lines.position(4)).toEqual({ line: 2, column: 1 });
    expect(lines.position(5)).toEqual({ line: 2, column: 2 });
    // The \n of a CRLF belongs to the line it ends.
    expect(lines.position(3)).toEqual({ line: 1, column: 4 });
  });

  it("handles CR-only files", () => {
    const lines = createLineIndex("one\rtwo\rthree");
    expect(lines.lineStarts).toEqual([0, 4, 8]);
    expect(lines.lineEnds).toEqual([3, 7, 13]);
    expect(lines.position(9)).toEqual({ line: 3, column: 2 });
  });

  it("handles mixed endings and empty lines", () => {
    const lines = createLineIndex("a\n\r\n\rb");
    expect(lines.lineStarts).toEqual([0, 2, 4, 5]);
    expect(lines.position(5)).toEqual({ line: 4, column: 1 });
  });

  it("counts columns in UTF-16 code units, so an astral character counts two", () => {
    const lines = createLineIndex("x\n😀𠀋z");
    expect(lines.position(6)).toEqual({ line: 2, column: 5 });
  });

  it("clamps offsets outside the text", () => {
    const lines = createLineIndex("ab\ncd");
    expect(lines.position(-3)).toEqual({ line: 1, column: 1 });
    expect(lines.position(99)).toEqual({ line: 2, column: 3 });
  });
});
