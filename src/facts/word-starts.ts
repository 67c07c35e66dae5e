/**
 * Where the words of a text begin, indexed by their first one and two letters, so that a term's
 * pattern is tried only where the term could begin (term-pattern.ts). The definitions checks
 * look for hundreds of terms in a circular; scanning the whole text once per term and per
 * spelling was most of their time. A term's pattern begins with "not after a Latin letter or a
 * digit" and then a letter or digit, so every match starts a word (a run of Latin letters and
 * digits), and the term's first letters say which words.
 */

const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;
/** Whether each character of the Basic Multilingual Plane is a word character: 0 not yet known. */
const KNOWN_WORD_CHARS = new Uint8Array(0x10000);
const WORD = 1;
const NOT_WORD = 2;

/** True when the code point is a Latin letter or a digit (of any script). */
export function isWordCodePoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  if (KNOWN_WORD_CHARS[code] === 0) {
    KNOWN_WORD_CHARS[code] = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
  }
  return KNOWN_WORD_CHARS[code] === WORD;
}

/** True when the code point at `at` is a Latin letter or a digit (of any script). */
export function isWordChar(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && isWordCodePoint(code);
}

/** True when the code point that ends just before `at` (a surrogate pair is one) is a word character. */
export function isWordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isWordChar(text, pair ? at - 2 : at - 1);
}

/**
 * The ASCII letter or digit (its code, in lower case) a character equals when letter case is
 * ignored, or -1. With the `iu` flags a pattern's "s" also matches "ſ" (U+017F) and its "k" the
 * Kelvin sign (U+212A); no other character outside ASCII matches an ASCII letter or digit.
 */
function foldedAscii(code: number): number {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x17f) return 0x73;
  if (code === 0x212a) return 0x6b;
  return -1;
}

/** Word starts by their first letter and by their first two letters, each list in text order. */
interface WordStarts {
  byOne: Map<number, number[]>;
  byTwo: Map<number, number[]>;
}

function add(index: Map<number, number[]>, key: number, at: number): void {
  const list = index.get(key);
  if (list) list.push(at);
  else index.set(key, [at]);
}

function indexWords(text: string): WordStarts {
  const starts: WordStarts = { byOne: new Map(), byTwo: new Map() };
  let previous = -1;
  for (let at = 0; at < text.length; at++) {
    const first = foldedAscii(text.charCodeAt(at));
    // After a letter or digit the word has begun already; after anything else, look.
    if (first >= 0 && previous < 0 && !isWordCharBefore(text, at)) {
      add(starts.byOne, first, at);
      const second = foldedAscii(text.charCodeAt(at + 1));
      if (second >= 0) add(starts.byTwo, first * 0x80 + second, at);
    }
    previous = first;
  }
  return starts;
}

/** The last text indexed: the checks of one document ask about the same text many times. */
let last: { text: string; starts: WordStarts } | undefined;

function wordStarts(text: string): WordStarts {
  if (last?.text !== text) last = { text, starts: indexWords(text) };
  return last.starts;
}

/**
 * The lead of a pattern that begins with a word boundary and then the literal given: the letters
 * and digits the literal begins with, in lower case. Undefined when it begins with none (then
 * the whole text must be scanned).
 */
export function leadOf(literal: string): string | undefined {
  let lead = "";
  for (let at = 0; at < literal.length; at++) {
    const folded = foldedAscii(literal.charCodeAt(at));
    if (folded < 0) break;
    lead += String.fromCharCode(folded);
  }
  return lead === "" ? undefined : lead;
}

/** True when the text at `at` begins with the lead, letter case ignored. */
function begins(text: string, at: number, lead: string): boolean {
  for (let offset = 2; offset < lead.length; offset++) {
    if (foldedAscii(text.charCodeAt(at + offset)) !== lead.charCodeAt(offset)) return false;
  }
  return true;
}

/** The word starts that begin with the lead. */
function wordsBeginning(text: string, lead: string): readonly number[] {
  const starts = wordStarts(text);
  const first = lead.charCodeAt(0);
  if (lead.length === 1) return starts.byOne.get(first) ?? [];
  const byFirstTwo = starts.byTwo.get(first * 0x80 + lead.charCodeAt(1)) ?? [];
  return lead.length === 2 ? byFirstTwo : byFirstTwo.filter((at) => begins(text, at, lead));
}

/** The word starts, in text order, that begin with any of the leads (`leadOf`). */
export function candidateStarts(text: string, leads: readonly string[]): readonly number[] {
  if (leads.length === 1) return wordsBeginning(text, leads[0] ?? "");
  const all = new Set(leads.flatMap((lead) => wordsBeginning(text, lead)));
  return [...all].sort((a, b) => a - b);
}
