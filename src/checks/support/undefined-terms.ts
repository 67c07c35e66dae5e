/**
 * `definitions` / `undefined`: a quoted term used the way the document uses its defined terms
 * (quoted once, then used bare) that the document never defines. Deliberately narrow: proper
 * names, capitalised words, titles, slogans and product names are quoted for other reasons, so
 * a term is reported only when it is quoted outside any parenthesis, looks like a defined term
 * (English Title Case of at most five words that is not a company name; Chinese of at most
 * twelve characters), and is used again WITHOUT quotes elsewhere.
 */
import type { Document } from "../../document/types.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { CITED_TITLE } from "../../facts/quoted-term.js";
import { baseTerm } from "../../facts/term-usage.js";
import type { DefinitionFact, Located } from "../../facts/types.js";
import type { RawFinding } from "../types.js";
import { bareUses } from "./bare-uses.js";

/** "capitalised terms … shall have the same meanings as those defined in the prospectus". */
const DEFINED_ELSEWHERE =
  /have\s+the\s+(?:same\s+)?meanings?\s+(?:as\s+(?:those\s+)?)?(?:ascribed|defined|given|set\s+out)|所界定者具有相同涵義|具有相同涵義/i;
const QUOTED = /["「]([^"「」\n]{2,60})["」]/g;
const TITLE_CASE =
  /^(?:[A-Z0-9][\p{L}\p{N}'&.-]*)(?:\s+(?:[A-Z0-9][\p{L}\p{N}'&.-]*|of|and|the|for|in|on|to))*$/u;
const COMPANY_NAME =
  /\b(?:Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|LLC|L\.?P\.|GmbH|AG|S\.A\.)$/i;
const ALL_CAPS_PHRASE = /^[^\p{Ll}]+\s[^\p{Ll}]+$/u;
const CHINESE_TERM = /^\p{Script=Han}[\p{Script=Han}\p{L}\p{N}]{0,11}$/u;
const CHINESE_COMPANY = /(?:有限公司|有限責任公司|股份公司|集團|銀行)$/;
/** `「風險因素」一節`, `「A」及「B」各節`: cited sections, not terms. */
const CHINESE_CITATION =
  /^(?:(?:及|、|和|與)「[^」\n]{1,40}」)*(?:一節|各節|兩節|一段|一文|一章|部分|章節|項下)/;
/**
 * `"Class A" shares`, `the "Seaview" trains`: a quoted word before a plural noun names a kind of
 * thing; a defined term stands on its own.
 */
const MODIFIES_NOUN =
  /^\s+(?!(?:is|was|has|as|this|thus|does|its|his|hers|always|perhaps|unless|whereas)\b)[a-z]{2,}s\b/;
/** `"Committee" means …`: a definition in the style of terms of reference. */
const MEANS = /^\s*(?:means|shall\s+mean|refers\s+to|has\s+the\s+meaning|指)/i;
const OPEN_BEFORE = /\([^()]*$/;

function looksLikeDefinedTerm(raw: string): boolean {
  if (/\p{Script=Han}/u.test(raw)) {
    // PDF extraction may space out every character: "寶 訊 科 技 有 限 公 司".
    const term = raw.replace(/\s+/g, "");
    return CHINESE_TERM.test(term) && !CHINESE_COMPANY.test(term);
  }
  const term = raw;
  if (!TITLE_CASE.test(term) || term.split(/\s+/).length > 5) return false;
  return !COMPANY_NAME.test(term) && !ALL_CAPS_PHRASE.test(term);
}

/** Every defined term and alternative, lower-cased, for a lookup that forgives case and plurals. */
function definedKeys(definitions: readonly DefinitionFact[]): Set<string> {
  return new Set(
    definitions
      .flatMap((definition) => [definition.term, ...(definition.aliases ?? [])])
      .map((name) => baseTerm(name).toLowerCase()),
  );
}

function isDefined(term: string, known: ReadonlySet<string>): boolean {
  const key = baseTerm(term).toLowerCase();
  return [key, key.replace(/e?s$/, ""), `${key}s`].some((candidate) => known.has(candidate));
}

/** Where the quoted text is a citation, a parenthesised aside or a "means" definition. */
function quotedForAnotherReason(text: string, quote: Located, term: string): boolean {
  const before = text.slice(Math.max(0, quote.start - 100), quote.start);
  const after = text.slice(quote.end, quote.end + 60);
  if (CITED_TITLE.test(before.slice(-24)) || OPEN_BEFORE.test(before) || MEANS.test(after)) return true;
  if (/\p{Script=Han}/u.test(term)) return CHINESE_CITATION.test(after);
  return MODIFIES_NOUN.test(after);
}

function insideDefinition(quote: Located, definitions: readonly DefinitionFact[]): boolean {
  return definitions.some(({ entry }) => quote.start >= entry.start && quote.start < entry.end);
}

/**
 * A line that opens with a quoted term is a glossary entry, whether or not a heading was found.
 * Walks back over white space only, so a long line quoted many times is not rescanned each time.
 */
function opensLine(document: Document, quote: Located): boolean {
  const original = document.original;
  for (let at = document.toOriginal(quote.start) - 1; at >= 0; at--) {
    const char = original[at] ?? "";
    if (char === "\n") return true;
    if (!/\s/.test(char)) return false;
  }
  return true;
}

/** "Individual Champions Product": the words go on into a longer Title Case name. */
function partOfLongerName(text: string, at: number, term: string): boolean {
  if (/\p{Script=Han}/u.test(term)) return false;
  return /^(?:e?s)?[ \t]+[A-Z]/.test(text.slice(at + term.length, at + term.length + 6));
}

export function undefinedTerms(document: Document): RawFinding[] {
  const text = document.normalised;
  if (DEFINED_ELSEWHERE.test(text)) return [];
  const definitions = extractFacts(document).definitions;
  const known = definedKeys(definitions);
  const candidates: { term: string; quote: Located }[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const term = (match[1] ?? "").trim();
    const quote = { start: match.index, end: match.index + match[0].length };
    if (!looksLikeDefinedTerm(term)) continue;
    if (insideDefinition(quote, definitions) || opensLine(document, quote)) continue;
    if (quotedForAnotherReason(text, quote, term) || isDefined(term, known)) continue;
    candidates.push({ term, quote });
  }
  // All the candidates' bare uses in one pass over the text, not one search per quotation.
  const uses = bareUses(text, new Set(candidates.map((candidate) => candidate.term)));
  const reported = new Set<string>();
  const findings: RawFinding[] = [];
  for (const { term, quote } of candidates) {
    if (reported.has(term)) continue;
    const bare = (uses.get(term) ?? []).filter((at) => !partOfLongerName(text, at, term));
    // A term used bare before it is quoted is not introduced by the quotation.
    if (bare.some((at) => at < quote.start)) continue;
    // Used again without quotes around it (a use inside this quotation does not count).
    if (!bare.some((at) => at >= quote.end)) continue;
    reported.add(term);
    findings.push({ kind: "missing", start: quote.start, end: quote.end, data: { term } });
  }
  return findings;
}
