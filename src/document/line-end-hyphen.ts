/**
 * Is a hyphen at a line end part of the word ("cell-" / "associated") or typesetting's syllable
 * break ("manu-" / "facturing")? Decided without a dictionary, from the document's own words:
 * the word spelt elsewhere with the hyphen keeps it, spelt elsewhere joined loses it; otherwise
 * two halves that the document uses as words on their own make a compound (syllable breaks do
 * not produce two words), and so does a known first part of a compound; otherwise it was
 * hyphenation. The PDF reader (pdf-paragraphs.ts) and the normaliser (for text extracted by
 * other tools) share this decision.
 */

/** The words of the document outside its line-end splits. */
export interface Vocabulary {
  hyphenated: Set<string>;
  plain: Set<string>;
  /** Words with no hyphen on either side. */
  standalone: Set<string>;
}

/** A word broken at a line end: its first half, the hyphen and the line break, its second half. */
export const LINE_END_SPLIT = /([A-Za-z0-9]+)-[ \t]*\r?\n[ \t\r\n]*([a-z][A-Za-z0-9]*)/g;
const HYPHENATED_WORD = /[a-z0-9]+(?:-[a-z0-9]+)+/g;
const WORD = /[a-z0-9]+/g;
const STANDALONE_WORD = /(?<![-a-z0-9])[a-z0-9]+(?![-a-z0-9])/g;

export function vocabularyOf(text: string): Vocabulary {
  // The split words themselves are no evidence: take them out before counting.
  const rest = text.toLowerCase().replace(LINE_END_SPLIT, " ");
  return {
    hyphenated: new Set(rest.match(HYPHENATED_WORD) ?? []),
    plain: new Set(rest.match(WORD) ?? []),
    standalone: new Set(rest.match(STANDALONE_WORD) ?? []),
  };
}

/** First parts of compounds that typesetting does not produce as a syllable break. */
const COMPOUND_FIRST_PARTS = new Set(
  (
    "non self cross double well so year long short full part half one two three four five first second " +
    "third high low mid large small open fixed closed"
  ).split(" "),
);

/** Shorter halves are too often words by accident ("in-formation", "re-port"). */
const MIN_HALF = 3;

/**
 * True when `split` + "-" at a line end and `head` at the next line's start are one compound.
 * `after` is the character following `head` ("end-" / "of-Phase" goes on with a hyphen).
 */
export function keepsHyphen(split: string, head: string, after: string, words: Vocabulary): boolean {
  const [first, rest] = [split.toLowerCase(), head.toLowerCase()];
  // A word that goes on with another hyphen is a compound; and hyphenation never splits a
  // word right after a digit ("Ad5-nCoV").
  if (after === "-" || /\d$/.test(split)) return true;
  if (words.hyphenated.has(`${first}-${rest}`)) return true;
  if (words.plain.has(first + rest)) return false;
  const halvesAreWords =
    first.length >= MIN_HALF &&
    rest.length >= MIN_HALF &&
    words.standalone.has(first) &&
    words.standalone.has(rest);
  return halvesAreWords || COMPOUND_FIRST_PARTS.has(first);
}

/** Original offsets of the line-end hyphens that belong to their word (for the normaliser). */
export function compoundHyphens(original: string): Set<number> {
  const kept = new Set<number>();
  if (!/-[ \t]*\r?\n/.test(original)) return kept;
  let words: Vocabulary | undefined;
  for (const split of original.matchAll(LINE_END_SPLIT)) {
    const [whole, first = "", head = ""] = split;
    words ??= vocabularyOf(original);
    const after = original[split.index + whole.length] ?? "";
    if (keepsHyphen(first, head, after, words)) kept.add(split.index + first.length);
  }
  return kept;
}
