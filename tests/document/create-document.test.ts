import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create-document.js";
import type { Block } from "../../src/document/types.js";
import { ANNOUNCEMENT_EN, ANNOUNCEMENT_ZH } from "./fixtures.js";

const doc = (text: string) => createDocument({ path: "a.txt", format: "text", text });

/** The original text a normalised match covers, via spanOf. */
function originalOf(text: string, needle: string): string {
  const document = doc(text);
  const at = document.normalised.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = document.spanOf(at, at + needle.length);
  return text.slice(span.start.offset, span.end.offset);
}

describe("createDocument", () => {
  it("keeps the original and matches on the normalised text", () => {
    const document = doc(ANNOUNCEMENT_EN);
    expect(document.original).toBe(ANNOUNCEMENT_EN);
    expect(document.normalised).toContain('(the "Company")');
    expect(document.language).toBe("en");
    expect(document.format).toBe("text");
  });

  it("maps a match back to exactly the original text", () => {
    expect(originalOf("The “Company” is", '"Company"')).toBe("“Company”");
    expect(originalOf("prior regis-\r\ntration of", "registration")).toBe("regis-\r\ntration");
    expect(originalOf("本 公 司 董 事 會 宣 佈", "董事會")).toBe("董 事 會");
    expect(originalOf("A㈱ B", "(株)")).toBe("㈱");
    expect(originalOf("（股份代號：９８７６）", "9876")).toBe("９８７６");
  });

  it("covers the whole expansion when a match ends inside it", () => {
    expect(originalOf("x㈱y", "(株")).toBe("㈱");
  });

  it("gives lines and columns of the original, with CRLF", () => {
    const document = doc(ANNOUNCEMENT_ZH);
    const at = document.normalised.indexOf("(股份代號:9876)");
    const span = document.spanOf(at, at + "(股份代號:9876)".length);
    expect(span.start.line).toBe(6);
    expect(span.start.column).toBe(1);
    // End is exclusive: the column just after the closing parenthesis.
    expect(span.end).toMatchObject({ line: 6, column: 12 });
  });

  it("converts offsets both ways", () => {
    const document = doc("  Lumen\r\n\r\nHarbour");
    expect(document.normalised).toBe("Lumen Harbour");
    expect(document.toOriginal(0)).toBe(2);
    expect(document.toOriginal(6)).toBe(11);
    expect(document.toOriginal(document.normalised.length)).toBe(18);
    expect(document.toNormalised(2)).toBe(0);
    expect(document.toNormalised(8)).toBe(6); // inside the line breaks → the next character
    expect(document.toNormalised(18)).toBe(document.normalised.length);
  });

  it("uses a forced language", () => {
    expect(createDocument({ path: "a", format: "text", text: "Lumen", language: "zh-Hant" }).language).toBe(
      "zh-Hant",
    );
  });

  it("reports pages from pageStarts", () => {
    const text = "page one\npage two\npage three";
    const document = createDocument({ path: "a.pdf", format: "pdf", text, pageStarts: [9, 18] });
    expect(document.position(0).page).toBe(1);
    expect(document.position(8).page).toBe(1);
    expect(document.position(9).page).toBe(2);
    expect(document.position(20)).toMatchObject({ page: 3, line: 3, column: 3 });
    expect(doc(text).position(20).page).toBeUndefined();
  });

  it("uses the reader's blocks and reports Word paragraphs", () => {
    const text = "Title\nFirst paragraph.\nSecond paragraph.";
    const blocks: Block[] = [
      { kind: "heading", index: 0, start: 0, end: 5, bold: true },
      { kind: "paragraph", index: 1, start: 6, end: 22 },
      { kind: "paragraph", index: 2, start: 23, end: 40 },
    ];
    const document = createDocument({ path: "a.docx", format: "docx", text, blocks });
    expect(document.blocks).toBe(blocks);
    expect(document.position(0).paragraph).toBe(1);
    expect(document.position(10).paragraph).toBe(2);
    expect(document.position(30).paragraph).toBe(3);
  });

  it("finds blocks itself when the reader gives none", () => {
    expect(doc(ANNOUNCEMENT_EN).blocks.some((block) => block.kind === "heading")).toBe(true);
  });
});

const pieces = [
  "Lumen",
  " ",
  "\r\n",
  "\n",
  "\r",
  "-",
  "—",
  "“",
  "”",
  "本",
  "对",
  "。",
  "（",
  "９",
  "㈱",
  "😀",
  "\ufeff",
  "\u0000",
  "\u00ad",
  "é",
  "\u0301",
  "\t",
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("createDocument: properties", () => {
  it("maps every normalised range to an ordered range inside the original", () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const document = doc(text);
        const length = document.normalised.length;
        const start = length === 0 ? 0 : a % (length + 1);
        const end = start + (length === 0 ? 0 : b % (length - start + 1));
        const span = document.spanOf(start, end);
        expect(span.start.offset).toBeGreaterThanOrEqual(0);
        expect(span.end.offset).toBeGreaterThanOrEqual(span.start.offset);
        expect(span.end.offset).toBeLessThanOrEqual(text.length);
        expect(span.start.line).toBeGreaterThanOrEqual(1);
        expect(span.start.column).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("round-trips normalised offsets through the original", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const document = doc(text);
        for (let i = 0; i <= document.normalised.length; i++) {
          expect(document.toNormalised(document.toOriginal(i))).toBeLessThanOrEqual(i);
        }
      }),
    );
  });

  it("gives a line and column that point back at the same offset", () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const { line, column } = doc(text).position(offset);
        const lineStarts = [0];
        for (const match of text.matchAll(/\r\n|\r|\n/gu)) lineStarts.push(match.index + match[0].length);
        expect((lineStarts[line - 1] ?? Number.NaN) + column - 1).toBe(offset);
      }),
    );
  });

  it("keeps regions inside the normalised text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { regions, normalised } = doc(text);
        for (const region of [regions.top, regions.end]) {
          expect(region.start).toBeGreaterThanOrEqual(0);
          expect(region.end).toBeGreaterThanOrEqual(region.start);
          expect(region.end).toBeLessThanOrEqual(normalised.length);
        }
      }),
    );
  });
});
