/**
 * What a definition defines, as a bag of content words, so that two definitions of one term can
 * be told apart: the same thing defined twice (a legend repeated on the cover and in the body, a
 * company defined in a table and again in its notes, a glossary entry and the financial
 * statements' own definition) is not a drafting slip; one term for two things is.
 *
 * An inline definition describes what precedes its parenthesis, back to the previous parenthesis
 * or sentence break; a glossary entry describes what follows its term. Tables and long reports
 * scramble that text, so the comparison leans to "the same thing": only definitions whose words
 * share nothing are different. Two glossary entries are never the same thing: a glossary lists a
 * term once.
 */
import type { DefinitionFact } from "./types.js";

const FILLER = new Set(
  (
    "the a an of as by in to from time amended dated issued and or its it is are be which who that this " +
    "these those with for on at under such any each all their his her our we collectively together " +
    "limited ltd co inc corp corporation company plc llc january february march april may june july " +
    "august september october november december"
  ).split(" "),
);

/** Words of the inline description kept for comparison. */
const INLINE_WORDS = 10;
/** Words of a glossary meaning kept for comparison. */
const GLOSSARY_WORDS = 24;
/** Characters of text read before an inline definition. */
const LOOK_BACK = 200;
/** Chinese characters read before an inline definition. */
const HAN_LOOK_BACK = 12;

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{Script=Latin}\p{N}]+/gu;

/** Content words, and Chinese character pairs, of a stretch of text. */
function contentWords(text: string, limit: number): Set<string> {
  const words = (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 1 && !FILLER.has(word));
  const kept = new Set(words.slice(-limit));
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) kept.add(run.slice(i, i + 2));
  }
  return kept;
}

/** The text an inline definition describes: back to the previous parenthesis or sentence break. */
function inlineDescription(text: string, definition: DefinitionFact): string {
  let before = text.slice(Math.max(0, definition.entry.start - LOOK_BACK), definition.entry.start).trimEnd();
  // A parenthesis right before ("Qingdao Guanlan Co., Ltd. (青島觀瀾有限公司) (the "X")") is part
  // of the description; strip such parentheses innermost first.
  for (let previous = ""; previous !== before; ) {
    previous = before;
    before = before.replace(/\([^()]*\)\s*$/, "").trimEnd();
  }
  const breaks = [
    before.lastIndexOf(")"),
    before.lastIndexOf(". "),
    before.lastIndexOf("。"),
    before.lastIndexOf(";"),
  ];
  const described = before.slice(Math.max(...breaks) + 1);
  const han = described.match(/\p{Script=Han}[\p{Script=Han}\s]*$/u)?.[0];
  if (!han) return described;
  // "有限公司" ends most company names and tells none apart.
  return han
    .replace(/\s+/g, "")
    .replace(/(?:股份)?有限(?:責任)?公司$/, "")
    .slice(-HAN_LOOK_BACK);
}

export function referentWords(text: string, definition: DefinitionFact): Set<string> {
  if (definition.source === "glossary") {
    return contentWords(text.slice(definition.end, definition.entry.end), GLOSSARY_WORDS);
  }
  return contentWords(inlineDescription(text, definition), INLINE_WORDS);
}

/**
 * True when two definitions of one term may define the same thing: their descriptions share a
 * content word, or one of them has no description to compare (a term in a table cell).
 */
export function sameReferent(text: string, a: DefinitionFact, b: DefinitionFact): boolean {
  // One glossary listing a term twice is a slip whatever the two entries say.
  if (a.source === "glossary" && b.source === "glossary") return false;
  const first = referentWords(text, a);
  const second = referentWords(text, b);
  if (first.size === 0 || second.size === 0) return true;
  for (const word of first) if (second.has(word)) return true;
  return false;
}
