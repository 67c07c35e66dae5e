/**
 * Glossary definitions: the entries under a DEFINITIONS / GLOSSARY / 釋義 heading. Read from the
 * ORIGINAL text, where line breaks survive, and mapped to normalised offsets. Extraction shapes
 * handled: entries separated by blank lines, a tab or spaces between term and meaning, meanings
 * wrapped over several lines, alternatives on one line (`"FDA" or "U.S. FDA"`) or spread over
 * lines (`"confirmatory trial" or` / `"pivotal trial"`), and a term whose closing quote was lost
 * (`"regenerative medicine<TAB>a special status…`), kept as `truncated`.
 */
import type { Document } from "../document/types.js";
import { ALTERNATIVE, CLOSE_QUOTE, OPEN_QUOTE, QUOTED_TERM } from "./quoted-term.js";
import type { DefinitionFact } from "./types.js";

/**
 * Space between the words of a heading: PDF extraction wraps a long heading ("DEFINITIONS AND
 * GLOSSARY OF TECHNICAL / TERMS") over two lines, sometimes with a blank line between them.
 */
const GAP = String.raw`(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)`;
const HEADING_WORDS =
  `(?:definitions?|glossary)(?:${GAP}(?:and|&)${GAP}(?:glossary|definitions))?` +
  `(?:${GAP}of${GAP}(?:technical${GAP})?terms)?`;
/** The intro sentence may wrap anywhere, in Chinese even between two characters. */
const INTRO = String.raw`the\s+following\s+(?:expressions|terms)\s+(?:shall\s+)?have\s+the\s+(?:following\s+)?meanings|除文義另有所指外[^]{0,30}?(?:下列|以下)\s*詞\s*彙`;
const HEADING = new RegExp(
  String.raw`^[ \t]*(?:#+[ \t]*)?(?:${HEADING_WORDS}|釋義|释义|定義|詞彙表|技術詞彙表)[ \t]*:?[ \t]*$|^.*(?:${INTRO}).*$`,
  "gim",
);

const FIRST_TERM = new RegExp(`^[ \\t]*${QUOTED_TERM}`);
const NEXT_TERM = new RegExp(`^${ALTERNATIVE}${QUOTED_TERM}`, "i");
/** A term that lost its closing quote: the opening quote, the term, then a tab or wide gap. */
const TRUNCATED_TERM = new RegExp(
  `^[ \\t]*[${OPEN_QUOTE}]([^${OPEN_QUOTE}${CLOSE_QUOTE}()（）\\n\\t]{1,80}?)[ ]*(?:\\t| {2,})\\S`,
);
/** The line ends after its terms with "or" or a comma: the next line's term is an alternative. */
const OPEN_ALTERNATIVE = /^\s*(?:,\s*)?(?:or|and|或|及)\s*$|^\s*[,、]\s*$/i;
/** A line that goes on with alternatives of the entry above: `or "CRRC Times Electric"`. */
const MORE_ALTERNATIVES = new RegExp(
  `^[ \\t]*(?:or|and|或|及|,|、)[ \\t]*(?:the[ \\t]+)?(?=[${OPEN_QUOTE}])`,
  "i",
);

/** The sign-off or board paragraph: the glossary is over. */
const AFTER_GLOSSARY =
  /^\s*(?:By\s+order\s+of\s+the\s+Board|承董事會命|As\s+at\s+the\s+date\s+of\s+this\s+announcement|於本公告日期)/i;

/** Lines of a wrapped meaning; more, or a line this long, is running text after the glossary. */
const MAX_CONTINUATION_LINES = 6;
const MAX_CONTINUATION_LENGTH = 300;
/** Lines allowed between the heading and the first entry (an introductory sentence). */
const MAX_LEAD_LINES = 3;

interface Line {
  text: string;
  /** Original offset of the line start. */
  at: number;
}

interface TermAt {
  term: string;
  /** Original offsets of the term inside its quotes. */
  start: number;
  truncated: boolean;
}

interface Entry {
  terms: TermAt[];
  start: number;
  end: number;
  /** The previous line ended with "or": the next entry line adds alternatives. */
  awaitsAlternative: boolean;
}

/** The terms a line opens with, and what is left after them. */
function termsOfLine(line: Line): { terms: TermAt[]; rest: string } | undefined {
  const first = FIRST_TERM.exec(line.text);
  if (!first) {
    const truncated = TRUNCATED_TERM.exec(line.text);
    if (!truncated) return undefined;
    const term = truncated[1] ?? "";
    const start = line.at + line.text.indexOf(term);
    return { terms: [{ term: term.trim(), start, truncated: true }], rest: "" };
  }
  const terms: TermAt[] = [];
  const push = (match: RegExpExecArray, offset: number) => {
    const term = match[1] ?? "";
    terms.push({
      term: term.trim(),
      start: line.at + offset + match[0].length - term.length - 1,
      truncated: false,
    });
  };
  push(first, 0);
  let cursor = first[0].length;
  for (
    let next = NEXT_TERM.exec(line.text.slice(cursor));
    next;
    next = NEXT_TERM.exec(line.text.slice(cursor))
  ) {
    push(next, cursor);
    cursor += next[0].length;
  }
  return { terms, rest: line.text.slice(cursor) };
}

/**
 * A line whose last quote is left open by a term that runs on into the next line. A term that
 * lost its closing quote is followed by a tab or a wide gap and its meaning (TRUNCATED_TERM).
 */
function opensQuote(line: string): boolean {
  const count = (pattern: RegExp) => line.match(pattern)?.length ?? 0;
  const unbalanced =
    count(/"/g) % 2 === 1 ||
    count(/[“]/g) > count(/[”]/g) ||
    count(/[「]/g) > count(/[」]/g) ||
    count(/[『]/g) > count(/[』]/g);
  if (!unbalanced) return false;
  const lastOpen = Math.max(...[...`"“「『`].map((quote) => line.lastIndexOf(quote)));
  const rest = line.slice(lastOpen + 1);
  return rest.length <= 80 && !/\t| {2,}/.test(rest);
}

/**
 * The lines from `from` on. A line whose quoted term breaks at its end (`"Articles" or "Articles
 * of` / `Association"`) is read together with the next; the break becomes a space, so offsets
 * stay those of the original.
 */
function linesFrom(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let at = from;
  let pending: Line | undefined;
  for (const content of text.slice(from).split("\n")) {
    const lineAt = at;
    at += content.length + 1;
    if (pending && content.trim() === "") {
      // PDF text may put a blank line inside a wrapped term: carry on to the next line.
      pending.text += " ".repeat(content.length + 1);
      continue;
    }
    const line: Line = pending
      ? { text: `${pending.text} ${content}`, at: pending.at }
      : { text: content, at: lineAt };
    pending = opensQuote(line.text) && !pending ? line : undefined;
    if (!pending) lines.push(line);
  }
  if (pending) lines.push(pending);
  return lines;
}

/** The entries of one glossary, starting after its heading; `end` is where reading stopped. */
function readGlossary(original: string, from: number): { entries: Entry[]; end: number } {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let looseLines = 0;
  for (const line of linesFrom(original, from)) {
    const lineEnd = line.at + line.text.length;
    if (line.text.trim() === "") continue;
    const more = current && looseLines === 0 ? MORE_ALTERNATIVES.exec(line.text) : null;
    if (current && more) {
      const rest = termsOfLine({ text: line.text.slice(more[0].length), at: line.at + more[0].length });
      if (rest) {
        current.terms.push(...rest.terms);
        current.end = lineEnd;
        continue;
      }
    }
    const found = termsOfLine(line);
    if (found) {
      if (current?.awaitsAlternative) current.terms.push(...found.terms);
      else {
        current = { terms: found.terms, start: line.at, end: lineEnd, awaitsAlternative: false };
        entries.push(current);
      }
      current.end = lineEnd;
      current.awaitsAlternative = OPEN_ALTERNATIVE.test(found.rest);
      looseLines = 0;
      continue;
    }
    if (AFTER_GLOSSARY.test(line.text)) return { entries, end: line.at };
    looseLines += 1;
    const limit = current ? MAX_CONTINUATION_LINES : MAX_LEAD_LINES;
    if (looseLines > limit || (current && line.text.length > MAX_CONTINUATION_LENGTH)) {
      return { entries, end: line.at };
    }
    if (current) {
      current.end = lineEnd;
      current.awaitsAlternative = false;
    }
  }
  return { entries, end: original.length };
}

/** A glossary entry's terms, in original offsets, as definitions (normalised offsets). */
export interface GlossaryEntry {
  start: number;
  end: number;
  terms: readonly { term: string; start: number; truncated?: boolean }[];
}

/** The definitions one glossary entry gives: each term, with the others as its aliases. */
export function entryDefinitions(document: Document, entry: GlossaryEntry): DefinitionFact[] {
  const span = { start: document.toNormalised(entry.start), end: document.toNormalised(entry.end) };
  const located = entry.terms.map((at) => {
    const start = document.toNormalised(at.start);
    const end = document.toNormalised(at.start + at.term.length);
    // As normalised, like the text it is searched in (curly apostrophes straightened).
    return { at, start, end, term: document.normalised.slice(start, end).trim() };
  });
  const names = located.map(({ term }) => term);
  return located.map(({ at, start, end, term }) => ({
    start,
    end,
    term,
    source: "glossary" as const,
    entry: span,
    ...(names.length > 1 && { aliases: names.filter((name) => name !== term) }),
    ...(at.truncated && { truncated: true }),
  }));
}

/** Every glossary entry of the document (a document may have several glossaries). */
export function glossaryDefinitions(document: Document): DefinitionFact[] {
  const original = document.original;
  const found: DefinitionFact[] = [];
  let readUntil = 0;
  for (const heading of original.matchAll(HEADING)) {
    if (heading.index < readUntil) continue;
    const { entries, end } = readGlossary(original, heading.index + heading[0].length + 1);
    if (entries.length > 0) readUntil = end;
    for (const entry of entries) found.push(...entryDefinitions(document, entry));
  }
  return found;
}

/** Original offsets where each definitions heading (or intro sentence) ends. */
export function glossaryHeadingEnds(original: string): number[] {
  return [...original.matchAll(HEADING)].map((heading) => heading.index + heading[0].length);
}
