/**
 * Where defined terms are used: exact uses (word-bounded, plural and "(s)" forms allowed), and
 * variant spellings that differ beyond letter case ("Phase 1b" for a defined "Phase Ib").
 */
import { foldedWithout, looseFold } from "./loose-fold.js";
import { compileTerm, type Piece, type TermPattern, termMatches } from "./term-pattern.js";
import type { DefinitionFact, Located } from "./types.js";

const HAN = /\p{Script=Han}/u;

/** "Director(s)" and "Party(ies)" are defined once for both numbers. */
export function baseTerm(term: string): string {
  return term.replace(/\s*\((?:s|es|ies)\)$/, "").trim();
}

function literal(text: string): Piece[] {
  return text === "" ? [] : [{ kind: "literal", text }];
}

/** Plural endings: "Directors", "Purchases", "Director(s)". */
const PLURAL: Piece = {
  kind: "either",
  options: [literal("s"), literal("es"), literal("(s)"), []],
};

/**
 * A Latin term is a word of its own; Chinese characters around it are a boundary ("IND申請").
 * A Chinese term matches anywhere.
 */
function usePattern(term: string, ignoreCase: boolean): TermPattern {
  const han = HAN.test(term);
  const written = baseTerm(term);
  // "Independent Third Party" is used as "Independent Third Parties".
  const endsInY = /[^aeiou]y$/i.test(written);
  const stem = endsInY ? written.slice(0, -1) : written;
  // A hyphen of the term may have been lost at a line end of the text ("Overallotment").
  const parts = han ? [stem] : stem.split("-");
  const pieces = parts.flatMap((part, index): Piece[] => [
    ...(index > 0 ? [{ kind: "gap", spaces: false } as const] : []),
    ...literal(part),
  ]);
  if (endsInY) pieces.push({ kind: "either", options: [literal("y"), literal("ie")] });
  if (han) return { pieces, wordStart: false, ignoreCase };
  return { pieces: [...pieces, PLURAL, { kind: "wordEnd" }], wordStart: true, ignoreCase };
}

function inside(at: number, spans: readonly Located[]): boolean {
  return spans.some((span) => at >= span.start && at < span.end);
}

/** The uses of a term as `usesOf` finds them, one at a time. */
function* uses(text: string, term: string, except: readonly Located[], ignoreCase: boolean) {
  for (const match of termMatches(text, usePattern(term, ignoreCase))) {
    if (!inside(match.index, except)) yield { start: match.index, end: match.index + match.text.length };
  }
}

/**
 * Uses of the term outside the given spans (its own definition entries). `ignoreCase` accepts
 * "Regenerative Medicine Advanced Therapy" for a defined "regenerative medicine advanced therapy".
 */
export function usesOf(
  text: string,
  term: string,
  except: readonly Located[],
  { ignoreCase = false }: { ignoreCase?: boolean } = {},
): Located[] {
  return [...uses(text, term, except, ignoreCase)];
}

/** True when `usesOf` would find a use; stops at the first. */
export function isUsed(
  text: string,
  term: string,
  except: readonly Located[],
  { ignoreCase = false }: { ignoreCase?: boolean } = {},
): boolean {
  return !uses(text, term, except, ignoreCase).next().done;
}

const ROMAN: Record<string, string> = { i: "1", ii: "2", iii: "3", iv: "4", v: "5", vi: "6" };
const ARABIC: Record<string, string> = Object.fromEntries(Object.entries(ROMAN).map(([r, a]) => [a, r]));

/** The spellings of one word of a term: itself, and the roman/arabic twin ("Ib" ↔ "1b"). */
function spellings(word: string): string[] {
  const options = [word];
  const roman = /^(i{1,3}|iv|vi?)([a-z]?)$/i.exec(word);
  const arabic = /^([1-6])([a-z]?)$/i.exec(word);
  if (roman) options.push(`${ROMAN[(roman[1] ?? "").toLowerCase()]}${roman[2] ?? ""}`);
  if (arabic) options.push(`${(ARABIC[arabic[1] ?? ""] ?? "").toUpperCase()}${arabic[2] ?? ""}`);
  return options;
}

/** One word of a variant: any of its spellings. */
function wordPieces(word: string): Piece[] {
  const options = spellings(word);
  return options.length === 1 ? literal(word) : [{ kind: "either", options: options.map(literal) }];
}

/**
 * Two spellings that differ only in hyphens and spaces: what text extraction does to a term at a
 * line end ("Backto-back", "Overallotment" for "Back-to-back", "Over-allotment"), a space after a
 * full stop ("No.15"), or a house style ("H-Share holders" for "H Share"). Not worth a finding.
 */
export function sameSpelling(a: string, b: string): boolean {
  return extractionFold(a) === extractionFold(b);
}

function extractionFold(term: string): string {
  return term.toLowerCase().replace(/[-\s]+/g, "");
}

/**
 * Spellings of the term that differ beyond letter case: spacing, hyphens, roman vs arabic
 * numerals. Differences that text extraction makes (see `sameSpelling`) are not variants.
 */
export function variantsOf(text: string, definition: DefinitionFact, except: readonly Located[]): Located[] {
  const term = baseTerm(definition.term);
  const words = term.split(/[\s-]+/).filter((word) => word !== "");
  if (HAN.test(term) || words.length === 0 || term.length < 3) return [];
  const pieces = words.flatMap((word, index): Piece[] => [
    ...(index > 0 ? [{ kind: "gap", spaces: true } as const] : []),
    ...wordPieces(word),
  ]);
  const pattern: TermPattern = {
    pieces: [...pieces, { kind: "wordEnd" }],
    wordStart: true,
    ignoreCase: true,
  };
  const found: Located[] = [];
  for (const match of termMatches(text, pattern)) {
    if (inside(match.index, except)) continue;
    if (sameSpelling(match.text, term)) continue;
    found.push({ start: match.index, end: match.index + match.text.length });
  }
  return found;
}

/**
 * Other forms in which a defined term is used: a plural term in the singular ("HKASs" used as
 * "HKAS"), and an abbreviation whose footnote mark extraction glued on ("CNR1" for "CNR" with a
 * superscript 1).
 */
export function looseForms(term: string): string[] {
  const forms: string[] = [];
  // "HKASs" used as "HKAS", "discount on acquisitions" as "discount on acquisition".
  const plural = /^(.*[A-Za-z]{2}[^s\s])s$/.exec(term);
  if (plural?.[1]) forms.push(plural[1]);
  const footnote = /^([A-Z]{2,}) ?\d$/.exec(term);
  if (footnote?.[1]) forms.push(footnote[1]);
  return forms;
}

/**
 * True when the term is used once extraction damage is ignored on both sides, outside the
 * given spans: a term whose own hyphen was lost ("Back-toback TRS") is still used as
 * "Back-to-back TRS", and "VolP" as "VoIP". A slower fallback for terms `usesOf` finds unused.
 */
export function usedLoosely(text: string, term: string, except: readonly Located[]): boolean {
  const folded = looseFold(baseTerm(term));
  if (folded === "" || HAN.test(folded)) return false;
  return compileTerm(usePattern(folded, false)).test(foldedWithout(text, except));
}
