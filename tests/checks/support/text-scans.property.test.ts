/**
 * Whole-text scans repaired around an edit (scan-repair.ts, through text-scans.ts) give exactly what scanning the new
 * text gives, for patterns with word boundaries, start and end assertions, empty matches,
 * bounded and unbounded repeats, and texts with CJK, astral characters and lone surrogates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScanMemo } from "../../../src/checks/support/text-scans.js";
import { compilePattern, type Pattern } from "../../../src/patterns/pattern.js";
import { editBetween } from "../../../src/patterns/text-edit.js";

const SOURCES = [
  String.raw`\bboard\b`,
  String.raw`\bthe (?:board|company)\b`,
  "take[^.]{0,12}?notice",
  "(?:^|[^日])董事(?:[^會]|$)",
  "^the",
  String.raw`board\.?$`,
  "a?",
  String.raw`\d{1,3}(?:,\d{3})*`,
  String.raw`[\d,]+`,
  "(?-i)Board",
  String.raw`\Bar`,
  "x{2,4}|y",
  "公告[^。]{0,6}?日",
  String.raw`\s+no\s+`,
  "😀.",
];
const PATTERNS: Pattern[] = SOURCES.map((source) => compilePattern(source));

// Few distinct pieces, so matches, near-matches and matches across an edit are frequent.
const piece = fc.constantFrom(
  "the ",
  "board",
  "Board ",
  " company",
  "take ",
  "notice",
  ". ",
  "董事",
  "董事會",
  "公告",
  "日",
  "。",
  "1,234",
  "56",
  "xx",
  "xxxxx",
  "y",
  "😀",
  "\ud83d",
  "  ",
  "a",
  "bar",
  "no",
);
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 30 }),
  insert: fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join("")),
});
/** Which patterns each version asks about, and how: all matches, the first, or not at all. */
const asks = fc.array(fc.constantFrom("all", "first", "both", "none"), {
  minLength: PATTERNS.length,
  maxLength: PATTERNS.length,
});

function applyEdit(before: string, change: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(change.at * before.length);
  return before.slice(0, at) + change.insert + before.slice(at + change.remove);
}

describe("repaired whole-text scans", () => {
  it("equal a fresh scan of every version, whatever was asked of the versions before", () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(edit, asks), { maxLength: 8 }), (start, steps) => {
        const memo = new ScanMemo();
        let current = start;
        for (const [change, asked] of [[undefined, asks], ...steps] as const) {
          if (change) current = applyEdit(current, change);
          const scans = memo.scansOf(current);
          PATTERNS.forEach((pattern, index) => {
            const ask = Array.isArray(asked) ? asked[index] : "both";
            if (ask === "all" || ask === "both") {
              expect(scans.all(pattern), `${pattern.source} in ${JSON.stringify(current)}`).toEqual(
                pattern.matches(current),
              );
            }
            if (ask === "first" || ask === "both") {
              expect(scans.first(pattern), `${pattern.source} in ${JSON.stringify(current)}`).toEqual(
                pattern.first(current),
              );
            }
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("repair long texts edited in the middle, where most matches are reused", () => {
    const long = fc.array(piece, { minLength: 400, maxLength: 800 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(long, fc.array(edit, { minLength: 1, maxLength: 5 }), (start, edits) => {
        // One memo asked only for all matches, one only for the first: each repairs its own.
        const all = new ScanMemo();
        const first = new ScanMemo();
        let current = start;
        for (const pattern of PATTERNS) {
          all.scansOf(current).all(pattern);
          first.scansOf(current).first(pattern);
        }
        for (const change of edits) {
          current = applyEdit(current, change);
          for (const pattern of PATTERNS) {
            expect(all.scansOf(current).all(pattern)).toEqual(pattern.matches(current));
            expect(first.scansOf(current).first(pattern)).toEqual(pattern.first(current));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("editBetween", () => {
  it("finds the one stretch that changed", () => {
    expect(editBetween("the board met", "the Board met")).toEqual({ prefix: 4, oldEnd: 5, newEnd: 5 });
    expect(editBetween("aaa", "aaaa")).toEqual({ prefix: 3, oldEnd: 3, newEnd: 4 });
    expect(editBetween("abc", "abc")).toEqual({ prefix: 3, oldEnd: 3, newEnd: 3 });
    expect(editBetween("", "new")).toEqual({ prefix: 0, oldEnd: 0, newEnd: 3 });
  });
});

describe("what a repair scans", () => {
  /** The pattern, recording the ranges it is asked to scan. */
  function recording(source: string) {
    const pattern = compilePattern(source);
    const ranges: [number, number][] = [];
    const recorded: Pattern = {
      source,
      test: pattern.test,
      matches: (text, from = 0, to = text.length) => {
        ranges.push([from, to]);
        return pattern.matches(text, from, to);
      },
      first: (text, from = 0, to = text.length) => {
        ranges.push([from, to]);
        return pattern.first(text, from, to);
      },
    };
    return { recorded, ranges };
  }
  const paragraph = "The board of the company met on 3 June. The Board takes notice of the results. ";
  const long = paragraph.repeat(300);

  it("is a stretch around the edit, not the whole text, for a pattern with bounded matches", () => {
    const { recorded, ranges } = recording(String.raw`\bthe board\b`);
    const memo = new ScanMemo();
    memo.scansOf(long).all(recorded);
    memo.scansOf(long).first(recorded);
    const middle = long.length / 2;
    const edited = `${long.slice(0, middle)}the board ${long.slice(middle)}`;
    ranges.length = 0;
    expect(memo.scansOf(edited).all(recorded)).toEqual(recorded.matches(edited));
    const [scanned] = ranges;
    expect(scanned).toBeDefined();
    const [from, to] = scanned ?? [0, 0];
    expect(to - from).toBeLessThan(1000);
    expect(from).toBeGreaterThan(middle - 1000);
  });

  it("is the whole text for a pattern whose matches have no length bound", () => {
    const { recorded, ranges } = recording(String.raw`\d[\d,]*`);
    const memo = new ScanMemo();
    memo.scansOf(long).all(recorded);
    const edited = `${long.slice(0, 100)}12,345 ${long.slice(100)}`;
    ranges.length = 0;
    expect(memo.scansOf(edited).all(recorded)).toEqual(recorded.matches(edited));
    expect(ranges[0]).toEqual([0, edited.length]);
  });
});
