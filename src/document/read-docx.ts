/**
 * Word (.docx) reader. mammoth parses the package; we walk its document tree ourselves so
 * that every paragraph (table cells and footnotes included) becomes one block, with headings
 * and bold marked. The zip container is checked first so a zip bomb never reaches mammoth.
 */
import mammoth from "mammoth";
import { createDocument } from "./create-document.js";
import { InputError } from "./input-error.js";
import { checkInputSize, inspectZip, type ReaderOptions } from "./reader-limits.js";
import type { Block, Document, DocumentSource, TableCellPlace } from "./types.js";

/** A paragraph as we take it from mammoth: its text and what the runs say about formatting. */
interface DocxParagraph {
  text: string;
  heading: boolean;
  bold: boolean;
  fontSize?: number;
  cell?: TableCellPlace;
}

type Node = Record<string, unknown>;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADING_STYLE = /^(heading ?\d|title)$/i;

export async function readDocx(
  path: string,
  bytes: Uint8Array,
  options: ReaderOptions = {},
): Promise<Document> {
  return createDocument(await readDocxSource(path, bytes, options));
}

/** The reader's half of the work, before normalisation; exported for tests and tooling. */
export async function readDocxSource(
  path: string,
  bytes: Uint8Array,
  options: ReaderOptions = {},
): Promise<DocumentSource> {
  checkInputSize(path, bytes.length, options.maxInputBytes);
  checkContainer(path, bytes);
  const paragraphs = await extractParagraphs(path, bytes);
  const blocks: Block[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (texts.length > 0) offset += 2;
    const block: Block = {
      kind: paragraph.heading ? "heading" : "paragraph",
      index: blocks.length,
      start: offset,
      end: offset + paragraph.text.length,
      bold: paragraph.bold,
    };
    if (paragraph.fontSize !== undefined) block.fontSize = paragraph.fontSize;
    if (paragraph.cell !== undefined) block.cell = paragraph.cell;
    blocks.push(block);
    texts.push(paragraph.text);
    offset = block.end;
  }
  return { path, format: "docx", text: texts.join("\n\n"), blocks };
}

/** Refuses legacy .doc, encrypted packages, non-zips and zip bombs before parsing. */
function checkContainer(path: string, bytes: Uint8Array): void {
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) {
    // Encrypted .docx files are OLE compound files holding an "EncryptedPackage" stream.
    if (containsUtf16Name(bytes, "EncryptedPackage")) {
      throw new InputError(
        "encrypted",
        path,
        `${path}: the Word document is password-protected — remove the password`,
      );
    }
    throw new InputError(
      "unsupported-doc",
      path,
      `${path}: legacy Word .doc is not supported — save it as .docx`,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new InputError("corrupt-docx", path, `${path}: not a Word .docx file (not a zip archive)`);
  }
  const verdict = inspectZip(bytes);
  if (verdict.kind === "bomb") {
    throw new InputError("zip-bomb", path, `${path}: refused as a possible zip bomb (${verdict.reason})`);
  }
  if (verdict.kind === "corrupt") {
    throw new InputError("corrupt-docx", path, `${path}: damaged .docx (${verdict.reason})`);
  }
}

function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

async function extractParagraphs(path: string, bytes: Uint8Array): Promise<DocxParagraph[]> {
  let paragraphs: DocxParagraph[] | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        transformDocument: (document: unknown) => {
          paragraphs = collectParagraphs(document);
          // Hand mammoth an empty body: we only wanted the tree, not its HTML.
          return isNode(document) ? { ...document, children: [] } : document;
        },
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unreadable";
    throw new InputError("corrupt-docx", path, `${path}: damaged .docx (${reason})`);
  }
  if (paragraphs === undefined)
    throw new InputError("corrupt-docx", path, `${path}: damaged .docx (no document body)`);
  return paragraphs;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null;
}

function childrenOf(node: Node): Node[] {
  const children = node.children;
  return Array.isArray(children) ? children.filter(isNode) : [];
}

/** Body paragraphs in order, then the footnotes and endnotes in the order they are cited. */
function collectParagraphs(document: unknown): DocxParagraph[] {
  if (!isNode(document)) return [];
  const notes: Node[] = [];
  const out: DocxParagraph[] = [];
  const tables = { count: 0 };
  collectBlocks(childrenOf(document), out, tables, (reference) => {
    const note = resolveNote(document.notes, reference);
    if (note !== undefined) notes.push(note);
  });
  // Notes can cite further notes; the queue grows while we read it.
  for (let i = 0; i < notes.length && i < 10_000; i++) {
    const body = notes[i]?.body;
    if (Array.isArray(body)) collectBlocks(body.filter(isNode), out, tables, () => {});
  }
  return out;
}

function resolveNote(notes: unknown, reference: Node): Node | undefined {
  if (!isNode(notes) || typeof notes.resolve !== "function") return undefined;
  const note: unknown = notes.resolve(reference);
  return isNode(note) ? note : undefined;
}

interface Pending {
  node: Node;
  cell?: TableCellPlace;
}

/**
 * Paragraphs, and paragraphs inside table cells (each cell paragraph is its own block, which
 * knows its table, row and column: a glossary set as a table is read by its cells).
 */
function collectBlocks(
  nodes: Node[],
  out: DocxParagraph[],
  tables: { count: number },
  onNote: (reference: Node) => void,
): void {
  const pending: Pending[] = nodes.map((node) => ({ node })).reverse();
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === undefined) break;
    const { node, cell } = item;
    if (node.type === "paragraph") {
      const paragraph = readParagraph(node, onNote);
      if (paragraph.text.trim() !== "") out.push(cell === undefined ? paragraph : { ...paragraph, cell });
      continue;
    }
    // Tables, rows, cells and any other container: visit children in document order.
    const children =
      node.type === "table"
        ? tableContents(node, tables.count++)
        : childrenOf(node).map((child) => ({ node: child, cell }));
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Pending);
  }
}

/** A table's cell contents in reading order, each with its row and column. */
function tableContents(table: Node, index: number): Pending[] {
  const contents: Pending[] = [];
  let row = 0;
  for (const rowNode of childrenOf(table)) {
    if (rowNode.type !== "tableRow") {
      contents.push({ node: rowNode });
      continue;
    }
    let column = 0;
    for (const cellNode of childrenOf(rowNode)) {
      const cell = { table: index, row, column };
      for (const child of childrenOf(cellNode)) contents.push({ node: child, cell });
      column += 1;
    }
    row += 1;
  }
  return contents;
}

interface RunText {
  text: string;
  bold: boolean;
  fontSize: number | undefined;
}

function readParagraph(paragraph: Node, onNote: (reference: Node) => void): DocxParagraph {
  const runs: RunText[] = [];
  const pending: { node: Node; run?: Node }[] = childrenOf(paragraph)
    .reverse()
    .map((node) => ({ node }));
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === undefined) break;
    const { node } = item;
    const run = node.type === "run" ? node : item.run;
    const piece = leafText(node);
    if (piece !== undefined) {
      runs.push({ text: piece, bold: run?.isBold === true, fontSize: numberOr(run?.fontSize) });
    } else if (node.type === "noteReference") {
      onNote(node);
    } else {
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i] as Node, run });
    }
  }
  const text = runs.map((r) => r.text).join("");
  const styled = `${paragraph.styleId ?? ""}|${paragraph.styleName ?? ""}`;
  return {
    text,
    heading: styled.split("|").some((name) => HEADING_STYLE.test(name)),
    ...runFormatting(runs),
  };
}

function leafText(node: Node): string | undefined {
  if (node.type === "text") return typeof node.value === "string" ? node.value : "";
  if (node.type === "tab") return "\t";
  if (node.type === "break") return node.breakType === "line" ? "\n" : " ";
  return undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Bold when every visible run is bold. mammoth reports only sizes set directly on runs (not
 * sizes inherited from styles), so the size is the one carried by most characters, if any.
 */
function runFormatting(runs: RunText[]): { bold: boolean; fontSize?: number } {
  const visible = runs.filter((r) => r.text.trim() !== "");
  const bold = visible.length > 0 && visible.every((r) => r.bold);
  const weights = new Map<number, number>();
  for (const run of visible) {
    if (run.fontSize !== undefined)
      weights.set(run.fontSize, (weights.get(run.fontSize) ?? 0) + run.text.length);
  }
  let fontSize: number | undefined;
  let weight = 0;
  for (const [size, count] of weights) {
    if (count > weight) {
      fontSize = size;
      weight = count;
    }
  }
  return fontSize === undefined ? { bold } : { bold, fontSize };
}
