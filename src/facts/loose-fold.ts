/**
 * What text extraction confuses, folded away (hyphens lost or added at line ends, "l" read for
 * "I"), for finding a defined term used despite the damage: the text is folded with the term's
 * own definitions blanked out.
 */
import type { Located } from "./types.js";

export function looseFold(text: string): string {
  return text.replace(/-/g, "").toLowerCase().replace(/l/g, "i");
}

/**
 * The text with the `except` spans blanked, loosely folded. A caller asks once per defined term
 * with the same text and spans, so the last answer is kept. A circular has hundreds of terms,
 * each with its own spans, so the text is folded once (`foldedWhole`) and each answer is put
 * together from pieces of it and the blanks.
 */
const blankedCache = new WeakMap<readonly Located[], { text: string; folded: string }>();

export function foldedWithout(text: string, except: readonly Located[]): string {
  const known = blankedCache.get(except);
  if (known && known.text === text) return known.folded;
  const folded = fromFoldedWhole(text, except) ?? foldBlanked(text, except);
  blankedCache.set(except, { text, folded });
  return folded;
}

function foldBlanked(text: string, except: readonly Located[]): string {
  let blanked = text;
  for (const span of except) {
    blanked = `${blanked.slice(0, span.start)}${" ".repeat(span.end - span.start)}${blanked.slice(span.end)}`;
  }
  return looseFold(blanked);
}

/** The folded text whole, and where the fold of each of its characters begins (see foldStarts). */
let lastWhole: { text: string; folded: string; starts: Int32Array | undefined } | undefined;

/**
 * `foldBlanked` from the whole text folded once: folding goes character by character, and a
 * blank is a space whatever it replaces. Undefined where that does not hold: spans outside
 * the text or splitting a character, a text whose fold depends on neighbours.
 */
function fromFoldedWhole(text: string, except: readonly Located[]): string | undefined {
  if (lastWhole?.text !== text) {
    const folded = looseFold(text);
    lastWhole = { text, folded, starts: foldStarts(text, folded) };
  }
  const { folded, starts } = lastWhole;
  const spans = mergedSpans(except, text.length);
  if (!starts || !spans) return undefined;
  const pieces: string[] = [];
  let from = 0;
  for (const span of [...spans, { start: text.length, end: text.length }]) {
    const [pieceStart, pieceEnd] = [starts[from] ?? -1, starts[span.start] ?? -1];
    if (pieceStart < 0 || pieceEnd < 0) return undefined;
    pieces.push(folded.slice(pieceStart, pieceEnd), " ".repeat(span.end - span.start));
    from = span.end;
  }
  return pieces.join("");
}

/** The spans in order, overlapping ones joined (blanking them one by one blanks their union). */
function mergedSpans(spans: readonly Located[], length: number): Located[] | undefined {
  const sorted = [...spans].filter((span) => span.end !== span.start).sort((a, b) => a.start - b.start);
  const merged: Located[] = [];
  for (const span of sorted) {
    if (span.start < 0 || span.end > length || span.end < span.start) return undefined;
    const previous = merged.at(-1);
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Length of each BMP character's lower case, plus one (0: not yet known). */
const LOWER_LENGTHS = new Uint8Array(0x10000);

function lowerLength(code: number): number {
  if (LOWER_LENGTHS[code] === 0) LOWER_LENGTHS[code] = String.fromCharCode(code).toLowerCase().length + 1;
  return (LOWER_LENGTHS[code] ?? 1) - 1;
}

/**
 * Where the fold of each character of the text begins in `folded` (-1 inside a surrogate pair),
 * or undefined when the text has a capital sigma, the one letter whose lower case depends on
 * the letters around it, so that the text does not fold character by character.
 */
function foldStarts(text: string, folded: string): Int32Array | undefined {
  if (text.includes("\u03a3")) return undefined;
  const starts = new Int32Array(text.length + 1);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    starts[i] = at;
    const code = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      starts[i + 1] = -1;
      at += String.fromCharCode(code, low).toLowerCase().length;
      i++;
    } else if (code !== 0x2d) {
      at += code < 0x80 ? 1 : lowerLength(code);
    }
  }
  starts[text.length] = at;
  return at === folded.length ? starts : undefined;
}
