/**
 * The paragraphs of a Word part as disclint's .docx reader sees them, each with the XML element
 * every character came from. The walk mirrors mammoth's body reader (node_modules/mammoth/lib/
 * docx/body-reader.js) and src/document/read-docx.ts element by element, because a finding's
 * offsets are offsets in *that* text:
 *
 * - read: w:t, w:tab ("\t"), w:br (line "\n"; page or column " "), w:noBreakHyphen (U+2011),
 *   w:softHyphen (U+00AD), w:sym (a character we cannot know here: marked uncertain);
 * - walked into: runs, hyperlinks, insertions, moves-to, smart tags, custom XML, content
 *   controls, objects, shapes, the fallback of mc:AlternateContent, tables (rows marked deleted
 *   are skipped; vertically merged continuation cells are dropped);
 * - ignored with everything inside: deletions, moves-from, simple fields (w:fldSimple), field
 *   instructions, and every element mammoth does not know (w:ruby, w:dir, math, …);
 * - a paragraph whose mark is deleted is joined to the next paragraph;
 * - text boxes (w:pict) become paragraphs of their own right after the paragraph holding them;
 * - blank paragraphs are dropped; footnotes and endnotes follow the body, in the order the body
 *   cites them.
 */
import { MC, VML, W14 } from "./word-namespaces.js";
import { mergedContinuationCells, rowsOrCells } from "./word-tables.js";
import { elementChildren, firstChildNamed, isElement, type XmlElement, type XmlNode } from "./xml-dom.js";

export interface TextPiece {
  text: string;
  /** The element the text comes from (w:t, w:tab, w:br, w:sym, w:softHyphen, w:noBreakHyphen). */
  leaf: XmlElement;
  /** Inside a text box or shape: a comment cannot sit there, so it goes on the host paragraph. */
  boxed: boolean;
  /** The reader's text for this element is not known here (w:sym); neighbours still map exactly. */
  uncertain: boolean;
}

export interface WordParagraph {
  /** The package part holding it (word/document.xml, word/footnotes.xml, …). */
  part: string;
  /** The first and last w:p a comment on the whole paragraph spans (the host's, for a text box). */
  first: XmlElement;
  last: XmlElement;
  pieces: TextPiece[];
  text: string;
  /** Footnote and endnote references, in reading order. */
  noteReferences: NoteReference[];
  /** For a paragraph of a footnote or endnote: the reference to it in the body it was read from. */
  citedBy?: NoteReference;
}

export interface NoteReference {
  kind: "footnote" | "endnote";
  id: string;
  /** The w:footnoteReference or w:endnoteReference element, and the part holding it. */
  element: XmlElement;
  part: string;
  /** The reference sits in a text box: a comment goes on the box's paragraph instead. */
  boxed: boolean;
  /** The block-level paragraph holding the reference (the text box's host, when boxed). */
  paragraph: XmlElement | undefined;
}

interface Context {
  /** Where text goes; null at block level (text outside paragraphs is dropped, as the reader does). */
  pieces: TextPiece[] | null;
  notes: NoteReference[];
  /** Where paragraphs go: the block-level list, or the extras after a text box's host. */
  paragraphs: WordParagraph[];
  extras: WordParagraph[];
  boxed: boolean;
  host: XmlElement | undefined;
  /** Inside a check-box content control: the reader replaces its first text with the box. */
  checkbox: { pending: boolean } | undefined;
}

/** Reads the block-level content of a body, footnote or endnote, as the reader would. */
export class ParagraphWalker {
  private deleted: { elements: XmlElement[] } = { elements: [] };

  constructor(
    private readonly part: string,
    private readonly w: string,
  ) {}

  readBlocks(container: XmlNode): WordParagraph[] {
    const paragraphs: WordParagraph[] = [];
    const context: Context = {
      pieces: null,
      notes: [],
      paragraphs,
      extras: [],
      boxed: false,
      host: undefined,
      checkbox: undefined,
    };
    this.readChildren(container, context);
    return paragraphs;
  }

  private readChildren(node: XmlNode, context: Context): void {
    for (const child of elementChildren(node)) this.read(child, context);
  }

  private read(element: XmlElement, context: Context): void {
    const ns = element.namespaceURI;
    const name = element.localName ?? "";
    if (ns === this.w) this.readWord(element, name, context);
    else if (ns === VML && VML_CONTAINERS.has(name)) this.readChildren(element, context);
    else if (ns === MC && name === "AlternateContent") {
      const fallback = firstChildNamed(element, MC, "Fallback");
      if (fallback) this.readChildren(fallback, context);
    }
  }

  private readWord(element: XmlElement, name: string, context: Context): void {
    const leaf = LEAF_TEXT.get(name);
    if (WORD_CONTAINERS.has(name)) this.readChildren(element, context);
    else if (name === "t") this.addText(element, element.textContent ?? "", context, true);
    else if (leaf) this.addText(element, leaf.text, context, leaf.isText);
    // The reader turns a symbol into a character through a font table we do not repeat here.
    else if (name === "sym") this.addText(element, "\uFFFC", context, true, true);
    else if (name === "br") this.readBreak(element, context);
    else if (name === "footnoteReference" || name === "endnoteReference") {
      const kind = name === "footnoteReference" ? "footnote" : "endnote";
      context.notes.push({
        kind,
        id: element.getAttributeNS(this.w, "id"),
        element,
        part: this.part,
        boxed: context.boxed,
        paragraph: context.host ?? this.enclosingParagraph(element),
      });
    } else if (name === "p") this.readParagraph(element, context);
    else if (name === "pict") this.readTextBoxes(element, context);
    else if (name === "sdt") this.readContentControl(element, context);
    else if (name === "tbl") this.readTable(element, context);
  }

  private readBreak(element: XmlElement, context: Context): void {
    const type = element.getAttributeNS(this.w, "type");
    if (!element.hasAttributeNS(this.w, "type") || type === "textWrapping")
      this.addText(element, "\n", context, false);
    else if (type === "page" || type === "column") this.addText(element, " ", context, false);
  }

  private addText(
    leaf: XmlElement,
    text: string,
    context: Context,
    isText: boolean,
    uncertain = false,
  ): void {
    if (context.pieces === null) return;
    if (isText && context.checkbox?.pending && text.length > 0) {
      context.checkbox.pending = false;
      return;
    }
    context.pieces.push({ text, leaf, boxed: context.boxed, uncertain });
  }

  private readParagraph(element: XmlElement, context: Context): void {
    const properties = firstChildNamed(element, this.w, "pPr");
    const markProperties = properties && firstChildNamed(properties, this.w, "rPr");
    if (markProperties && firstChildNamed(markProperties, this.w, "del")) {
      this.deleted.elements.push(element);
      return;
    }
    const joined = [...this.deleted.elements, element];
    this.deleted = { elements: [] };
    const host = context.host ?? element;
    const own: Context = {
      ...context,
      pieces: [],
      notes: [],
      extras: [],
      host: context.boxed ? host : undefined,
    };
    for (const part of joined) this.readChildren(part, own);
    const pieces = own.pieces ?? [];
    if (context.pieces !== null) {
      // A paragraph inside a run (an object's text box): the reader reads its text in line.
      context.pieces.push(...pieces, ...own.extras.flatMap((extra) => extra.pieces));
      context.notes.push(...own.notes, ...own.extras.flatMap((extra) => extra.noteReferences));
      return;
    }
    const first = context.boxed && context.host ? context.host : (joined[0] as XmlElement);
    const last = context.boxed && context.host ? context.host : element;
    context.paragraphs.push(
      {
        part: this.part,
        first,
        last,
        pieces,
        text: pieces.map((piece) => piece.text).join(""),
        noteReferences: own.notes,
      },
      ...own.extras,
    );
  }

  /** VML text boxes: their paragraphs follow the paragraph that holds them. */
  private readTextBoxes(element: XmlElement, context: Context): void {
    const host = context.host ?? this.enclosingParagraph(element);
    this.readChildren(element, {
      ...context,
      pieces: null,
      paragraphs: context.extras,
      boxed: true,
      host,
    });
  }

  private enclosingParagraph(element: XmlElement): XmlElement | undefined {
    for (let node = element.parentNode; node !== null; node = node.parentNode) {
      if (isElement(node) && node.namespaceURI === this.w && node.localName === "p") return node;
    }
    return undefined;
  }

  private readContentControl(element: XmlElement, context: Context): void {
    const content = firstChildNamed(element, this.w, "sdtContent");
    if (!content) return;
    const settings = firstChildNamed(element, this.w, "sdtPr");
    const checkbox = settings && firstChildNamed(settings, W14, "checkbox");
    this.readChildren(content, checkbox ? { ...context, checkbox: { pending: true } } : context);
  }

  private readTable(element: XmlElement, context: Context): void {
    const dropped = mergedContinuationCells(element, this.w);
    const readCell = (cell: XmlElement) => {
      if (!dropped.has(cell)) this.readChildren(cell, context);
    };
    this.forEachRowLevel(element, (row) => {
      const rowProperties = firstChildNamed(row, this.w, "trPr");
      if (rowProperties && firstChildNamed(rowProperties, this.w, "del")) return;
      this.forEachCellLevel(row, readCell);
    });
  }

  private forEachRowLevel(table: XmlElement, visit: (row: XmlElement) => void): void {
    for (const child of rowsOrCells(table, this.w)) if (child.localName === "tr") visit(child);
  }

  private forEachCellLevel(row: XmlElement, visit: (cell: XmlElement) => void): void {
    for (const child of rowsOrCells(row, this.w)) if (child.localName === "tc") visit(child);
  }
}

const WORD_CONTAINERS = new Set([
  "r",
  "hyperlink",
  "customXml",
  "ins",
  "moveTo",
  "object",
  "smartTag",
  "drawing",
  "txbxContent",
]);
/** Elements the reader turns into one fixed character; `isText` as opposed to a tab or break. */
const LEAF_TEXT = new Map<string, { text: string; isText: boolean }>([
  ["tab", { text: "\t", isText: false }],
  ["noBreakHyphen", { text: "\u2011", isText: true }],
  ["softHyphen", { text: "\u00AD", isText: true }],
]);
const VML_CONTAINERS = new Set(["roundrect", "shape", "textbox", "group", "rect"]);
