/**
 * The text that patterns match: NFKC, straight quotes, one dash, single spaces, no spaces
 * inside Chinese, no line-break hyphenation, Simplified folded to Traditional. Built in ONE
 * linear pass that records, for every normalised UTF-16 unit, the original range it came from,
 * so a match is located in the original without searching for it again.
 */
import {
  isAlphabeticLetter,
  isCjk,
  isCombining,
  isIgnorable,
  isLineBreak,
  isWhitespace,
} from "./char-classes.js";
import { foldCodePoint } from "./cjk-fold.js";
import { compoundHyphens } from "./line-end-hyphen.js";

export interface Normalised {
  text: string;
  /** map[i] = original offset where normalised unit i starts; map[text.length] = original.length. */
  map: Int32Array;
  /** ends[i] = original offset where the source of normalised unit i ends (exclusive). */
  ends: Int32Array;
}

const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const SOFT_HYPHEN = 0xad;

/** Applied before NFKC (″ would otherwise become two primes) and again to NFKC's output. */
const PUNCTUATION = new Map<number, number>([
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02].map((cp): [number, number] => [cp, DOUBLE_QUOTE]),
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0xff07].map((cp): [number, number] => [cp, SINGLE_QUOTE]),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b].map(
    (cp): [number, number] => [cp, HYPHEN],
  ),
]);

/** Characters that are a hyphen when they end a line inside a word (not en or em dashes). */
function isWordHyphen(cp: number): boolean {
  return cp === HYPHEN || cp === 0x2010 || cp === 0x2011;
}

const nfkcCache = new Map<number, string>();

function nfkcOf(cp: number): string {
  let normal = nfkcCache.get(cp);
  if (normal === undefined) {
    normal = String.fromCodePoint(cp).normalize("NFKC");
    nfkcCache.set(cp, normal);
  }
  return normal;
}

const UNKNOWN = 0;
const COMPLEX = -1;
/**
 * For each BMP code point: 0 = not yet computed, -1 = needs the general path (NFKC changes its
 * length or yields white space), otherwise the single code point it becomes + 1. Filled lazily,
 * so the common case costs one array read instead of NFKC and three table lookups.
 */
const simpleBmp = new Int32Array(0x10000);

function simpleMapping(cp: number): number {
  if (cp > 0xffff) return COMPLEX;
  const known = simpleBmp[cp] ?? UNKNOWN;
  if (known !== UNKNOWN) return known;
  let result = COMPLEX;
  const punctuation = PUNCTUATION.get(cp);
  if (punctuation !== undefined) result = punctuation + 1;
  else {
    const normal = nfkcOf(cp);
    const single = normal.length === 1 ? normal.charCodeAt(0) : -1;
    if (single >= 0 && !isWhitespace(single) && (single < 0xd800 || single > 0xdfff)) {
      result = foldCodePoint(PUNCTUATION.get(single) ?? single) + 1;
    }
  }
  simpleBmp[cp] = result;
  return result;
}

/** Accumulates the output and its map, holding back white space until the next character decides it. */
class Builder {
  private units: Uint16Array;
  private map: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private spaceStart = -1;
  private spaceEnd = -1;
  private spaceHasBreak = false;
  private lastCjk = false;
  private lastLetter = false;
  /** Output index of a hyphen that follows a letter (a candidate for de-hyphenation), or -1. */
  private hyphenAt = -1;
  /** The hyphen at hyphenAt belongs to a compound: the line break goes, the hyphen stays. */
  private compoundHyphen = false;
  private softHyphen = false;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity + 1);
    this.map = new Int32Array(capacity + 1);
    this.ends = new Int32Array(capacity + 1);
  }

  space(start: number, end: number, lineBreak: boolean): void {
    if (this.spaceStart < 0) this.spaceStart = start;
    this.spaceEnd = end;
    this.spaceHasBreak ||= lineBreak;
  }

  softHyphenSeen(): void {
    this.softHyphen = this.lastLetter && this.spaceStart < 0;
  }

  char(cp: number, start: number, end: number, cjk: boolean, wordHyphen: boolean, compound = false): void {
    const letter = isAlphabeticLetter(cp);
    const afterLetter = this.lastLetter && this.spaceStart < 0;
    this.settleSpace(cjk, letter);
    if (wordHyphen && cp === HYPHEN && afterLetter) this.hyphenAt = this.length;
    else this.hyphenAt = -1;
    this.compoundHyphen = compound;
    this.softHyphen = false;
    if (cp > 0xffff) {
      this.push(0xd800 + ((cp - 0x10000) >> 10), start, end);
      this.push(0xdc00 + ((cp - 0x10000) & 0x3ff), start, end);
    } else {
      this.push(cp, start, end);
    }
    this.lastCjk = cjk;
    this.lastLetter = letter;
  }

  finish(originalLength: number): Normalised {
    this.map[this.length] = originalLength;
    this.ends[this.length] = originalLength;
    return {
      text: decodeUnits(this.units.subarray(0, this.length)),
      map: this.map.slice(0, this.length + 1),
      ends: this.ends.slice(0, this.length + 1),
    };
  }

  /** Decide what the pending white space becomes, now that the next character is known. */
  private settleSpace(nextCjk: boolean, nextLetter: boolean): void {
    const dehyphenate =
      this.spaceHasBreak &&
      nextLetter &&
      (this.softHyphen || (this.hyphenAt >= 0 && this.hyphenAt === this.length - 1));
    if (this.spaceStart >= 0) {
      if (dehyphenate) {
        if (!this.softHyphen && !this.compoundHyphen) this.pop();
      } else if (this.length > 0 && !(this.lastCjk && nextCjk)) {
        this.push(SPACE, this.spaceStart, this.spaceEnd);
      }
    }
    this.spaceStart = -1;
    this.spaceHasBreak = false;
  }

  private push(unit: number, start: number, end: number): void {
    if (this.length + 1 >= this.map.length) this.grow();
    this.units[this.length] = unit;
    this.map[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private pop(): void {
    this.length--;
    this.hyphenAt = -1;
  }

  private grow(): void {
    const units = new Uint16Array(this.map.length * 2 + 16);
    const map = new Int32Array(units.length);
    const ends = new Int32Array(units.length);
    units.set(this.units);
    map.set(this.map);
    ends.set(this.ends);
    this.units = units;
    this.map = map;
    this.ends = ends;
  }
}

const utf16 = new TextDecoder("utf-16le");

/** UTF-16 units to a string. TextDecoder is fast but replaces lone surrogates, so those take the slow path. */
function decodeUnits(units: Uint16Array): string {
  if (isWellFormed(units)) {
    return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, units.length * 2));
  }
  const chunks: string[] = [];
  for (let k = 0; k < units.length; k += 4096) {
    chunks.push(String.fromCharCode.apply(null, Array.from(units.subarray(k, k + 4096))));
  }
  return chunks.join("");
}

function isWellFormed(units: Uint16Array): boolean {
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] ?? 0;
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit > 0xdbff) return false;
    const low = units[k + 1] ?? 0;
    if (k + 1 >= units.length || low < 0xdc00 || low > 0xdfff) return false;
    k++;
  }
  return true;
}

export function normalise(original: string): Normalised {
  const out = new Builder(original.length);
  // A compound broken at its own hyphen ("cell-" / "associated") keeps it; other line-end
  // hyphens are typesetting and are undone.
  const compounds = compoundHyphens(original);
  const length = original.length;
  let i = 0;
  while (i < length) {
    const cp = original.codePointAt(i) ?? 0;
    let next = i + (cp > 0xffff ? 2 : 1);
    if (isWhitespace(cp)) {
      out.space(i, next, isLineBreak(cp));
    } else if (cp === SOFT_HYPHEN) {
      out.softHyphenSeen();
    } else if (!isIgnorable(cp)) {
      // A base and its combining marks are normalised together so that NFKC can compose them.
      let marks = next;
      while (marks < length && isCombining(original.codePointAt(marks) ?? 0)) {
        marks += (original.codePointAt(marks) ?? 0) > 0xffff ? 2 : 1;
      }
      emitUnit(out, original, i, marks, cp, compounds.has(i));
      next = marks;
    }
    i = next;
  }
  return out.finish(length);
}

/** Emit the normalised form of original[start, end), every output unit mapped to that range. */
function emitUnit(
  out: Builder,
  original: string,
  start: number,
  end: number,
  first: number,
  compound: boolean,
): void {
  const cjk = isCjk(first);
  const wordHyphen = isWordHyphen(first);
  const single = end - start === (first > 0xffff ? 2 : 1);
  const simple = single ? simpleMapping(first) : COMPLEX;
  if (simple !== COMPLEX) {
    out.char(simple - 1, start, end, cjk, wordHyphen, compound);
    return;
  }
  const normal = single ? nfkcOf(first) : original.slice(start, end).normalize("NFKC");
  for (const ch of normal) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isWhitespace(cp)) out.space(start, end, false);
    else out.char(foldCodePoint(PUNCTUATION.get(cp) ?? cp), start, end, cjk, wordHyphen);
  }
}
