import { readPlainText } from "./read-text.js";
import type { ReaderOptions } from "./reader-limits.js";
import type { Document } from "./types.js";

/**
 * A Markdown file, kept as written: positions point into the source, and headings are the `#`
 * lines. Markup such as `**` stays in the normalised text; patterns rarely straddle it.
 */
export function readMarkdown(
  path: string,
  input: Uint8Array | string,
  encoding?: string,
  options: ReaderOptions = {},
): Document {
  return readPlainText("markdown", path, input, encoding, options);
}
