/**
 * Carries edits planned on an HTML file's extracted text back into its markup. A replacement
 * is made only where the markup holds the very characters that were checked (no entity, tag
 * or collapsed space inside), so a fix never breaks an element; an inserted paragraph becomes
 * a <p> placed before the element that opens the following paragraph.
 */
import type { Block, HtmlAnchor } from "../document/types.js";
import type { EditPlan, TextEdit } from "./edits.js";

export interface HtmlLayout {
  html: string;
  /** The extracted text (the Document's original). */
  text: string;
  anchors: readonly HtmlAnchor[];
  blocks: readonly Block[];
  /** For each block, the HTML offset of its first text. */
  blockSourceOffsets: readonly number[];
}

/** Edits in HTML offsets, with text escaped and laid out (never `block`), for applyEdits. */
export function toHtmlEdits(layout: HtmlLayout, plan: EditPlan): EditPlan {
  const edits: TextEdit[] = [];
  const skipped = [...plan.skipped];
  for (const edit of plan.edits) {
    const mapped = edit.block ? paragraphEdit(layout, edit) : inlineEdit(layout, edit);
    if (mapped) edits.push(mapped);
    else skipped.push({ ruleId: edit.ruleId, reason: "the markup here is too complex to edit safely" });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, skipped };
}

function inlineEdit(layout: HtmlLayout, edit: TextEdit): TextEdit | undefined {
  const { html, text, anchors } = layout;
  const index = lastAnchorAtOrBefore(anchors, edit.start);
  const anchor = anchors[index];
  if (!anchor) return undefined;
  const checked = text.slice(edit.start, edit.end);
  const lead = text.slice(anchor.text, edit.start);
  const at = anchor.html + lead.length;
  const literal = html.slice(anchor.html, at) === lead && html.slice(at, at + checked.length) === checked;
  const start = literal ? at : relocated(layout, index, checked);
  if (start === undefined) return undefined;
  return { ...edit, start, end: start + checked.length, text: escapeHtml(edit.text), block: false };
}

/** The checked text found in the markup of its own run, when collapsed spaces moved it. */
function relocated(layout: HtmlLayout, anchorIndex: number, checked: string): number | undefined {
  if (checked === "") return undefined;
  const anchor = layout.anchors[anchorIndex] as HtmlAnchor;
  const found = layout.html.indexOf(checked, anchor.html);
  const limit = layout.anchors[anchorIndex + 1]?.html ?? layout.html.length;
  return found !== -1 && found < limit ? found : undefined;
}

function paragraphEdit(layout: HtmlLayout, edit: TextEdit): TextEdit | undefined {
  const body = edit.text.replace(/^\n+|\n+$/g, "");
  const paragraph = `<p>${escapeHtml(body).replace(/\n/g, "<br>")}</p>\n`; // applyEdits gives "\n" the file's line ending
  const at = paragraphInsertionPoint(layout, edit.start);
  if (at === undefined) return undefined;
  return { ...edit, start: at, end: at, text: paragraph, block: false };
}

function paragraphInsertionPoint(layout: HtmlLayout, textOffset: number): number | undefined {
  const { html, blocks, blockSourceOffsets } = layout;
  const block = blocks.find((candidate) => candidate.start >= textOffset);
  if (!block) {
    const bodyEnd = html.search(/<\/body\s*>/i);
    return bodyEnd === -1 ? html.length : bodyEnd;
  }
  const first = blockSourceOffsets[block.index];
  return first === undefined ? undefined : beforeOpeningTags(html, first);
}

/** Steps back over the opening tags (not </…>, <html>, <body>) just before the paragraph's text. */
function beforeOpeningTags(html: string, offset: number): number {
  let position = offset;
  for (;;) {
    let cursor = position;
    while (cursor > 0 && /\s/.test(html[cursor - 1] as string)) cursor--;
    if (html[cursor - 1] !== ">") return position;
    const tagStart = html.lastIndexOf("<", cursor - 1);
    if (tagStart === -1) return position;
    const tag = html.slice(tagStart, cursor);
    if (/^<(?:\/|!|\?|html\b|body\b|head\b)/i.test(tag)) return position;
    position = tagStart;
  }
}

function lastAnchorAtOrBefore(anchors: readonly HtmlAnchor[], textOffset: number): number {
  let low = 0;
  let high = anchors.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((anchors[middle] as HtmlAnchor).text <= textOffset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
