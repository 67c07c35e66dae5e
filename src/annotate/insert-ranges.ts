/**
 * Puts each comment's range into the XML: w:commentRangeStart before its first character,
 * w:commentRangeEnd after its last, and a run holding w:commentReference right after the end.
 *
 * The markers are siblings of runs (never inside one), so a range that starts or ends inside a run
 * splits it: the text element is cut at the character, and the run is cut in two, each half
 * keeping a copy of the run's properties (w:rPr) so the formatting does not change. Everything
 * else (tracked changes, fields, hyperlinks, bookmarks, existing comments, content controls)
 * stays where it was: a marker goes next to the run that holds the character, inside whatever
 * holds that run.
 */

import type { Anchor } from "./locate-finding.js";
import type { TextPoint } from "./match-paragraphs.js";
import { XML_NS } from "./word-namespaces.js";
import {
  elementChildren,
  firstChildNamed,
  isElement,
  prefixFor,
  type XmlElement,
  type XmlNode,
} from "./xml-dom.js";

export interface RangeToInsert {
  id: number;
  anchor: Exclude<Anchor, { kind: "unplaced" }>;
}

/** A place next to a text element: before it or after it. */
interface Boundary {
  leaf: XmlElement;
  side: "before" | "after";
}

/** A text element cut into pieces, each with the offset where it starts in the original text. */
type Cuts = Map<XmlElement, { start: number; element: XmlElement }[]>;

export function insertCommentRanges(ranges: readonly RangeToInsert[], w: string): void {
  const cuts = cutTextElements(ranges);
  for (const { id, anchor } of ranges) {
    if (anchor.kind === "exact") {
      insertAt(
        boundaryOf(anchor.start, "before", cuts),
        [marker(anchor.start.piece.leaf, w, "commentRangeStart", id)],
        w,
      );
      const leaf = anchor.end.piece.leaf;
      insertAt(
        boundaryOf(anchor.end, "after", cuts),
        [marker(leaf, w, "commentRangeEnd", id), referenceRun(leaf, w, id)],
        w,
      );
    } else {
      const properties = firstChildNamed(anchor.first, w, "pPr");
      anchor.first.insertBefore(
        marker(anchor.first, w, "commentRangeStart", id),
        properties ? properties.nextSibling : anchor.first.firstChild,
      );
      anchor.last.appendChild(marker(anchor.last, w, "commentRangeEnd", id));
      anchor.last.appendChild(referenceRun(anchor.last, w, id));
    }
  }
}

/** Cuts every w:t that a range starts or ends inside, once, at all its cut points. */
function cutTextElements(ranges: readonly RangeToInsert[]): Cuts {
  const offsets = new Map<XmlElement, Set<number>>();
  for (const { anchor } of ranges) {
    if (anchor.kind !== "exact") continue;
    for (const point of [anchor.start, anchor.end]) {
      const { leaf, text } = point.piece;
      if (leaf.localName !== "t" || point.offset <= 0 || point.offset >= text.length) continue;
      const set = offsets.get(leaf) ?? new Set<number>();
      set.add(point.offset);
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

function boundaryOf(point: TextPoint, side: Boundary["side"], cuts: Cuts): Boundary {
  const pieces = cuts.get(point.piece.leaf);
  if (!pieces) return { leaf: point.piece.leaf, side };
  if (side === "before") {
    const piece = pieces.find((candidate) => candidate.start === point.offset) ?? pieces[0];
    return { leaf: (piece ?? { element: point.piece.leaf }).element, side };
  }
  // After the piece that ends at the offset: the one before the piece starting there.
  const next = pieces.findIndex((candidate) => candidate.start === point.offset);
  const piece = next > 0 ? pieces[next - 1] : pieces[pieces.length - 1];
  return { leaf: (piece ?? { element: point.piece.leaf }).element, side };
}

/** Inserts nodes, in order, at a boundary, splitting the run around the text element if needed. */
function insertAt(boundary: Boundary, nodes: readonly XmlNode[], w: string): void {
  const { leaf, side } = boundary;
  const run = leaf.parentNode;
  if (!isElement(run) || run.namespaceURI !== w || run.localName !== "r" || run.parentNode === null) {
    const parent = leaf.parentNode;
    const reference = side === "before" ? leaf : leaf.nextSibling;
    for (const node of nodes) parent?.insertBefore(node, reference);
    return;
  }
  let reference: XmlNode | null;
  if (side === "before") {
    const content = elementChildren(run).filter((child) => !isRunProperties(child, w));
    reference = content[0] === leaf ? run : splitRunBefore(run, leaf, w);
  } else {
    const following = nextElementSibling(leaf);
    reference = following === undefined ? run.nextSibling : splitRunBefore(run, following, w);
  }
  for (const node of nodes) run.parentNode.insertBefore(node, reference);
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
