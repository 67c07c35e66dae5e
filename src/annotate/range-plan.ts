/**
 * Where a comment's start and end markers go, before anything is changed: next to the first and
 * last characters of the finding, at the edges of a paragraph, or around a note's reference mark.
 *
 * Some wrappers move an edge outwards. A range that starts or ends inside an inline content
 * control (w:sdt) and leaves it covers the whole control; a control holding paragraphs, a smart
 * tag (w:smartTag) or custom XML (w:customXml) is always covered whole. Word accepts markers
 * anywhere, but LibreOffice (7.4) drops ranges whose markers sit inside smart tags or custom XML
 * or cross a control's edge, and turns a block control into a field whose text disappears when
 * a comment starts inside it.
 */
import type { Anchor } from "./locate-finding.js";
import type { TextPoint } from "./match-paragraphs.js";
import { isElement, type XmlElement, type XmlNode } from "./xml-dom.js";

/** Beside an element (`before`, `after`), or inside it at its start or end (`first-in`, `last-in`). */
export type Side = "before" | "after" | "first-in" | "last-in";

export type Edge = { kind: "text"; point: TextPoint } | { kind: "node"; node: XmlElement; side: Side };

export interface RangePlan {
  start: Edge;
  end: Edge;
  /** The range was widened to whole content controls. */
  widened: boolean;
}

export function planRange(anchor: Exclude<Anchor, { kind: "unplaced" }>, w: string): RangePlan {
  let start: Edge;
  let end: Edge;
  if (anchor.kind === "exact") {
    start = { kind: "text", point: anchor.start };
    end = { kind: "text", point: anchor.end };
  } else if (anchor.kind === "note") {
    start = { kind: "node", node: anchor.reference, side: "before" };
    end = { kind: "node", node: anchor.reference, side: "after" };
  } else {
    start = { kind: "node", node: anchor.first, side: "first-in" };
    end = { kind: "node", node: anchor.last, side: "last-in" };
  }
  const startNode = nodeOf(start);
  const endNode = nodeOf(end);
  const startControl = wrapperToLeave(startNode, endNode, w);
  const endControl = wrapperToLeave(endNode, startNode, w);
  if (startControl) start = { kind: "node", node: startControl, side: "before" };
  if (endControl) end = { kind: "node", node: endControl, side: "after" };
  return { start, end, widened: anchor.kind === "exact" && (startControl ?? endControl) !== undefined };
}

function nodeOf(edge: Edge): XmlElement {
  return edge.kind === "text" ? edge.point.piece.leaf : edge.node;
}

/**
 * The outermost wrapper an edge must move out of: a smart tag, custom XML or block-level content
 * control holding it, or an inline content control holding it but not the range's other end.
 */
function wrapperToLeave(node: XmlElement, other: XmlElement, w: string): XmlElement | undefined {
  return wrappersAround(node, w)
    .filter(
      (wrapper) => wrapper.localName !== "sdt" || !insideParagraph(wrapper, w) || !contains(wrapper, other),
    )
    .at(-1);
}

const WRAPPERS = new Set(["sdt", "smartTag", "customXml"]);

/** The wrappers around a node, innermost first. */
function wrappersAround(node: XmlNode, w: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let at = node.parentNode; at !== null; at = at.parentNode) {
    if (isElement(at) && at.namespaceURI === w && WRAPPERS.has(at.localName ?? "")) out.push(at);
  }
  return out;
}

function insideParagraph(node: XmlNode, w: string): boolean {
  for (let at = node.parentNode; at !== null; at = at.parentNode) {
    if (isElement(at) && at.namespaceURI === w && at.localName === "p") return true;
  }
  return false;
}

function contains(ancestor: XmlNode, node: XmlNode): boolean {
  for (let at: XmlNode | null = node; at !== null; at = at.parentNode) if (at === ancestor) return true;
  return false;
}
