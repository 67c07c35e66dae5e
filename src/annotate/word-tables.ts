/**
 * Tables as disclint's .docx reader (mammoth) reads them: rows marked deleted are skipped, and
 * cells continuing a vertical merge are dropped with whatever text they hold.
 */
import { elementChildren, firstChildNamed, type XmlElement } from "./xml-dom.js";

/** The rows (or cells) of a table (or row), looking through content controls and custom XML. */
export function rowsOrCells(element: XmlElement, w: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of elementChildren(element)) {
    if (child.namespaceURI !== w) continue;
    if (child.localName === "sdt") {
      const content = firstChildNamed(child, w, "sdtContent");
      if (content) out.push(...rowsOrCells(content, w));
    } else if (child.localName === "customXml") out.push(...rowsOrCells(child, w));
    else out.push(child);
  }
  return out;
}

/**
 * Cells continuing a vertical merge, which the reader drops (with their text), unless the table
 * holds something other than rows and cells (a bookmark), in which case it keeps them all.
 */
export function mergedContinuationCells(table: XmlElement, w: string): Set<XmlElement> {
  const rows: XmlElement[][] = [];
  for (const row of rowsOrCells(table, w)) {
    if (isBookmarkStart(row, w)) return new Set();
    if (row.localName !== "tr") continue;
    const properties = firstChildNamed(row, w, "trPr");
    if (properties && firstChildNamed(properties, w, "del")) continue;
    const cells: XmlElement[] = [];
    for (const cell of rowsOrCells(row, w)) {
      if (isBookmarkStart(cell, w)) return new Set();
      if (cell.localName === "tc") cells.push(cell);
    }
    rows.push(cells);
  }
  const dropped = new Set<XmlElement>();
  const started = new Set<number>();
  for (const cells of rows) {
    let column = 0;
    for (const cell of cells) {
      const properties = firstChildNamed(cell, w, "tcPr");
      const merge = properties && firstChildNamed(properties, w, "vMerge");
      const value = merge?.getAttributeNS(w, "val");
      const continues = merge !== undefined && (value === "continue" || !value);
      if (continues && started.has(column)) dropped.add(cell);
      else started.add(column);
      const gridSpan = properties && firstChildNamed(properties, w, "gridSpan");
      const width = Number.parseInt(gridSpan?.getAttributeNS(w, "val") ?? "", 10);
      column += Number.isFinite(width) ? width : 1;
    }
  }
  return dropped;
}

function isBookmarkStart(element: XmlElement, w: string): boolean {
  return element.localName === "bookmarkStart" && element.getAttributeNS(w, "name") !== "_GoBack";
}
