/**
 * A glossary set as a Word table: the term in the first column (quoted or not, often bold), the
 * meaning in the last, sometimes "means" / 指 between them. The text reader sees only lines, so
 * an unquoted term or a meaning over many paragraphs lost the glossary; the Word reader records
 * each paragraph's cell, and the glossary is read by rows here.
 */
import type { Block, Document, TableCellPlace } from "../document/types.js";
import { entryDefinitions, glossaryHeadingEnds } from "./glossary.js";
import type { DefinitionFact } from "./types.js";

type Row = Map<number, Block[]>;

const QUOTED_SOURCE = String.raw`[“"「『]([^“”"「」『』\n]{1,80})[”"」』]`;
const QUOTED = new RegExp(QUOTED_SOURCE, "g");
const HAS_QUOTED = new RegExp(QUOTED_SOURCE);
/** An unquoted term: a short name, not a sentence. */
const MAX_TERM_WORDS = 8;
const MAX_TERM_LENGTH = 60;
const MEANS = /^\s*(?:means|shall\s+mean|refers\s+to|指)\s*:?\s*$/i;
/** How far a definitions heading may be above its table (an introductory sentence between). */
const HEADING_REACH = 400;

interface CellTerm {
  term: string;
  /** Original offset of the term. */
  start: number;
}

/** The terms a first-column cell defines: its quoted terms, or its whole text when unquoted. */
function termsOfCell(document: Document, blocks: readonly Block[]): CellTerm[] {
  const [block] = blocks;
  if (block === undefined || blocks.length > 1) return [];
  const text = document.original.slice(block.start, block.end);
  const quoted = [...text.matchAll(QUOTED)].map((match) => ({
    term: (match[1] ?? "").trim(),
    start: block.start + match.index + 1 + ((match[1] ?? "").length - (match[1] ?? "").trimStart().length),
  }));
  if (quoted.length > 0) return quoted.filter((found) => found.term !== "");
  const term = text.trim();
  const isName =
    term.length <= MAX_TERM_LENGTH &&
    term.split(/\s+/).length <= MAX_TERM_WORDS &&
    !/[.;:。；：]$/.test(term);
  return isName ? [{ term, start: block.start + text.indexOf(term) }] : [];
}

function tablesOf(blocks: readonly Block[]): Map<number, Map<number, Row>> {
  const tables = new Map<number, Map<number, Row>>();
  const place = (cell: TableCellPlace, block: Block) => {
    const rows = tables.get(cell.table) ?? new Map<number, Row>();
    tables.set(cell.table, rows);
    const row = rows.get(cell.row) ?? new Map<number, Block[]>();
    rows.set(cell.row, row);
    row.set(cell.column, [...(row.get(cell.column) ?? []), block]);
  };
  for (const block of blocks) if (block.cell) place(block.cell, block);
  return tables;
}

interface TableRowEntry {
  terms: CellTerm[];
  start: number;
  end: number;
  quoted: boolean;
  means: boolean;
}

function entryOf(document: Document, row: Row): TableRowEntry | undefined {
  const columns = [...row.keys()].sort((a, b) => a - b);
  const first = row.get(columns[0] ?? -1) ?? [];
  const last = row.get(columns[columns.length - 1] ?? -1) ?? [];
  if (columns.length < 2 || columns.length > 3 || last.length === 0) return undefined;
  const terms = termsOfCell(document, first);
  if (terms.length === 0) return undefined;
  const middle = columns.length === 3 ? (row.get(columns[1] ?? -1) ?? []) : [];
  const middleText = middle.map((block) => document.original.slice(block.start, block.end)).join(" ");
  return {
    terms,
    start: first[0]?.start ?? 0,
    end: last[last.length - 1]?.end ?? 0,
    quoted: HAS_QUOTED.test(document.original.slice(first[0]?.start ?? 0, first[0]?.end ?? 0)),
    means: MEANS.test(middleText),
  };
}

/**
 * A table is a glossary when nearly every row pairs a term with a meaning, and it says so: a
 * definitions heading just above it, quoted terms, or a "means" column.
 */
function isGlossary(entries: readonly TableRowEntry[], rowCount: number, underHeading: boolean): boolean {
  if (entries.length < 2 || entries.length < rowCount * 0.8) return false;
  const share = (test: (entry: TableRowEntry) => boolean) => entries.filter(test).length / entries.length;
  return underHeading || share((entry) => entry.quoted) >= 0.5 || share((entry) => entry.means) >= 0.5;
}

/** The definitions of every glossary table of a Word document (none for other formats). */
export function tableGlossaryDefinitions(document: Document): DefinitionFact[] {
  const tables = tablesOf(document.blocks);
  if (tables.size === 0) return [];
  const headingEnds = glossaryHeadingEnds(document.original);
  const found: DefinitionFact[] = [];
  for (const rows of tables.values()) {
    const entries = [...rows.values()].flatMap((row) => entryOf(document, row) ?? []);
    const tableStart = Math.min(...entries.map((entry) => entry.start));
    const underHeading = headingEnds.some((end) => end <= tableStart && tableStart - end <= HEADING_REACH);
    if (!isGlossary(entries, rows.size, underHeading)) continue;
    for (const entry of entries) found.push(...entryDefinitions(document, entry));
  }
  return found;
}
