/**
 * Facts read paragraph by paragraph, so that an edited draft re-reads only the paragraphs the
 * edit touched (the language server re-checks at every pause in typing).
 *
 * A paragraph here ends at a paragraph break of the original: a sentence's full stop, a blank
 * line, and a letter (isParagraphBreak below). In the normalised text, where every run of spaces
 * and line breaks is one space, it ends with the space the blank line became. Dates, amounts,
 * share counts, percentages, issued-share statements, product codes and inline definitions are
 * each read from their paragraph alone, in the command line as in the editor, so a fact reused
 * from the previous version of a draft is by construction the fact a fresh reading gives. Read
 * from the whole text instead, the same facts come out on every corpus text and example
 * (tests/corpus/paragraph-facts.corpus.ts checks that this stays so).
 */
import { isAlphabeticLetter, isHan } from "../document/char-classes.js";
import type { Document } from "../document/types.js";
import type { Located } from "./types.js";

/**
 * A paragraph break: a sentence's full stop, a blank line (a line break, nothing but spaces,
 * another line break), and a letter or character. A blank line alone does not do: PDF tables put
 * one between a number and its "%", a currency and its amount, a month and its year. Nor does a
 * full stop after a capital or an abbreviation: PDF text wraps `("Mr.` / `Zhou")` over a blank line.
 */
const BLANK_AFTER_STOP = /[.。][ \t\r\u3000]*\n[ \t\r\u3000]*\n\s*/g;
const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Messrs|No|Nos|Co|Ltd|Inc|Corp|St|Jr|Sr|approx|etc|vs|cf|viz|e\.g|i\.e|[ap]\.m)$/;
/** Besides small letters and digits, what a sentence's full stop may follow: a closing bracket or quote. */
const CLOSING = new Set([")", "]", '"', "'", "\u2019", "\u201d"]);

// Character tests by code, not by `\p{L}` / `\p{Ll}` patterns: compiling those took ~4 ms of a
// cold check.
function isParagraphBreak(original: string, stop: number, next: number): boolean {
  const first = original.codePointAt(next);
  if (first === undefined || !(isAlphabeticLetter(first) || isHan(first))) return false;
  if (original[stop] === "。") return true;
  const before = original.slice(Math.max(0, stop - 8), stop);
  const last = before.at(-1) ?? "";
  const sentenceEnd = isSmallLetter(last) || (last >= "0" && last <= "9") || CLOSING.has(last);
  return sentenceEnd && !ABBREVIATION.test(before);
}

function isSmallLetter(char: string): boolean {
  return char !== "" && char.toLowerCase() === char && char.toUpperCase() !== char;
}

export interface Paragraph {
  /** Offset of the paragraph's first character in the normalised text. */
  start: number;
  /** The paragraph's normalised text. */
  text: string;
}

/** The normalised text cut at each paragraph break of the original; the pieces join up to it. */
export function paragraphsOf(
  document: Pick<Document, "original" | "normalised" | "toNormalised">,
): Paragraph[] {
  const { original, normalised } = document;
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const blank of original.matchAll(BLANK_AFTER_STOP)) {
    const next = blank.index + blank[0].length;
    if (!isParagraphBreak(original, blank.index, next)) continue;
    const end = document.toNormalised(next);
    if (end <= start || end >= normalised.length) continue;
    paragraphs.push({ start, text: normalised.slice(start, end) });
    start = end;
  }
  paragraphs.push({ start, text: normalised.slice(start) });
  return paragraphs;
}

/** Reads one paragraph's facts, with offsets from the paragraph's start. */
export type ParagraphReader<F extends Located> = (paragraph: string) => F[];

/**
 * The facts each reader found in the paragraphs of the previous version of a text, by the
 * paragraph's text. One per open document; it holds one version's worth.
 */
export class ParagraphFactMemo {
  private readonly kept = new Map<ParagraphReader<Located>, Map<string, readonly Located[]>>();

  /** The reader's facts in the paragraphs of this version, computing only the ones not kept. */
  readAll<F extends Located>(paragraphs: readonly Paragraph[], reader: ParagraphReader<F>): (readonly F[])[] {
    const previous = (this.kept.get(reader) ?? new Map()) as Map<string, readonly F[]>;
    const current = new Map<string, readonly F[]>();
    const read = paragraphs.map(({ text }) => {
      let facts = current.get(text) ?? previous.get(text);
      if (!facts) facts = reader(text);
      current.set(text, facts);
      return facts;
    });
    this.kept.set(reader, current);
    return read;
  }
}

/** The reader's facts in every paragraph, in text order, with offsets in the whole text. */
export function readByParagraph<F extends Located>(
  paragraphs: readonly Paragraph[],
  reader: ParagraphReader<F>,
  memo?: ParagraphFactMemo,
): F[] {
  const facts: F[] = [];
  if (!memo) {
    // Facts read now belong to no one else: moved where they are.
    for (const { start, text } of paragraphs) {
      const read = reader(text);
      if (start > 0) moveInPlace(read, start, new Set());
      facts.push(...read);
    }
    return facts;
  }
  memo.readAll(paragraphs, reader).forEach((found, index) => {
    const by = paragraphs[index]?.start ?? 0;
    // A copy: the facts kept for the next version must not share objects with this one's.
    facts.push(...movedBy(found, by, new Map()));
  });
  return facts;
}

const isOffset = (key: string, field: unknown): field is number =>
  (key === "start" || key === "end") && typeof field === "number";

/**
 * A copy of facts with every offset (`start` and `end`, at any depth: a date's weekday, a
 * percentage's fraction, a definition's entry) moved by `by`. Facts are plain data (types.ts),
 * but may share a part (two terms of one parenthesis share its entry): `copies` keeps it shared.
 */
function movedBy<T>(value: T, by: number, copies: Map<object, unknown>): T {
  if (value === null || typeof value !== "object") return value;
  const copied = copies.get(value);
  if (copied !== undefined) return copied as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(movedBy(item, by, copies));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, field] of Object.entries(value))
    copy[key] = isOffset(key, field) ? field + by : movedBy(field, by, copies);
  return copy as T;
}

/** `movedBy` without the copy; `moved` holds the parts already moved, each moved once. */
function moveInPlace(value: unknown, by: number, moved: Set<object>): void {
  if (value === null || typeof value !== "object" || moved.has(value)) return;
  moved.add(value);
  if (Array.isArray(value)) {
    for (const item of value) moveInPlace(item, by, moved);
    return;
  }
  const fields = value as Record<string, unknown>;
  for (const key in fields) {
    const field = fields[key];
    if (isOffset(key, field)) fields[key] = field + by;
    else moveInPlace(field, by, moved);
  }
}
