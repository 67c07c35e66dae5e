/**
 * Defined terms: glossary entries (glossary.ts, and table-glossary.ts for a glossary set as a
 * Word table) and inline definitions (inline-definitions.ts), in document order.
 */
import type { Document } from "../document/types.js";
import { glossaryDefinitions } from "./glossary.js";
import { inlineDefinitions } from "./inline-definitions.js";
import { paragraphsOf, readByParagraph } from "./paragraph-facts.js";
import { tableGlossaryDefinitions } from "./table-glossary.js";
import { isUsed } from "./term-usage.js";
import type { DefinitionFact } from "./types.js";

/**
 * A term spread over three or more lines of the original comes from a narrow table cell, where
 * extraction interleaves the neighbouring cells (「上海\n附註\n楹伽」 mixes in a "Note" column):
 * its text is not the term the document defines. So is, usually, a Chinese term over two lines.
 */
function interleaved(document: Document, definition: DefinitionFact): boolean {
  const from = document.toOriginal(definition.start);
  const to = document.toOriginal(definition.end);
  const original = document.original.slice(from, to);
  // A blank line between two lines of a term is one break (PDF text separates its lines so).
  const breaks = original.match(/\n+/g)?.length ?? 0;
  if (breaks >= 2) return true;
  if (breaks === 0 || !/\p{Script=Han}/u.test(original)) return false;
  // A Chinese term over a line break that the text never uses again is two cells run together
  // (「中信證 券有限公司\n券國際」, 「上海附註\n楹伽」); a real term wrapped there is used.
  return !isUsed(document.normalised, definition.term, [definition.entry]);
}

/** A term has a letter or a character: `("-" for losses)` in a financial statement defines none. */
const NAMES_SOMETHING = /[\p{L}\p{N}]/u;
/** A share count ("7,055,560") inside the quotes: table cells run together, not a term. */
const HOLDS_A_COUNT = /\d{1,3}(?:,\d{3})+/;

/**
 * Every definition, in document order. `inline`: the inline definitions, read paragraph by
 * paragraph (extract-facts.ts passes those it read with the document's memo).
 */
export function extractDefinitions(
  document: Document,
  inline: readonly DefinitionFact[] = readByParagraph(paragraphsOf(document), inlineDefinitions),
): DefinitionFact[] {
  const fromText = glossaryDefinitions(document);
  // A term read from the text and again from its table cell is one definition.
  const read = new Set(fromText.map((definition) => definition.start));
  const fromTables = tableGlossaryDefinitions(document).filter((definition) => !read.has(definition.start));
  const all = [...fromText, ...fromTables, ...inline];
  return all
    .filter(
      (definition) =>
        NAMES_SOMETHING.test(definition.term) &&
        !HOLDS_A_COUNT.test(definition.term) &&
        !interleaved(document, definition),
    )
    .sort((a, b) => a.start - b.start);
}
