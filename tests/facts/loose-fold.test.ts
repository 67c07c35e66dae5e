/**
 * The text with spans blanked and loosely folded is put together from the whole text folded
 * once; it must be the same string as blanking the spans one by one and folding the result,
 * whatever the spans (overlapping, empty, splitting a surrogate pair) and the letters (a dotted
 * capital I, whose lower case is longer; a capital sigma, whose lower case depends on its
 * neighbours).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedWithout, looseFold } from "../../src/facts/loose-fold.js";

function blankedThenFolded(text: string, spans: readonly { start: number; end: number }[]): string {
  let blanked = text;
  for (const span of spans) {
    blanked = `${blanked.slice(0, span.start)}${" ".repeat(span.end - span.start)}${blanked.slice(span.end)}`;
  }
  return looseFold(blanked);
}

const PIECES = ["Back", "-", "to", " ", "TRS", "VolP", "l", "L", "İ", "ΣΑΣ", "𝐀", "中", "\n"];

describe("foldedWithout", () => {
  it("is the text with the spans blanked, then folded", () => {
    const textArbitrary = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 20 })
      .map((parts) => parts.join(""));
    const spanArbitrary = fc
      .tuple(fc.nat(40), fc.nat(10))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(textArbitrary, fc.array(spanArbitrary, { maxLength: 4 }), (text, spans) => {
        const inside = spans.map(({ start, end }) => ({
          start: Math.min(start, text.length),
          end: Math.min(end, text.length),
        }));
        expect(foldedWithout(text, inside)).toBe(blankedThenFolded(text, inside));
      }),
      { numRuns: Number(process.env.DISCLINT_PROPERTY_RUNS ?? 150) * 20, seed: 20261203, endOnFailure: true },
    );
  });

  it("blanks overlapping spans once, as their union", () => {
    const text = "TRSabcVoIP";
    const spans = [
      { start: 3, end: 5 },
      { start: 4, end: 6 },
    ];
    expect(foldedWithout(text, spans)).toBe("trs   voip");
  });
});
