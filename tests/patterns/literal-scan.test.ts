import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralScanner } from "../../src/patterns/literal-scan.js";

/** What indexOf finds: every start of `literal` in `text`, overlapping ones included. */
function byIndexOf(text: string, literal: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) offsets.push(at);
  return offsets;
}

function expectSameAsIndexOf(literals: string[], text: string): void {
  const found = new LiteralScanner(literals).scan(text);
  literals.forEach((literal, index) => {
    if (literals.indexOf(literal) !== index) return; // a duplicate answers through its first index
    expect(found.get(index) ?? [], `${JSON.stringify(literal)} in ${JSON.stringify(text)}`).toEqual(
      byIndexOf(text, literal),
    );
  });
}

describe("LiteralScanner: every literal's occurrences in one pass", () => {
  it("finds nested, overlapping and suffix-sharing literals", () => {
    expectSameAsIndexOf(
      ["share", "shares", "hares", "are", "s", "aa", "股份", "份"],
      "the shares: aaa 股份股份",
    );
  });

  it("finds nothing in a text without the literals, and handles surrogate pairs by code unit", () => {
    expectSameAsIndexOf(["𠀀", "abc"], "xyz 𠀀𠀀 ab");
    expect(new LiteralScanner(["abc"]).scan("xyz").size).toBe(0);
  });

  it("agrees with indexOf on random literal sets and texts", () => {
    const alphabet = fc.constantFrom("a", "b", "s", " ", "股", "份", "\u{20000}");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(alphabet, { maxLength: 80 }),
        (literals, text) => expectSameAsIndexOf(literals, text.join("")),
      ),
      { numRuns: Number(process.env.DISCLINT_PROPERTY_RUNS ?? 150) * 5 },
    );
  });
});
