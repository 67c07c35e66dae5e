/**
 * XML parts as DOM trees that round-trip: @xmldom/xmldom, the parser mammoth reads the same parts
 * with, so the annotator and the reader see the same elements and the same text. Nodes we do not
 * touch are serialised as they were parsed (namespaces, mc:Ignorable, unknown extensions).
 *
 * The package is loaded through `createRequire` and described by the narrow interfaces below:
 * its own type declarations pull the browser's DOM library into every file of the project.
 */
import { createRequire } from "node:module";

export interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly parentNode: XmlNode | null;
  readonly firstChild: XmlNode | null;
  readonly lastChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
  readonly previousSibling: XmlNode | null;
  readonly ownerDocument: XmlDocument | null;
  textContent: string | null;
  insertBefore(node: XmlNode, reference: XmlNode | null): XmlNode;
  appendChild(node: XmlNode): XmlNode;
  removeChild(node: XmlNode): XmlNode;
  cloneNode(deep: boolean): XmlNode;
}

export interface XmlElement extends XmlNode {
  readonly prefix: string | null;
  /** xmldom returns "" for an absent attribute; `hasAttributeNS` tells the two apart. */
  getAttribute(name: string): string;
  getAttributeNS(namespace: string, localName: string): string;
  hasAttributeNS(namespace: string, localName: string): boolean;
  setAttribute(name: string, value: string): void;
  setAttributeNS(namespace: string, qualifiedName: string, value: string): void;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
}

export interface XmlDocument extends XmlNode {
  readonly documentElement: XmlElement | null;
  createElementNS(namespace: string, qualifiedName: string): XmlElement;
  createTextNode(text: string): XmlNode;
}

interface XmlDomModule {
  DOMParser: new (options: {
    errorHandler: (level: string, message: string) => void;
  }) => {
    parseFromString(source: string, mimeType: string): XmlDocument;
  };
  XMLSerializer: new () => { serializeToString(node: XmlNode): string };
}

const ELEMENT_NODE = 1;

/** Why a part could not be parsed; the caller turns it into an InputError for its file. */
export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = "XmlPartError";
  }
}

let loaded: XmlDomModule | undefined;

function xmldom(): XmlDomModule {
  loaded ??= createRequire(import.meta.url)("@xmldom/xmldom") as XmlDomModule;
  return loaded;
}

/** Parses a part strictly: like mammoth, any parser warning or error refuses the part. */
export function parseXml(text: string, part: string): XmlDocument {
  let problem: string | undefined;
  const parser = new (xmldom().DOMParser)({
    errorHandler: (level, message) => {
      problem ??= `${level}: ${message.split("\n")[0]}`;
    },
  });
  const document = parser.parseFromString(text.replace(/^\uFEFF/, ""), "text/xml");
  if (problem !== undefined) throw new XmlPartError(part, problem);
  if (document.documentElement === null) throw new XmlPartError(part, "no root element");
  return document;
}

export function serializeXml(document: XmlDocument): string {
  return new (xmldom().XMLSerializer)().serializeToString(document);
}

export function isElement(node: XmlNode | null): node is XmlElement {
  return node !== null && node.nodeType === ELEMENT_NODE;
}

/** The element children of a node, in order (a snapshot: safe to edit the tree while using it). */
export function elementChildren(node: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (isElement(child)) out.push(child);
  }
  return out;
}

export function isNamed(node: XmlNode | null, namespace: string, localName: string): node is XmlElement {
  return isElement(node) && node.namespaceURI === namespace && node.localName === localName;
}

export function firstChildNamed(node: XmlNode, namespace: string, localName: string): XmlElement | undefined {
  return elementChildren(node).find((child) => isNamed(child, namespace, localName));
}

/** Every descendant element with this name, in document order. */
export function descendantsNamed(node: XmlNode, namespace: string, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const pending: XmlNode[] = [node];
  while (pending.length > 0) {
    const current = pending.pop() as XmlNode;
    const children = elementChildren(current);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as XmlElement);
    if (current !== node && isNamed(current, namespace, localName)) out.push(current);
  }
  return out;
}

/** The prefix a document binds to a namespace on its root element ("" when it is the default). */
export function prefixFor(document: XmlDocument, namespace: string): string | undefined {
  const root = document.documentElement;
  if (root === null) return undefined;
  for (let i = 0; i < root.attributes.length; i++) {
    const attribute = root.attributes[i];
    if (attribute === undefined || attribute.value !== namespace) continue;
    if (attribute.name === "xmlns") return "";
    if (attribute.name.startsWith("xmlns:")) return attribute.name.slice("xmlns:".length);
  }
  return undefined;
}
