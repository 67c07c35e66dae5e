import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/document/input-error.js";
import {
  checkInputSize,
  DEFAULT_MAX_INPUT_BYTES,
  formatBytes,
  inspectZip,
} from "../../../src/document/reader-limits.js";
import { makeZip } from "./make-zip.js";

describe("checkInputSize", () => {
  it("accepts input up to the limit and names the size when refusing", () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
    expect(() => checkInputSize("a.pdf", DEFAULT_MAX_INPUT_BYTES)).not.toThrow();
    let error: unknown;
    try {
      checkInputSize("big.pdf", 60 * 1024 * 1024);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      code: "too-large",
      path: "big.pdf",
      message: "big.pdf: input is 60 MB, over the 50 MB limit",
    });
  });

  it("takes a configurable limit", () => {
    expect(() => checkInputSize("a.txt", 2048, 1024)).toThrow("a.txt: input is 2 KB, over the 1 KB limit");
  });

  it("formats sizes for messages", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
  });
});

describe("inspectZip", () => {
  const content = new TextEncoder().encode("<w:document>Lumen Harbour</w:document>");

  it("accepts an ordinary small zip", () => {
    expect(inspectZip(makeZip([{ name: "word/document.xml", content }]))).toEqual({ kind: "ok" });
  });

  it("applies configurable entry and size limits", () => {
    const three = makeZip([1, 2, 3].map((i) => ({ name: `f${i}.xml`, content })));
    expect(inspectZip(three, { maxEntries: 2, maxUncompressedBytes: 1e9, maxRatio: 200 }).kind).toBe("bomb");
    expect(inspectZip(three, { maxEntries: 10, maxUncompressedBytes: 50, maxRatio: 200 }).kind).toBe("bomb");
  });

  it("calls truncated or damaged archives corrupt", () => {
    const zip = makeZip([{ name: "word/document.xml", content }]);
    expect(inspectZip(zip.subarray(0, 20)).kind).toBe("corrupt");
    const damaged = new Uint8Array(zip);
    damaged.fill(0xff, 30 + "word/document.xml".length, 40 + "word/document.xml".length);
    expect(inspectZip(damaged).kind).toBe("corrupt");
  });
});
