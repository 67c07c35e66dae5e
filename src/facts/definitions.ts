/**
 * Defined terms: glossary entries (glossary.ts) and inline definitions (inline-definitions.ts),
 * in document order.
 */
import type { Document } from "../document/types.js";
import { glossaryDefinitions } from "./glossary.js";
import { inlineDefinitions } from "./inline-definitions.js";
import type { DefinitionFact } from "./types.js";

/**
 * A term spread over three or more lines of the original comes from a narrow table cell, where
 * extraction interleaves the neighbouring cells (「上海\n附註\n楹伽」 mixes in a "Note" column):
 * its text is not the term the document defines.
 */
function interleaved(document: Document, definition: DefinitionFact): boolean {
  const from = document.toOriginal(definition.start);
  const to = document.toOriginal(definition.end);
  return (document.original.slice(from, to).match(/\n/g)?.length ?? 0) >= 2;
}

/** Every definition, in document order. */
export function extractDefinitions(document: Document): DefinitionFact[] {
  const all = [...glossaryDefinitions(document), ...inlineDefinitions(document.normalised)];
  return all.filter((definition) => !interleaved(document, definition)).sort((a, b) => a.start - b.start);
}
