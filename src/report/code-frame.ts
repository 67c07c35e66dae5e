/**
 * A one-line excerpt of the source with the span marked under it. Announcement paragraphs are
 * often one very long line, so the excerpt is a window around the span, and the caret is
 * placed by display width so it stays under the right character in CJK text.
 */
import { createRequire } from "node:module";
import type { Span } from "../document/types.js";

const BEFORE = 40;
const AFTER = 60;

export function codeFrame(source: string, span: Span): string[] {
  const lineStart = source.lastIndexOf("\n", Math.max(0, span.start.offset - 1)) + 1;
  let lineEnd = source.indexOf("\n", span.start.offset);
  if (lineEnd === -1) lineEnd = source.length;
  if (source[lineEnd - 1] === "\r") lineEnd--;
  const from = safeBoundary(source, Math.max(lineStart, span.start.offset - BEFORE));
  const markEnd = Math.min(lineEnd, Math.max(span.end.offset, span.start.offset + 1));
  const to = safeBoundary(source, Math.min(lineEnd, markEnd + AFTER, span.start.offset + BEFORE + AFTER * 2));
  const prefix = from > lineStart ? "…" : "";
  const suffix = to < lineEnd ? "…" : "";
  const text = source.slice(from, to).replace(/\t/g, " ");
  if (text.trim() === "") return [];
  const lead = prefix + source.slice(from, span.start.offset).replace(/\t/g, " ");
  const marked = source.slice(span.start.offset, Math.min(markEnd, to)).replace(/\t/g, " ");
  const gutter = `${span.start.line} | `;
  return [
    `${gutter}${prefix}${text}${suffix}`,
    `${" ".repeat(gutter.length)}${" ".repeat(stringWidth(lead))}${"^".repeat(Math.max(1, stringWidth(marked)))}`,
  ];
}

/** Never cut a surrogate pair in half. */
function safeBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

let displayWidth: ((text: string) => number) | undefined;

/**
 * Columns the text takes in a terminal. string-width builds an Intl.Segmenter when imported
 * (~25 ms, the largest single cost of a cold start), so it is loaded on the first code frame,
 * not at every start-up. In the bundle, esbuild turns the literal `require("string-width")` into
 * a module run on first call; unbundled (tests), Node's own require loads it.
 */
function stringWidth(text: string): number {
  displayWidth ??= (
    (typeof require === "function"
      ? require("string-width")
      : createRequire(import.meta.url)("string-width")) as typeof import("string-width")
  ).default;
  return displayWidth(text);
}
