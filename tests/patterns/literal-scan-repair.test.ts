import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralScanner } from "../../src/patterns/literal-scan.js";
import { repairedScan } from "../../src/patterns/literal-scan-repair.js";

/** The scan of `after` repaired from the scan of `before`, or undefined when not repaired. */
function repair(literals: string[], before: string, after: string) {
  const scanner = new LiteralScanner(literals);
  return repairedScan({ haystack: before, scanner, found: scanner.scan(before) }, after);
}

describe("repairedScan: the literal pass carried over an edit", () => {
  it("finds what a whole scan finds, at the edit, across it and after it", () => {
    const literals = ["share", "shares", "net price", "股份", "the"];
    const before = "the shares were placed; the net price of the shares is stated. 股份 the end";
    const after = "the shares were placed; the net price per share of the new shares is stated. 股 the end";
    const scanner = new LiteralScanner(literals);
    expect(repair(literals, before, after)).toEqual(scanner.scan(after));
  });

  it("gives up on a text that is mostly new: another document, not an edited one", () => {
    expect(repair(["a"], "aaaa aaaa aaaa", "bbbb bbbb aaaa")).toBeUndefined();
    expect(repair(["a"], "aaaa aaaa aaaa", "aaaa bbbb aaaa")).toBeDefined();
  });

  it("agrees with a whole scan after random edits of random texts", () => {
    const alphabet = fc.constantFrom("a", "b", "s", " ", "股", "份", "\u{20000}");
    const text = fc.array(alphabet, { minLength: 0, maxLength: 60 }).map((parts) => parts.join(""));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 10 }),
        text,
        fc.nat(),
        fc.nat({ max: 10 }),
        text.map((inserted) => inserted.slice(0, 12)),
        (literals, before, at, removed, inserted) => {
          const start = before.length === 0 ? 0 : at % (before.length + 1);
          const after = before.slice(0, start) + inserted + before.slice(start + removed);
          const repaired = repair(literals, before, after);
          if (repaired) expect(repaired).toEqual(new LiteralScanner(literals).scan(after));
          // Most small edits of a text are repaired, so the check above is not vacuous.
          if (before.length >= 40 && removed + inserted.length <= 10) expect(repaired).toBeDefined();
        },
      ),
      { numRuns: 500, seed: 20261203 },
    );
  });
});
