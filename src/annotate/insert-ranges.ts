/**
 * Puts each comment's range into the XML: w:commentRangeStart at its start, w:commentRangeEnd at
 * its end, and a run holding w:commentReference right after the end (range-plan.ts says where).
 *
 * The markers are siblings of runs (never inside one), so a range that starts or ends inside a run
 * splits it: the text element is cut at the character, and the run is cut in two, each half
 * keeping a copy of the run's properties (w:rPr) so the formatting does not change. Everything
 * else (tracked changes, fields, hyperlinks, bookmarks, existing comments, content controls)
 * stays where it was: a marker goes next to the run that holds the character, inside whatever
 * holds that run.
 */
import type { TextPoint } from "./match-paragraphs.js";
import type { Edge, RangePlan, Side } from "./range-plan.js";
import { XML_NS } from "./word-namespaces.js";
import {
  descendantsNamed,
  elementChildren,
  firstChildNamed,
  isElement,
  prefixFor,
  type XmlElement,
  type XmlNode,
} from "./xml-dom.js";

export interface RangeToInsert {
  id: number;
  plan: RangePlan;
}

/** An edge once text elements are cut: always beside or inside an element. */
interface NodeEdge {
  node: XmlElement;
  side: Side;
}

/** A text element cut into pieces, each with the offset where it starts in the original text. */
type Cuts = Map<XmlElement, { start: number; element: XmlElement }[]>;

export function insertCommentRanges(ranges: readonly RangeToInsert[], w: string): void {
  const cuts = cutTextElements(ranges);
  for (const { id, plan } of ranges) {
    const start = resolve(plan.start, "before", cuts);
    const end = resolve(plan.end, "after", cuts);
    insertAt(start, marker(start.node, w, "commentRangeStart", id), w);
    const endMarker = marker(end.node, w, "commentRangeEnd", id);
    insertAt(end, endMarker, w);
    placeReference(endMarker, referenceRun(end.node, w, id), w);
  }
}

/** Cuts every w:t that a range starts or ends inside, once, at all its cut points. */
function cutTextElements(ranges: readonly RangeToInsert[]): Cuts {
  const offsets = new Map<XmlElement, Set<number>>();
  for (const { plan } of ranges) {
    for (const edge of [plan.start, plan.end]) {
      if (edge.kind !== "text") continue;
      const { leaf, text } = edge.point.piece;
      if (leaf.localName !== "t" || edge.point.offset <= 0 || edge.point.offset >= text.length) continue;
      const set = offsets.get(leaf) ?? new Set<number>();
      set.add(edge.point.offset);
      offsets.set(leaf, set);
    }
  }
  const cuts: Cuts = new Map();
  for (const [leaf, set] of offsets) {
    const text = leaf.textContent ?? "";
    const points = [...set].sort((a, b) => a - b);
    const pieces = [{ start: 0, element: leaf }];
    setText(leaf, text.slice(0, points[0]));
    let previous: XmlElement = leaf;
    points.forEach((start, i) => {
      const element = leaf.cloneNode(false) as XmlElement;
      setText(element, text.slice(start, points[i + 1]));
      leaf.parentNode?.insertBefore(element, previous.nextSibling);
      pieces.push({ start, element });
      previous = element;
    });
    cuts.set(leaf, pieces);
  }
  return cuts;
}

/** Sets a w:t's text, keeping spaces at its ends (a cut often leaves one there). */
function setText(element: XmlElement, text: string): void {
  while (element.firstChild) element.removeChild(element.firstChild);
  const document = element.ownerDocument;
  if (document) element.appendChild(document.createTextNode(text));
  if (/^\s|\s$/.test(text)) element.setAttributeNS(XML_NS, "xml:space", "preserve");
}

/** A text edge becomes a place before (a start) or after (an end) the piece of text it names. */
function resolve(edge: Edge, side: "before" | "after", cuts: Cuts): NodeEdge {
  if (edge.kind === "node") return { node: edge.node, side: edge.side };
  return { node: pieceAt(edge.point, side, cuts), side };
}

function pieceAt(point: TextPoint, side: "before" | "after", cuts: Cuts): XmlElement {
  const pieces = cuts.get(point.piece.leaf);
  if (!pieces) return point.piece.leaf;
  const starting = pieces.findIndex((candidate) => candidate.start === point.offset);
  // Before the piece starting at the offset; after the piece ending there (the one before it).
  const index = side === "before" ? Math.max(0, starting) : starting > 0 ? starting - 1 : pieces.length - 1;
  return (pieces[index] ?? pieces[0] ?? { element: point.piece.leaf }).element;
}

/** Inserts a marker at an edge, splitting the run around a text element if needed. */
function insertAt(edge: NodeEdge, node: XmlNode, w: string): void {
  const { node: at, side } = edge;
  if (side === "first-in") {
    const properties = firstChildNamed(at, w, "pPr");
    at.insertBefore(node, properties ? properties.nextSibling : at.firstChild);
    return;
  }
  if (side === "last-in") {
    at.appendChild(node);
    return;
  }
  const run = at.parentNode;
  if (!isElement(run) || run.namespaceURI !== w || run.localName !== "r" || run.parentNode === null) {
    at.parentNode?.insertBefore(node, side === "before" ? at : at.nextSibling);
    return;
  }
  let reference: XmlNode | null;
  if (side === "before") {
    const content = elementChildren(run).filter((child) => !isRunProperties(child, w));
    reference = content[0] === at ? run : splitRunBefore(run, at, w);
  } else {
    const following = nextElementSibling(at);
    reference = following === undefined ? run.nextSibling : splitRunBefore(run, following, w);
  }
  run.parentNode.insertBefore(node, reference);
}

/**
 * The reference run goes right after the end marker when that is inside a paragraph; an end
 * marker between paragraphs (after a block content control) puts it at the start of the next
 * paragraph, or else at the end of the previous one.
 */
function placeReference(endMarker: XmlElement, run: XmlElement, w: string): void {
  if (enclosing(endMarker, w, "p")) {
    endMarker.parentNode?.insertBefore(run, endMarker.nextSibling);
    return;
  }
  const next = paragraphAfter(endMarker, w);
  if (next) insertAt({ node: next, side: "first-in" }, run, w);
  else paragraphBefore(endMarker, w)?.appendChild(run);
}

function paragraphAfter(node: XmlNode, w: string): XmlElement | undefined {
  for (let at: XmlNode | null = node; at !== null; at = at.parentNode) {
    for (let sibling = at.nextSibling; sibling !== null; sibling = sibling.nextSibling) {
      if (!isElement(sibling)) continue;
      if (sibling.namespaceURI === w && sibling.localName === "p") return sibling;
      const inside = descendantsNamed(sibling, w, "p")[0];
      if (inside) return inside;
    }
  }
  return undefined;
}

function paragraphBefore(node: XmlNode, w: string): XmlElement | undefined {
  for (let at: XmlNode | null = node; at !== null; at = at.parentNode) {
    for (let sibling = at.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
      if (!isElement(sibling)) continue;
      if (sibling.namespaceURI === w && sibling.localName === "p") return sibling;
      const inside = descendantsNamed(sibling, w, "p").at(-1);
      if (inside) return inside;
    }
  }
  return undefined;
}

function enclosing(node: XmlNode, w: string, name: string): XmlElement | undefined {
  for (let at = node.parentNode; at !== null; at = at.parentNode) {
    if (isElement(at) && at.namespaceURI === w && at.localName === name) return at;
  }
  return undefined;
}

/** Moves `child` and everything after it into a new run, with the same properties, after `run`. */
function splitRunBefore(run: XmlElement, child: XmlNode, w: string): XmlElement {
  const second = run.cloneNode(false) as XmlElement;
  const properties = firstChildNamed(run, w, "rPr");
  if (properties) second.appendChild(properties.cloneNode(true));
  for (let node: XmlNode | null = child; node !== null; ) {
    const next: XmlNode | null = node.nextSibling;
    second.appendChild(node);
    node = next;
  }
  run.parentNode?.insertBefore(second, run.nextSibling);
  return second;
}

function nextElementSibling(node: XmlNode): XmlElement | undefined {
  for (let next = node.nextSibling; next !== null; next = next.nextSibling) if (isElement(next)) return next;
  return undefined;
}

function isRunProperties(element: XmlElement, w: string): boolean {
  return element.namespaceURI === w && element.localName === "rPr";
}

function marker(near: XmlElement, w: string, name: string, id: number): XmlElement {
  const element = create(near, w, name);
  element.setAttributeNS(w, qualified(near, w, "id"), String(id));
  return element;
}

function referenceRun(near: XmlElement, w: string, id: number): XmlElement {
  const run = create(near, w, "r");
  run.appendChild(marker(near, w, "commentReference", id));
  return run;
}

function create(near: XmlElement, w: string, name: string): XmlElement {
  const document = near.ownerDocument;
  if (!document) throw new Error("element outside a document");
  return document.createElementNS(w, qualified(near, w, name));
}

/** `w:name` with the prefix the part binds to WordprocessingML (usually `w`). */
function qualified(near: XmlElement, w: string, name: string): string {
  const document = near.ownerDocument;
  // A part with WordprocessingML as its default namespace still needs a prefix for w:id.
  const prefix = (document && prefixFor(document, w)) || "w";
  return `${prefix}:${name}`;
}
