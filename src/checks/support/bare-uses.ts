/**
 * Where quoted terms are used bare (without a quote mark before them), for many terms in one
 * pass. Searching the whole text once per term was quadratic: a megabyte of distinct quoted
 * terms meant tens of thousands of full scans. Here each word start is tried against the set of
 * terms of each length present, so the work grows with the text, not with the text times the
 * terms. Matches what `usesOf` accepts: a Latin term is a word of its own, optionally followed
 * by "s", "es" or "(s)"; a Chinese term matches anywhere.
 */
import { baseTerm } from "../../facts/term-usage.js";

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;
const PLURALS = ["", "s", "es", "(s)"];

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** The whole code point at `at` (a surrogate pair is one character for the boundary tests). */
function codePointAt(text: string, at: number): string | undefined {
  const point = text.codePointAt(at);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

function codePointBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return codePointAt(text, start);
}

function endsWord(text: string, at: number): boolean {
  return PLURALS.some(
    (plural) => text.startsWith(plural, at) && !isWordChar(codePointAt(text, at + plural.length)),
  );
}

interface TermsByLength {
  lengths: number[];
  bases: Set<string>;
}

function byLength(bases: Iterable<string>): TermsByLength {
  const set = new Set(bases);
  return { lengths: [...new Set([...set].map((base) => base.length))], bases: set };
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
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? "";
    if (han.bases.size > 0 && HAN.test(codePointAt(text, at) ?? "")) {
      for (const length of han.lengths) {
        const candidate = text.slice(at, at + length);
        if (han.bases.has(candidate)) record(candidate, at);
      }
    }
    if (latin.bases.size === 0 || !isWordChar(char) || isWordChar(codePointBefore(text, at))) continue;
    for (const length of latin.lengths) {
      const candidate = text.slice(at, at + length);
      if (latin.bases.has(candidate) && endsWord(text, at + length)) record(candidate, at);
    }
  }
  return new Map([...baseOf].map(([term, base]) => [term, found.get(base) ?? []]));
}
