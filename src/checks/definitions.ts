/**
 * `definitions`: defined terms that are never used, terms used as defined terms but never
 * defined (undefined-terms.ts), terms defined twice, and defined terms used under a variant
 * spelling. Extraction may truncate or duplicate glossary lines and excerpts may lose the
 * uses, so the findings lean to silence: a term counts as used in any letter case, under any
 * of its alternatives, under a variant spelling or with a hyphen lost; a term defined inside the
 * HKEX disclaimer is boilerplate; a term defined again for the same thing (a repeated legend, a
 * report's own glossary) is not a duplicate (definition-referent.ts).
 */
import type { Document } from "../document/types.js";
import { sameReferent } from "../facts/definition-referent.js";
import { documentParts } from "../facts/document-parts.js";
import { extractFacts } from "../facts/extract-facts.js";
import { baseTerm, isUsed, looseForms, usedLoosely, variantsOf } from "../facts/term-usage.js";
import type { DefinitionFact, Located } from "../facts/types.js";
import { requirementKind } from "./support/requirement-kind.js";
import { undefinedTerms } from "./support/undefined-terms.js";
import type { KindDocs, RawFinding } from "./types.js";

export type DefinitionsRequirement = "unused" | "undefined" | "duplicate" | "variant";

export interface DefinitionsOptions {
  require: DefinitionsRequirement;
}

/** Complete definitions grouped by term; truncated glossary terms are handled by `duplicate`. */
function byTerm(definitions: readonly DefinitionFact[]): Map<string, DefinitionFact[]> {
  const groups = new Map<string, DefinitionFact[]>();
  for (const definition of definitions) {
    if (definition.truncated) continue;
    const key = baseTerm(definition.term);
    groups.set(key, [...(groups.get(key) ?? []), definition]);
  }
  return groups;
}

function finding(
  kind: RawFinding["kind"],
  at: Located,
  term: string,
  extra: Partial<RawFinding> = {},
): RawFinding {
  return { kind, start: at.start, end: at.end, data: { term }, ...extra };
}

/** Prescribed statements (the HKEX disclaimer, the GEM responsibility statement) define terms by rote. */
const PRESCRIBED =
  /take\s+no\s+responsibility\s+for\s+the\s+contents|collectively\s+and\s+individually\s+accept\s+full\s+responsibility|內容概不負責|共同及個別地(?:願意)?承擔全部責任/i;

/** The sentence around an offset (bounded, so a text without full stops stays cheap). */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  const start = from + Math.max(before.lastIndexOf(". "), before.lastIndexOf("。")) + 1;
  const after = text.slice(at, at + 400);
  const stops = [after.indexOf(". "), after.indexOf("。")].filter((index) => index >= 0);
  return text.slice(start, at + (stops.length > 0 ? Math.min(...stops) : after.length));
}

function unused(document: Document): RawFinding[] {
  const text = document.normalised;
  const facts = extractFacts(document);
  // A text that never reaches its sign-off (signature or board paragraph) is an excerpt: the
  // uses may be in the part that is missing.
  if (!facts.signature && !facts.board) return [];
  const findings: RawFinding[] = [];
  for (const [term, definitions] of byTerm(facts.definitions)) {
    const first = definitions[0];
    if (!first || PRESCRIBED.test(sentenceAround(text, first.start))) continue;
    const entries = definitions.map((definition) => definition.entry);
    const given = [term, ...definitions.flatMap((definition) => definition.aliases ?? [])];
    const names = [...given, ...given.flatMap(looseForms)];
    if (names.some((name) => isUsed(text, name, entries, { ignoreCase: true }))) continue;
    // Used under another spelling: `variant` reports that.
    if (variantsOf(text, first, entries).length > 0) continue;
    if (names.some((name) => usedLoosely(text, name, entries))) continue;
    findings.push(finding("inconsistent", first, term));
  }
  return findings;
}

/** A glossary term that lost its closing quote, and the complete term it begins. */
function truncatedDuplicates(definitions: readonly DefinitionFact[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const cut of definitions.filter((definition) => definition.truncated)) {
    const whole = definitions.find(
      (definition) =>
        !definition.truncated &&
        definition.source === "glossary" &&
        definition.term.length >= cut.term.length &&
        definition.term.startsWith(cut.term),
    );
    if (!whole) continue;
    const [first, second] = cut.start < whole.start ? [cut, whole] : [whole, cut];
    findings.push(
      finding("inconsistent", second, whole.term, {
        related: [{ start: first.start, end: first.end, message: "first definition" }],
      }),
    );
  }
  return findings;
}

/** Shortest original line read as running text; shorter lines around an inline definition are cells. */
const PROSE_LINE = 40;

/**
 * An inline definition in a table cell: tables of placees and shareholders define the same
 * company in each table, and extraction scrambles the cells, so its description cannot be read.
 */
function inTableCell(document: Document, definition: DefinitionFact): boolean {
  if (definition.source !== "inline") return false;
  const original = document.original;
  const at = document.toOriginal(definition.start);
  const lineStart = original.lastIndexOf("\n", at) + 1;
  const lineEnd = original.indexOf("\n", at);
  const line = original.slice(lineStart, lineEnd < 0 ? original.length : lineEnd);
  // A Chinese character is as wide as two Latin ones.
  const width = line.trim().length + (line.match(/\p{Script=Han}/gu)?.length ?? 0);
  return width < PROSE_LINE;
}

function duplicate(document: Document): RawFinding[] {
  const text = document.normalised;
  const definitions = extractFacts(document).definitions;
  const parts = documentParts(document);
  const findings: RawFinding[] = [];
  for (const [term, group] of byTerm(definitions)) {
    const [first, ...others] = group;
    if (!first) continue;
    for (const other of others) {
      // An appendix (an expert's report) defines its own terms.
      if (parts.partAt(first.start) !== parts.partAt(other.start)) continue;
      if (inTableCell(document, first) || inTableCell(document, other)) continue;
      if (sameReferent(text, first, other)) continue;
      const related = [{ start: first.start, end: first.end, message: "first definition" }];
      findings.push(finding("inconsistent", other, term, { related }));
    }
  }
  return [...findings, ...truncatedDuplicates(definitions)].sort((a, b) => a.start - b.start);
}

function variant(document: Document): RawFinding[] {
  const text = document.normalised;
  const definitions = extractFacts(document).definitions;
  const entries = definitions.map((definition) => definition.entry);
  const terms = new Set(definitions.map((definition) => baseTerm(definition.term).toLowerCase()));
  const findings: RawFinding[] = [];
  for (const [term, group] of byTerm(definitions)) {
    const first = group[0];
    if (!first) continue;
    for (const at of variantsOf(text, first, entries)) {
      const used = text.slice(at.start, at.end);
      // A spelling that is itself a defined term is not a variant.
      if (terms.has(used.toLowerCase())) continue;
      findings.push({
        kind: "inconsistent",
        start: at.start,
        end: at.end,
        actual: used,
        data: { term, used },
        suggestion: { start: at.start, end: at.end, text: term },
        related: [{ start: first.start, end: first.end, message: "the definition" }],
      });
    }
  }
  return findings;
}

const RUNNERS: Record<DefinitionsRequirement, (document: Document) => RawFinding[]> = {
  unused,
  undefined: undefinedTerms,
  duplicate,
  variant,
};

const PLACEHOLDERS = ["term", "used", "actual"];

const DOCS: KindDocs = {
  summary: "defined terms, used as defined",
  example: `check:
  kind: definitions
  require: unused   # unused | undefined | duplicate | variant
`,
  details: `Definitions are read once per document: inline ('(the "Placing Agreement")', 「（「配售協議」）」)
and from a glossary. The findings lean to silence, since extraction may truncate or repeat
glossary lines and excerpts may lose the uses: a term counts as used in any letter case, under
any of its alternatives, under a variant spelling or with a hyphen lost; a term defined inside
the HKEX disclaimer is boilerplate; a term defined again for the same thing is not a duplicate.

- \`unused\` → \`inconsistent\` at a definition whose term is never used; \`{{term}}\`.
- \`undefined\` → \`missing\` at a quoted, capitalised term used as a defined term but never
  defined; \`{{term}}\`.
- \`duplicate\` → \`inconsistent\` at a second definition of a term for something else; \`{{term}}\`.
- \`variant\` → \`inconsistent\` where a defined term is spelt otherwise than defined, with the
  defined spelling as a suggestion; \`{{term}}\`, \`{{used}}\`.
`,
};

export const definitions = requirementKind({
  name: "definitions",
  runners: RUNNERS,
  placeholders: PLACEHOLDERS,
  docs: DOCS,
});
