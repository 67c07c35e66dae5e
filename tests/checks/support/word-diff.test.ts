import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alignTokens,
  displayDiff,
  foldForComparison,
  tokenize,
} from "../../../src/checks/support/word-diff.js";

describe("tokenize", () => {
  it("cuts English into lower-cased words, ignoring punctuation, with offsets", () => {
    const text = 'Limited (the "Stock Exchange"), take';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["limited", "the", "stock", "exchange", "take"]);
    for (const token of tokens) expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.text);
  });

  it("cuts Chinese into characters and keeps Latin runs whole", () => {
    expect(tokenize("本公告的內容，LH-201").map((t) => t.text)).toEqual([
      "本",
      "公",
      "告",
      "的",
      "內",
      "容",
      "lh",
      "201",
    ]);
  });

  it("folds full-width letters and digits", () => {
    expect(tokenize("ＡＢＣ　１２").map((t) => t.text)).toEqual(["abc", "12"]);
  });

  it("reports offsets relative to the whole text when given a range", () => {
    const tokens = tokenize("alpha beta gamma", 6, 16);
    expect(tokens.map((t) => [t.text, t.start])).toEqual([
      ["beta", 6],
      ["gamma", 11],
    ]);
  });

  it("cuts a word running over either end of the range, as a slice of the text would", () => {
    expect(tokenize("alphabet soup", 2, 11).map((t) => [t.text, t.start, t.end])).toEqual([
      ["phabet", 2, 8],
      ["so", 9, 11],
    ]);
    expect(tokenize("one two three four", 0, 18, 2).map((t) => t.text)).toEqual(["one", "two"]);
  });

  it("gives the tokens of the slice, the first `limit` of them, for any range of any text", () => {
    /** What tokenize gave before it read ranges in place: the tokens of the cut-out slice. */
    const ofSlice = (text: string, from: number, to: number) =>
      [...text.slice(from, to).matchAll(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu)].map(
        (match) => ({
          text: match[0].normalize("NFKC").toLowerCase(),
          start: from + match.index,
          end: from + match.index + match[0].length,
        }),
      );
    const unit = fc.constantFrom(
      "a",
      "B",
      "7",
      " ",
      ".",
      "股",
      "份",
      "\u0301",
      "Ａ",
      "\u{20000}",
      "\u{1D400}",
      "\ud800",
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((units) => units.join("")),
        fc.nat(),
        fc.nat(),
        fc.option(fc.nat({ max: 8 }), { nil: undefined }),
        (text, a, b, limit) => {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          const expected = ofSlice(text, from, to).slice(0, limit ?? Number.POSITIVE_INFINITY);
          expect(tokenize(text, from, to, limit)).toEqual(expected);
        },
      ),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});

describe("alignTokens", () => {
  it("pairs shared words in order and skips insertions", () => {
    const pairs = alignTokens(["a", "limited", "take", "no"], ["a", "limited", "the", "stock", "take", "no"]);
    expect(pairs).toEqual([
      [0, 0],
      [1, 1],
      [2, 4],
      [3, 5],
    ]);
  });

  it("treats a trailing s as the same word, for words of four letters or more", () => {
    expect(alignTokens(["expressly", "disclaim"], ["expressly", "disclaims"])).toHaveLength(2);
    expect(alignTokens(["it"], ["its"])).toHaveLength(0);
  });
});

describe("displayDiff", () => {
  it("marks prescribed words that are absent as removed and extra words as added", () => {
    const parts = displayDiff(
      "make no representation and expressly disclaim",
      "make no representation and plainly disclaim",
      "words",
    );
    expect(parts.filter((p) => p.op === "removed").map((p) => p.text.trim())).toEqual(["expressly"]);
    expect(parts.filter((p) => p.op === "added").map((p) => p.text.trim())).toEqual(["plainly"]);
  });

  it("compares Chinese by characters, with full-width punctuation folded", () => {
    const parts = displayDiff("因倚賴該等內容，", "因依賴該等內容,", "chars");
    expect(parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "removed", text: "倚" },
      { op: "added", text: "依" },
    ]);
  });
});

describe("foldForComparison", () => {
  it("straightens quotes, unifies dashes and collapses white space", () => {
    expect(foldForComparison("the \u201cStock\u00a0 Exchange\u201d \u2013 HKSCC\u2019s")).toBe(
      'the "Stock Exchange" - HKSCC\'s',
    );
  });
});
