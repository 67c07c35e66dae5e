/**
 * Names in one segment of a board paragraph (the names of one category). English names are split
 * on titles, never on commas alone, because names themselves contain commas ("Mr. Yim, Chi Hung
 * Henry", "Mr. Ho Kwok Wah, George, MH"); without titles, on commas and "and". Chinese names are
 * separated by 、 and 及 and end with a title (先生/女士/博士) or stand bare. Whatever could not be
 * read as a name is returned as `unread`, so that the board can say it was not read whole.
 */
import { chineseNames, isHan } from "./chinese-names.js";
import { ENGLISH_TITLE_RUN, genderOf, HONOURS_ONLY, titlesOf } from "./name-honorifics.js";
import { NUMBER_WORD_PATTERN } from "./numbers.js";
import type { DirectorCategory, DirectorFact, Located } from "./types.js";

export interface NameSegment {
  from: number;
  to: number;
  category: DirectorCategory;
  proposed: boolean;
}

export interface NamesRead {
  directors: DirectorFact[];
  /** Stretches that look like names (capitalised words, Chinese characters) but were not read. */
  unread: Located[];
}

const ENUMERATOR = String.raw`\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h]|\d{1,2})\)`;
/** What may trail a name before the next one: separators, enumerators, "and", "; one". */
const TRAILING_JUNK = new RegExp(
  `(?:[\\s,;:.&]+|${ENUMERATOR}|\\b(?:and|as|the|being|both|of|namely|respectively|who|are|is|also|${NUMBER_WORD_PATTERN})\\b)+$`,
  "i",
);
const LEADING_JUNK = new RegExp(
  `^(?:[\\s,;:&]+|${ENUMERATOR}|\\b(?:and|being|namely|including|the|are|is|of\\s+whom)\\b)+`,
  "i",
);
/** Footnote markers after a name ("Mr. Lee Ka Fai*", "Ms. Ho (Note 2)"). */
const MARKER = /\s*(?:[*#^†‡]+|\((?:Notes?|附註|註)\s*\d*\))$/u;
const PARENTHESIS = /\s*[(（]([^()（）]*)[)）]/gu;
const ROLE_AFTER_AS = /\s+as\s+(.*)$/s;
const ROLE_AFTER_VERB = /\s+(?:is|are|was|being|who\s+is)\s+(.*)$/s;
const ROLE_AFTER_COMMA =
  /,\s*(?:(?:the|our|its)\s+(.*)|((?:vice|deputy|co-|honorary\s+|executive\s+)?(?:chair\w*|chief\b.*|president\b.*|ceo\b.*|managing\s+director\b.*)))$/is;
const NAME_PARTICLES = new Set([
  "bin",
  "binti",
  "bte",
  "de",
  "da",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "al",
  "el",
]);
const WORDS_THAT_ARE_NOT_NAMES =
  /\b(?:Directors?|Board|Company|Committee|announcement|Chairman|Chairwoman|Chairlady|Chief|Officer)\b/i;

interface CleanName {
  name: string;
  roles: string[];
  /** Length of the raw text that the name (with its annotations) occupies. */
  length: number;
  marker?: string;
}

function stripTrailing(text: string): string {
  let previous = "";
  let current = text;
  while (current !== previous) {
    previous = current;
    current = current.replace(TRAILING_JUNK, "");
  }
  return current;
}

/** Cleans a raw name: separators go; "(Chairman)", "as chairman", ", the Chairwoman" become roles. */
export function cleanName(raw: string): CleanName {
  const stripped = stripTrailing(raw);
  const roles: string[] = [];
  // Parentheses first, so that "(who is also the Chairman)" is one role, not a cut name.
  let text = stripTrailing(
    stripped.replace(PARENTHESIS, (_whole, role: string) => {
      roles.push(role.trim());
      return "";
    }),
  );
  let marker: string | undefined;
  const markerMatch = MARKER.exec(text);
  if (markerMatch) {
    marker = markerMatch[0].trim();
    text = stripTrailing(text.slice(0, markerMatch.index));
  }
  for (const pattern of [ROLE_AFTER_AS, ROLE_AFTER_VERB, ROLE_AFTER_COMMA]) {
    const role = pattern.exec(text);
    if (!role) continue;
    roles.push(stripTrailing(role[1] ?? role[2] ?? "").trim());
    text = stripTrailing(text.slice(0, role.index));
  }
  const name = text.replace(/\s+/g, " ").trim();
  return { name, roles, length: stripped.length, ...(marker ? { marker } : {}) };
}

/** Capitalised words, particles inside ("Ahmad bin Ali"), honours after commas ("Ho Kwok Wah, George, MH"). */
export function looksLikeEnglishName(name: string): boolean {
  if (!/^\p{Lu}/u.test(name) || WORDS_THAT_ARE_NOT_NAMES.test(name)) return false;
  const words = name.split(/[\s,]+/).filter((word) => word !== "");
  if (words.length > 8) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/**
 * "Lo Kin Pong, Hui Chun Yee" after one title is two names, not a name with its English given
 * name ("Chan Kam Wing, Clement") or a surname first ("Yim, Chi Hung Henry"): flagged, not guessed.
 */
function twoNamesInOne(name: string): boolean {
  const [first = 0, ...rest] = name.split(",").map((part) => part.trim().split(/\s+/).length);
  return first >= 2 && rest.some((words) => words >= 3);
}

function director(
  segment: NameSegment,
  start: number,
  end: number,
  clean: CleanName,
  titles: string[],
): DirectorFact {
  const fact: DirectorFact = {
    start,
    end,
    name: clean.name,
    gender: genderOf(...titles),
    category: segment.category,
    proposed: segment.proposed,
    roles: clean.roles,
  };
  if (titles.length > 0) fact.honorific = titles.join(" ");
  if (clean.marker) fact.roles.push(clean.marker);
  return fact;
}

/** "Messrs. Lam Ka Yu, Xia Li and Poon Chiu" — one title for several names, split on commas and "and". */
function severalNames(text: string, segment: NameSegment, from: number, to: number, titles: string[]) {
  const read = englishByComma(text, { ...segment, from, to }, false);
  for (const fact of read.directors) {
    fact.gender = genderOf(...titles);
    fact.honorific = titles.join(" ");
  }
  return read;
}

/** One title, one name — unless an untitled name follows after "and" ("Mr. Lee Ka Fai and Ho Man"). */
function titledName(
  text: string,
  segment: NameSegment,
  titleStart: number,
  from: number,
  to: number,
  titles: string[],
) {
  const read: NamesRead = { directors: [], unread: [] };
  const raw = text.slice(from, to);
  const untitled = /\s+(?:and|&)\s+(?=\p{Lu})/u.exec(stripTrailing(maskParentheses(raw)));
  const own = untitled ? raw.slice(0, untitled.index) : raw;
  const clean = cleanName(own);
  if (clean.name === "" || !/\p{L}/u.test(clean.name)) {
    read.unread.push({ start: titleStart, end: from + clean.length });
    return read;
  }
  read.directors.push(director(segment, titleStart, from + clean.length, clean, titles));
  if (!looksLikeEnglishName(clean.name) || twoNamesInOne(clean.name)) {
    read.unread.push({ start: from, end: from + clean.length });
  }
  if (untitled) {
    const rest = englishByComma(text, { ...segment, from: from + untitled.index, to }, false);
    read.directors.push(...rest.directors);
    read.unread.push(...rest.unread);
  }
  return read;
}

function englishByTitle(text: string, segment: NameSegment, hits: RegExpExecArray[]): NamesRead {
  const read: NamesRead = { directors: [], unread: [] };
  const first = hits[0]?.index ?? segment.to;
  if (first > segment.from) merge(read, englishByComma(text, { ...segment, to: first }, true));
  hits.forEach((hit, i) => {
    const nameStart = hit.index + hit[0].length;
    const nameEnd = hits[i + 1]?.index ?? segment.to;
    const titles = titlesOf(hit[0]);
    const part = titles.some((title) => title.toLowerCase() === "messrs")
      ? severalNames(text, segment, nameStart, nameEnd, titles)
      : titledName(text, segment, hit.index, nameStart, nameEnd, titles);
    merge(read, part);
  });
  return read;
}

const COMMA_LEAD_IN =
  /^.*\b(?:comprises|comprising|consists\s+of|consisting\s+of|includes?|including|are|is|namely|being)\b:?|^.*:/is;
const JUNK_WORD = new RegExp(
  `^(?:and|as|the|being|both|of|whom|namely|respectively|who|are|is|our|its|also|each|all|a|an|directors?|board|company|effective|upon|listing|${NUMBER_WORD_PATTERN}|\\d{1,2}|\\([^)]*\\))$`,
  "i",
);

function isJunk(piece: string): boolean {
  const words = piece.split(/\s+/).filter((word) => word !== "");
  return words.every((word) => JUNK_WORD.test(word)) || WORDS_THAT_ARE_NOT_NAMES.test(piece);
}

/**
 * Without titles the only separators are commas and "and". A lone capitalised word after a
 * comma ("Chan Kam Wing, Clement") or honours ("BBS", "J.P.") belong to the name before them.
 */
function englishByComma(text: string, segment: NameSegment, skipLeadIn: boolean): NamesRead {
  const read: NamesRead = { directors: [], unread: [] };
  const body = text.slice(segment.from, segment.to);
  const offset =
    segment.from + (skipLeadIn ? (COMMA_LEAD_IN.exec(maskParentheses(body))?.[0].length ?? 0) : 0);
  const original = text.slice(offset, segment.to);
  for (const range of ranges(maskParentheses(original), /[,;&]|\band\b/g)) {
    const part = original.slice(range.start, range.end);
    const at = offset + range.start + (part.length - part.replace(LEADING_JUNK, "").length);
    const clean = cleanName(part.replace(LEADING_JUNK, ""));
    if (clean.name === "" || isJunk(clean.name)) continue;
    const previous = read.directors[read.directors.length - 1];
    const afterComma = range.after === ",";
    if (
      previous &&
      (HONOURS_ONLY.test(clean.name) || (afterComma && /^\p{Lu}[\p{L}'-]*$/u.test(clean.name)))
    ) {
      previous.name = `${previous.name}, ${clean.name}`;
      previous.end = at + clean.length;
      continue;
    }
    if (looksLikeEnglishName(clean.name) && clean.name.includes(" ")) {
      read.directors.push(director(segment, at, at + clean.length, clean, []));
      // Six words without a title is more likely two names whose separator was lost.
      if (clean.name.split(/\s+/).length >= 6) read.unread.push({ start: at, end: at + clean.length });
    } else if (/\p{Lu}/u.test(clean.name)) {
      read.unread.push({ start: at, end: at + clean.length });
    }
  }
  return read;
}

/** The text with what is inside parentheses blanked out, so separators there do not split names. */
function maskParentheses(text: string): string {
  return text.replace(/[(（][^()（）]*[)）]/gu, (inside) => "_".repeat(inside.length));
}

/** The stretches between separators, each with the separator before it. */
function ranges(text: string, separator: RegExp): (Located & { after: string })[] {
  const found: (Located & { after: string })[] = [];
  let start = 0;
  let after = "";
  for (const match of text.matchAll(separator)) {
    found.push({ start, end: match.index, after });
    start = match.index + match[0].length;
    after = match[0];
  }
  found.push({ start, end: text.length, after });
  return found;
}

function merge(into: NamesRead, part: NamesRead): void {
  into.directors.push(...part.directors);
  into.unread.push(...part.unread);
}

/** Chinese characters outside parentheses ("Xu Sijia (徐思嘉)" is an English name). */
function writtenInChinese(body: string): boolean {
  return isHan(body.replace(PARENTHESIS, ""));
}

/** The directors named in the segment, all in its category, and what could not be read. */
export function parseNames(text: string, segment: NameSegment): NamesRead {
  const body = text.slice(segment.from, segment.to);
  if (writtenInChinese(body)) return chineseNames(text, segment);
  const hits = [...body.matchAll(ENGLISH_TITLE_RUN)].map((hit) => {
    hit.index += segment.from;
    return hit as RegExpExecArray;
  });
  if (hits.length > 0) return englishByTitle(text, segment, hits);
  return englishByComma(text, segment, true);
}
