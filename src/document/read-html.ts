/**
 * HTML reader. The visible text is extracted with htmlparser2's streaming parser (an explicit
 * element stack, no recursion), one block per block-level element, blocks separated by blank
 * lines. Nesting is capped: htmlparser2's own stack costs time quadratic in the depth. The Document's `original`
 * is that extracted text; its `decoded` keeps the markup and the anchors back into it.
 */
import { Parser } from "htmlparser2";
import { createDocument } from "./create-document.js";
import { findDirectiveComments } from "./directive-comments.js";
import { decodeBytesDetailed, hasByteOrderMark } from "./encodings.js";
import { InputError } from "./input-error.js";
import { checkInputSize, type ReaderOptions } from "./reader-limits.js";
import type { Block, Decoded, DirectiveComment, Document, HtmlAnchor } from "./types.js";

/** Content that is never rendered as text. */
const SKIPPED = new Set(["script", "style", "template", "noscript", "head", "iframe", "object", "canvas"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set([
  ...HEADINGS,
  ...["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "caption", "thead", "tbody"],
  ...["section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "figure"],
  ...[
    "figcaption",
    "address",
    "hr",
    "br",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "body",
    "html",
  ],
]);
/** Far beyond real documents (tens of levels); 100,000 levels would take htmlparser2 minutes. */
export const MAX_HTML_DEPTH = 1000;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * `encoding` (from --encoding) applies to byte input; without it a <meta charset> near the top
 * or byte-level detection decides. The Document keeps the markup, the anchors from text back
 * into it and the directive comments, so nothing downstream parses the HTML again.
 */
export function readHtml(
  path: string,
  input: Uint8Array | string,
  encoding?: string,
  options: ReaderOptions = {},
): Document {
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.length;
  checkInputSize(path, size, options.maxInputBytes);
  const decoded =
    typeof input === "string" ? { text: input, bom: false } : decodeHtmlBytes(path, input, encoding);
  const { text, blocks, anchors, blockSourceOffsets } = walk(path, decoded.text);
  return createDocument({
    path,
    format: "html",
    text,
    blocks,
    decoded: { ...decoded, markup: { anchors, blockOffsets: blockSourceOffsets } },
    directiveComments: commentsInMarkup(decoded.text, anchors, text.length),
  });
}

/** An explicit encoding wins; then a <meta charset> near the top; then byte-level detection. */
function decodeHtmlBytes(path: string, bytes: Uint8Array, encoding: string | undefined): Decoded {
  const bom = hasByteOrderMark(bytes);
  if (encoding !== undefined) return { ...decodeBytesDetailed(bytes, path, encoding), bom };
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared))
    return { ...decodeBytesDetailed(bytes, path, declared), bom };
  return { ...decodeBytesDetailed(bytes, path), bom };
}

/**
 * HTML comments are not part of the extracted text: a comment lies between text runs and
 * takes the text offset of the first run that starts at or after it (or the end of the text).
 */
function commentsInMarkup(
  html: string,
  anchors: readonly HtmlAnchor[],
  textLength: number,
): DirectiveComment[] {
  const toText = (offset: number): number => {
    let low = 0;
    let high = anchors.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((anchors[middle] as HtmlAnchor).html < offset) low = middle + 1;
      else high = middle;
    }
    return anchors[low]?.text ?? textLength;
  };
  return findDirectiveComments(html, "comment", false).map((comment) => ({
    ...comment,
    start: toText(comment.start),
    end: toText(comment.end),
  }));
}

interface OpenElement {
  name: string;
  skip: boolean;
  heading: boolean;
  pre: boolean;
}

interface PendingBlock {
  text: string;
  heading: boolean;
  anchors: HtmlAnchor[];
}

interface Walked {
  text: string;
  blocks: Block[];
  anchors: HtmlAnchor[];
  blockSourceOffsets: number[];
}

function walk(path: string, html: string): Walked {
  const out: Walked = { text: "", blocks: [], anchors: [], blockSourceOffsets: [] };
  const stack: OpenElement[] = [];
  let skipped = 0;
  let headings = 0;
  let preformatted = 0;
  let pending: PendingBlock = { text: "", heading: false, anchors: [] };
  const flush = (): void => {
    emitBlock(out, pending);
    pending = { text: "", heading: false, anchors: [] };
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const hidden = "hidden" in attributes || HIDDEN_STYLE.test(attributes.style ?? "");
        const element = {
          name,
          skip: SKIPPED.has(name) || hidden,
          heading: HEADINGS.has(name),
          pre: name === "pre",
        };
        if (BLOCKS.has(name) && skipped === 0) flush();
        stack.push(element);
        if (stack.length > MAX_HTML_DEPTH) {
          throw new InputError(
            "too-deep",
            path,
            `${path}: HTML nests more than ${MAX_HTML_DEPTH} elements deep`,
          );
        }
        if (element.skip) skipped++;
        if (element.heading) headings++;
        if (element.pre) preformatted++;
      },
      onclosetag(name) {
        // htmlparser2 reports implied closes too, so the top of our stack normally matches.
        while (stack.length > 0) {
          const element = stack.pop() as OpenElement;
          if (element.skip) skipped--;
          if (element.heading) headings--;
          if (element.pre) preformatted--;
          if (element.name === name) break;
        }
        if (BLOCKS.has(name) && skipped === 0) flush();
      },
      ontext(data) {
        if (skipped > 0) return;
        appendText(pending, data, parser.startIndex, preformatted > 0);
        if (headings > 0 && pending.text.trim() !== "") pending.heading = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();
  return out;
}

/** HTML collapses runs of spaces, tabs and newlines (not no-break spaces) outside <pre>. */
function appendText(block: PendingBlock, data: string, htmlOffset: number, preformatted: boolean): void {
  let piece = preformatted ? data : data.replace(/[ \t\n\r\f]+/g, " ");
  if (!preformatted && block.text.endsWith(" ") && piece.startsWith(" ")) piece = piece.slice(1);
  if (piece === "") return;
  block.anchors.push({ text: block.text.length, html: htmlOffset });
  block.text += piece;
}

function emitBlock(out: Walked, block: PendingBlock): void {
  const leading = block.text.length - block.text.trimStart().length;
  const body = block.text.trim();
  if (body === "") return;
  if (out.text !== "") out.text += "\n\n";
  const start = out.text.length;
  out.text += body;
  out.blocks.push({
    kind: block.heading ? "heading" : "paragraph",
    index: out.blocks.length,
    start,
    end: out.text.length,
  });
  // Anchors inside the trimmed leading space collapse onto the block start; keep the last.
  const firstAnchor = out.anchors.length;
  for (const anchor of block.anchors) {
    const text = start + Math.min(Math.max(anchor.text - leading, 0), body.length);
    if (out.anchors.length > firstAnchor && out.anchors.at(-1)?.text === text) out.anchors.pop();
    out.anchors.push({ text, html: anchor.html });
  }
  out.blockSourceOffsets.push(out.anchors[firstAnchor]?.html ?? 0);
}
