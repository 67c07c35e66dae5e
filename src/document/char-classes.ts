/**
 * Character classes the normaliser and the heuristics share. Ranges are written out (rather than
 * `\p{…}` tests on every character) because they run once per character of every input.
 */

/** White space of any kind; line breaks included. U+FEFF is not here: it is dropped, not spaced. */
export function isWhitespace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

export function isLineBreak(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** Invisible characters that carry nothing for matching (controls, zero-width space, stray BOM). */
export function isIgnorable(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return !isWhitespace(cp);
  return cp === 0x200b || cp === 0x2060 || cp === 0xfeff;
}

/** Han ideographs (unified, extensions, compatibility) and the CJK iteration marks. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3005 ||
    cp === 0x3007
  );
}

/**
 * Chinese/Japanese script or CJK punctuation: the characters between which PDF extraction
 * inserts spaces that are not in the document. Hangul is excluded (Korean separates words).
 */
export function isCjk(cp: number): boolean {
  if (cp < 0x2e80) return false;
  return (
    isHan(cp) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation 、。「」, kana
    (cp >= 0x3100 && cp <= 0x312f) || // bopomofo
    (cp >= 0x31f0 && cp <= 0x33ff) || // kana extensions, enclosed CJK (㈱), CJK compatibility
    (cp >= 0xfe30 && cp <= 0xfe6f) || // CJK compatibility and small forms
    (cp >= 0xff01 && cp <= 0xff0f) || // full-width punctuation （），
    (cp >= 0xff1a && cp <= 0xff20) ||
    (cp >= 0xff3b && cp <= 0xff40) ||
    (cp >= 0xff5b && cp <= 0xff65)
  );
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

/** Cache for the BMP: 0 = unknown, 1 = letter, 2 = not a letter. */
const letterBmp = new Uint8Array(0x10000);

/** A letter of an alphabetic script (not Han, not kana): the letters hyphenation splits. */
export function isAlphabeticLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp > 0xffff) return !isCjk(cp) && LETTER.test(String.fromCodePoint(cp));
  let known = letterBmp[cp] ?? 0;
  if (known === 0) {
    known = !isCjk(cp) && LETTER.test(String.fromCodePoint(cp)) ? 1 : 2;
    letterBmp[cp] = known;
  }
  return known === 1;
}

/** A combining character that belongs to the preceding base (é as e + U+0301, ｶﾞ). */
export function isCombining(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp >= 0x3400 && cp <= 0x9fff) return false;
  if (cp === 0xff9e || cp === 0xff9f) return true;
  return MARK.test(String.fromCodePoint(cp));
}
