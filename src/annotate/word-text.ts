/**
 * Every paragraph disclint's .docx reader produces, in its order, taken from the package parts
 * the reader takes them from: the main document found as mammoth finds it (the package's
 * officeDocument relationship, else word/document.xml), then the footnotes and endnotes the
 * body cites, in citation order (a note cited twice is read twice, as the reader does).
 */
import { InputError } from "../document/input-error.js";
import type { DocxPackage, Relationship } from "./docx-package.js";
import { isWordNamespace, W_TRANSITIONAL } from "./word-namespaces.js";
import { type NoteReference, ParagraphWalker, type WordParagraph } from "./word-paragraphs.js";
import { elementChildren, firstChildNamed, type XmlDocument, type XmlElement } from "./xml-dom.js";

export interface WordText {
  /** The non-blank paragraphs, as the reader's blocks are. */
  paragraphs: WordParagraph[];
  /** The parsed parts the paragraphs live in, by part name, to be edited and written back. */
  parts: Map<string, XmlDocument>;
  mainPart: string;
  /** The WordprocessingML namespace the main document uses (transitional or strict). */
  w: string;
}

const TYPE_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export async function readWordText(pkg: DocxPackage): Promise<WordText> {
  const packageRelationships = await pkg.relationships("");
  const mainPart = mammothPartPath(pkg, packageRelationships.list, "officeDocument", "", "word/document.xml");
  const main = await pkg.readXml(mainPart);
  const root = main?.documentElement;
  const w = root?.namespaceURI ?? "";
  const body = root && isWordNamespace(w) ? firstChildNamed(root, w, "body") : undefined;
  if (!main || !body)
    throw new InputError("corrupt-docx", pkg.path, `${pkg.path}: damaged .docx (no document body)`);
  const parts = new Map<string, XmlDocument>([[mainPart, main]]);
  const bodyParagraphs = new ParagraphWalker(mainPart, w).readBlocks(body);

  const documentRelationships = (await pkg.relationships(mainPart)).list;
  const folder = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/")) : "";
  const notes = new Map<NoteReference["kind"], NotePart | undefined>();
  for (const kind of ["footnote", "endnote"] as const) {
    const name = mammothPartPath(pkg, documentRelationships, `${kind}s`, folder, `word/${kind}s.xml`);
    const document = await pkg.readXml(name);
    if (document?.documentElement) {
      parts.set(name, document);
      notes.set(kind, { name, byId: notesById(document.documentElement, kind) });
    }
  }
  const noteParagraphs: WordParagraph[] = [];
  for (const reference of bodyParagraphs.flatMap((paragraph) => paragraph.noteReferences)) {
    const part = notes.get(reference.kind);
    const note = part?.byId.get(reference.id);
    if (part && note) {
      const noteNamespace = note.namespaceURI ?? W_TRANSITIONAL;
      const read = new ParagraphWalker(part.name, noteNamespace).readBlocks(note);
      noteParagraphs.push(...read.map((paragraph) => ({ ...paragraph, citedBy: reference })));
    }
  }
  const paragraphs = [...bodyParagraphs, ...noteParagraphs].filter(
    (paragraph) => paragraph.text.trim() !== "",
  );
  return { paragraphs, parts, mainPart, w };
}

interface NotePart {
  name: string;
  byId: Map<string, XmlElement>;
}

/** The notes of a footnotes or endnotes part, without the separators (as the reader skips them). */
function notesById(root: XmlElement, kind: NoteReference["kind"]): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  for (const note of elementChildren(root)) {
    const w = note.namespaceURI ?? "";
    if (!isWordNamespace(w) || note.localName !== kind) continue;
    const type = note.getAttributeNS(w, "type");
    if (type === "separator" || type === "continuationSeparator") continue;
    const id = note.getAttributeNS(w, "id");
    if (!byId.has(id)) byId.set(id, note);
  }
  return byId;
}

/**
 * mammoth's part lookup: the first relationship of the type whose target (joined to the owner's
 * folder, without resolving "..") exists, else a fixed path. Agreeing with it matters more than
 * being cleverer than it: the annotator must read the parts the reader read.
 */
function mammothPartPath(
  pkg: DocxPackage,
  relationships: readonly Relationship[],
  type: string,
  folder: string,
  fallback: string,
): string {
  for (const relationship of relationships) {
    if (relationship.type !== TYPE_PREFIX + type) continue;
    const joined = relationship.target.startsWith("/")
      ? relationship.target
      : [folder, relationship.target].filter((segment) => segment !== "").join("/");
    const name = joined.startsWith("/") ? joined.slice(1) : joined;
    if (pkg.has(name)) return name;
  }
  return fallback;
}
