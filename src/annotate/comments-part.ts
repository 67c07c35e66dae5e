/**
 * word/comments.xml and what makes Word find it: the main document's relationship to it and its
 * content type in [Content_Types].xml. A draft that already has comments keeps them; new comments
 * take ids above every id the draft uses, so none collides.
 */
import { type DocxPackage, relationshipsPartOf, resolveTarget } from "./docx-package.js";
import {
  COMMENTS_CONTENT_TYPE,
  CONTENT_TYPES,
  PACKAGE_RELATIONSHIPS,
  relationshipType,
  XML_NS,
} from "./word-namespaces.js";
import type { WordText } from "./word-text.js";
import {
  descendantsNamed,
  elementChildren,
  parseXml,
  prefixFor,
  type XmlDocument,
  type XmlElement,
} from "./xml-dom.js";

export interface CommentAuthor {
  name: string;
  initials: string;
}

export class CommentsPart {
  private nextId: number;
  private added = 0;

  private constructor(
    private readonly document: XmlDocument,
    readonly name: string,
    private readonly w: string,
    /** The part is created here: its content type (and link, when missing) must be added. */
    private readonly created: { relationship: boolean } | undefined,
    usedIds: number,
  ) {
    this.nextId = usedIds + 1;
  }

  static async open(pkg: DocxPackage, word: WordText): Promise<CommentsPart> {
    const { list } = await pkg.relationships(word.mainPart);
    const existing = list.find(
      (relationship) => relationship.type === relationshipType("comments", word.w) && !relationship.external,
    );
    const existingName = existing && resolveTarget(word.mainPart, existing.target);
    const document = existingName ? await pkg.readXml(existingName) : undefined;
    const highest = Math.max(
      highestId(document, word.w),
      ...[...word.parts.values()].map((part) => highestId(part, word.w)),
    );
    if (existingName && document) return new CommentsPart(document, existingName, word.w, undefined, highest);
    // A link to a part that is missing is reused rather than doubled.
    const name = existingName ?? freePartName(pkg, word.mainPart);
    const fresh = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${word.w}"/>`,
      name,
    );
    return new CommentsPart(fresh, name, word.w, { relationship: existingName === undefined }, highest);
  }

  /** Adds a comment and returns its id. */
  add(paragraphs: readonly string[], author: CommentAuthor, date: Date): number {
    const id = this.nextId++;
    this.added++;
    const root = this.document.documentElement as XmlElement;
    const comment = this.element("comment");
    comment.setAttributeNS(this.w, this.qualified("id"), String(id));
    comment.setAttributeNS(this.w, this.qualified("author"), author.name);
    comment.setAttributeNS(this.w, this.qualified("date"), `${date.toISOString().slice(0, 19)}Z`);
    comment.setAttributeNS(this.w, this.qualified("initials"), author.initials);
    paragraphs.forEach((text, index) => {
      comment.appendChild(this.paragraph(text, index === 0));
    });
    root.appendChild(comment);
    return id;
  }

  /** Writes the part, and its relationship and content type when the part is new. */
  async save(pkg: DocxPackage, mainPart: string): Promise<void> {
    if (this.added === 0) return;
    pkg.writeXml(this.name, this.document);
    if (!this.created) return;
    if (this.created.relationship)
      await addRelationship(pkg, mainPart, relationshipType("comments", this.w), this.name);
    await addContentType(pkg, this.name);
  }

  private paragraph(text: string, first: boolean): XmlElement {
    const paragraph = this.element("p");
    if (first) {
      // The reference mark Word shows at the start of a comment.
      const mark = this.element("r");
      mark.appendChild(this.element("annotationRef"));
      paragraph.appendChild(mark);
    }
    const run = this.element("r");
    text.split("\n").forEach((line, index) => {
      if (index > 0) run.appendChild(this.element("br"));
      const t = this.element("t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(this.document.createTextNode(line));
      run.appendChild(t);
    });
    paragraph.appendChild(run);
    return paragraph;
  }

  private element(name: string): XmlElement {
    return this.document.createElementNS(this.w, this.qualified(name));
  }

  private qualified(name: string): string {
    return `${prefixFor(this.document, this.w) || "w"}:${name}`;
  }
}

/** The highest comment id a part uses, in comments or in range markers (0 when none). */
function highestId(document: XmlDocument | undefined, w: string): number {
  const root = document?.documentElement;
  if (!root) return 0;
  let highest = 0;
  for (const name of ["comment", "commentRangeStart", "commentRangeEnd", "commentReference"]) {
    for (const element of descendantsNamed(root, w, name)) {
      const id = Number.parseInt(element.getAttributeNS(w, "id"), 10);
      if (Number.isSafeInteger(id) && id > highest) highest = id;
    }
  }
  return highest;
}

/** word/comments.xml, or word/comments1.xml … when a part of that name exists without a link. */
function freePartName(pkg: DocxPackage, mainPart: string): string {
  const folder = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/") + 1) : "";
  for (let n = 0; ; n++) {
    const name = `${folder}comments${n === 0 ? "" : n}.xml`;
    if (!pkg.has(name)) return name;
  }
}

async function addRelationship(
  pkg: DocxPackage,
  owner: string,
  type: string,
  partName: string,
): Promise<void> {
  const name = relationshipsPartOf(owner);
  const { document, list } = await pkg.relationships(owner);
  const rels =
    document ??
    parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"/>`,
      name,
    );
  const used = new Set(list.map((relationship) => relationship.id));
  let n = list.length + 1;
  while (used.has(`rId${n}`)) n++;
  const root = rels.documentElement as XmlElement;
  const relationship = rels.createElementNS(root.namespaceURI ?? PACKAGE_RELATIONSHIPS, "Relationship");
  relationship.setAttribute("Id", `rId${n}`);
  relationship.setAttribute("Type", type);
  relationship.setAttribute("Target", relativeTarget(owner, partName));
  root.appendChild(relationship);
  pkg.writeXml(name, rels);
}

function relativeTarget(owner: string, partName: string): string {
  const folder = owner.includes("/") ? owner.slice(0, owner.lastIndexOf("/") + 1) : "";
  return partName.startsWith(folder) ? partName.slice(folder.length) : `/${partName}`;
}

async function addContentType(pkg: DocxPackage, partName: string): Promise<void> {
  const name = "[Content_Types].xml";
  const types =
    (await pkg.readXml(name)) ??
    parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CONTENT_TYPES}"/>`,
      name,
    );
  const root = types.documentElement as XmlElement;
  const partPath = `/${partName}`;
  const listed = elementChildren(root).some(
    (element) =>
      element.localName === "Override" &&
      element.getAttribute("PartName")?.toLowerCase() === partPath.toLowerCase(),
  );
  if (listed) return;
  const override = types.createElementNS(root.namespaceURI ?? CONTENT_TYPES, "Override");
  override.setAttribute("PartName", partPath);
  override.setAttribute("ContentType", COMMENTS_CONTENT_TYPE);
  root.appendChild(override);
  pkg.writeXml(name, types);
}
