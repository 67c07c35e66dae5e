/**
 * Where a draft's suppression directives are written (docs/suppressions.md), found once by the
 * reader:
 *
 *   Markdown and HTML   <!-- disclint-disable-next-paragraph hkex/x -- reason -->
 *   plain text          a line of its own: %% disclint-disable-next-paragraph hkex/x -- reason
 *
 * This module only finds the comments; what a comment's words mean is src/engine/directives.ts's
 * concern. Word and PDF have no comment form (they use a baseline).
 */
import type { DirectiveComment, DocumentFormat } from "./types.js";

export type DirectiveSyntax = "comment" | "line";

/** `<!-- disclint-… -->`; the body may span lines. */
const COMMENT = /<!--\s*(disclint-[\s\S]*?)\s*-->/g;
/**
 * `%% disclint-…` alone on a line. "%%" does not occur in announcements (a percentage is
 * always preceded by a number), so the form cannot be mistaken for text.
 */
const TEXT_LINE = /^[ \t]*%%[ \t]*(disclint-[^\r\n]*?)[ \t]*$/gm;

/** Which comment form a format uses; Word and PDF have none. */
export function directiveSyntax(format: DocumentFormat): DirectiveSyntax | undefined {
  if (format === "markdown" || format === "html") return "comment";
  if (format === "text") return "line";
  return undefined;
}

/** Every directive comment in `text`, in order, in `text`'s offsets. */
export function findDirectiveComments(
  text: string,
  syntax: DirectiveSyntax,
  inCheckedText: boolean,
): DirectiveComment[] {
  const pattern = syntax === "comment" ? COMMENT : TEXT_LINE;
  return [...text.matchAll(pattern)].map((match) => ({
    body: match[1] ?? "",
    start: match.index,
    end: match.index + match[0].length,
    inCheckedText,
  }));
}
