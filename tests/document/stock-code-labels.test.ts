/**
 * The stock-code patterns are tried only where `labelStarts` says a label may begin, so every
 * offset where a label matches must be among them: checked at every offset of random texts made
 * of the labels' words in any letter case (with "ſ" and the Kelvin sign, which the `iu` flags
 * equate with "s" and "k"), spaces of every kind and other characters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EN_LABEL, labelStarts, ZH_LABEL } from "../../src/document/stock-code-labels.js";

const RUNS = Number(process.env.DISCLINT_PROPERTY_RUNS ?? 150) * 10;
const LABEL_AT = new RegExp(`${EN_LABEL}|${ZH_LABEL}`, "iuy");

const PIECES = [
  "stock",
  "STOCK",
  "ſtocK",
  "share",
  "Securities",
  "securitieſ",
  "code",
  "Code",
  "CODES",
  "codes",
  "股份",
  "證券",
  "股票",
  "代號",
  "代碼",
  "代",
  " ",
  "\u00a0",
  "\u3000",
  "\n",
  ":",
  "(",
  "9876",
  "x",
  "中",
  "𝐀",
];

/** Every offset where a label matches, not only those a left-to-right scan stops at. */
function everyLabel(text: string): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    LABEL_AT.lastIndex = at;
    if (LABEL_AT.test(text)) found.push(at);
  }
  return found;
}

describe("labelStarts", () => {
  it("includes every offset where a stock-code label begins", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const starts = new Set(labelStarts(text));
        expect(everyLabel(text).filter((at) => !starts.has(at))).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261203, endOnFailure: true },
    );
  });

  it("finds the labels of a cover and of a Chinese table", () => {
    const text = "LUMEN HARBOUR (Stock Code: 9876) and ſtocKcode 1 and 股份代號：9876";
    expect(everyLabel(text).length).toBe(3);
    const starts = new Set(labelStarts(text));
    expect(everyLabel(text).every((at) => starts.has(at))).toBe(true);
  });
});
