/**
 * Where quoted terms are used bare (without a quote mark before them), for many terms in one
 * pass. Searching the whole text once per term was quadratic: a megabyte of distinct quoted
 * terms meant tens of thousands of full scans. Here each word start is tried against the set of
 * terms of each length present, so the work grows with the text, not with the text times the
 * terms. Matches what `usesOf` accepts: a Latin term is a word of its own, optionally followed
 * by "s", "es" or "(s)"; a Chinese term matches anywhere.
 */
import { baseTerm } from "../../facts/term-usage.js";
import { isWordCodePoint } from "../../facts/word-starts.js";

const HAN = /\p{Script=Han}/u;
const PLURALS = ["", "s", "es", "(s)"];

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && isWordCodePoint(char.codePointAt(0) ?? 0);
}

/** The whole code point at `at` (a surrogate pair is one character for the boundary tests). */
function codePointAt(text: string, at: number): string | undefined {
  const point = text.codePointAt(at);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

/** Is the code point before `at` a word character? (A lone low surrogate looks one further back.) */
function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return isWordCodePoint(text.codePointAt(start) ?? 0);
}

/** Whether each BMP character is Han: 0 not yet known, 1 Han, 2 not. */
const KNOWN_HAN = new Uint8Array(0x10000);

function isHanAt(text: string, at: number): boolean {
  const point = text.codePointAt(at) ?? 0;
  if (point > 0xffff) return HAN.test(String.fromCodePoint(point));
  if (KNOWN_HAN[point] === 0) KNOWN_HAN[point] = HAN.test(String.fromCharCode(point)) ? 1 : 2;
  return KNOWN_HAN[point] === 1;
}

function endsWord(text: string, at: number): boolean {
  return PLURALS.some(
    (plural) => text.startsWith(plural, at) && !isWordChar(codePointAt(text, at + plural.length)),
  );
}

interface TermsByLength {
  lengths: number[];
  bases: Set<string>;
  /** The first UTF-16 unit of each term: most offsets begin none, and need no look at the lengths. */
  firstUnits: Set<number>;
}

function byLength(bases: Iterable<string>): TermsByLength {
  const set = new Set(bases);
  return {
    lengths: [...new Set([...set].map((base) => base.length))],
    bases: set,
    firstUnits: new Set([...set].map((base) => base.charCodeAt(0))),
  };
}

/** Start offsets of each term's bare uses, keyed by the term as given. */
export function bareUses(text: string, terms: Iterable<string>): Map<string, number[]> {
  const baseOf = new Map<string, string>();
  for (const term of terms) baseOf.set(term, baseTerm(term));
  const latin = byLength([...baseOf.values()].filter((base) => base !== "" && !HAN.test(base)));
  const han = byLength([...baseOf.values()].filter((base) => HAN.test(base)));
  const found = new Map<string, number[]>();
  const record = (base: string, at: number) => {
    const previous = text[at - 1];
    if (previous === '"' || previous === "「") return;
    const list = found.get(base) ?? [];
    list.push(at);
    found.set(base, list);
  };
  // Character tests by table, not by pattern: this runs once for every character of the text.
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (han.firstUnits.has(unit) && isHanAt(text, at)) {
      for (const length of han.lengths) {
        const candidate = text.slice(at, at + length);
        if (han.bases.has(candidate)) record(candidate, at);
      }
    }
    if (!latin.firstUnits.has(unit) || !isWordCodePoint(unit) || wordCharBefore(text, at)) continue;
    for (const length of latin.lengths) {
      const candidate = text.slice(at, at + length);
      if (latin.bases.has(candidate) && endsWord(text, at + length)) record(candidate, at);
    }
  }
  return new Map([...baseOf].map(([term, base]) => [term, found.get(base) ?? []]));
}
