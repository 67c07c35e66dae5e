/**
 * Inline suppression directives, as written in a draft (docs/suppressions.md):
 *
 *   Markdown and HTML   <!-- disclint-disable-next-paragraph hkex/x -- reason -->
 *   plain text          a line of its own: %% disclint-disable-next-paragraph hkex/x -- reason
 *
 * with `disable` … `enable` for a range and `disable-file` for the whole file. Parsing only
 * finds and reads directives; deciding what they suppress is suppress.ts's concern.
 */
import type { DocumentFormat } from "../document/types.js";

export type DirectiveAction = "disable-next-paragraph" | "disable" | "enable" | "disable-file";

export interface Directive {
  action: DirectiveAction;
  ruleIds: string[];
  /** The text after ` -- `, trimmed; absent when none was given. */
  reason?: string;
  /** The directive's own text, in the offsets of the text it was found in. */
  start: number;
  end: number;
}

const ACTIONS: readonly DirectiveAction[] = ["disable-next-paragraph", "disable-file", "disable", "enable"];

/** `<!-- disclint-… -->`; the body may span lines. */
const COMMENT = /<!--\s*(disclint-[\s\S]*?)\s*-->/g;
/**
 * `%% disclint-…` alone on a line. "%%" does not occur in announcements (a percentage is
 * always preceded by a number), so the form cannot be mistaken for text.
 */
const TEXT_LINE = /^[ \t]*%%[ \t]*(disclint-[^\r\n]*?)[ \t]*$/gm;

/** Which directive form a format uses; Word and PDF have none (they use a baseline). */
export function directiveSyntax(format: DocumentFormat): "comment" | "line" | undefined {
  if (format === "markdown" || format === "html") return "comment";
  if (format === "text") return "line";
  return undefined;
}

/** Every directive in `text`, in order. A body naming no known action is not a directive. */
export function findDirectives(text: string, syntax: "comment" | "line"): Directive[] {
  const pattern = syntax === "comment" ? COMMENT : TEXT_LINE;
  const directives: Directive[] = [];
  for (const match of text.matchAll(pattern)) {
    const parsed = parseBody(match[1] ?? "");
    if (!parsed) continue;
    const start = match.index ?? 0;
    directives.push({ ...parsed, start, end: start + match[0].length });
  }
  return directives;
}

function parseBody(body: string): Omit<Directive, "start" | "end"> | undefined {
  const name = /^disclint-([a-z-]+)/.exec(body)?.[1];
  const action = ACTIONS.find((candidate) => candidate === name);
  if (!action) return undefined;
  const rest = body.slice(`disclint-${action}`.length);
  const separator = rest.search(/(?:^|\s)--(?:\s|$)/);
  const list = separator === -1 ? rest : rest.slice(0, separator);
  const reason =
    separator === -1
      ? undefined
      : rest
          .slice(separator)
          .replace(/^\s*--/, "")
          .trim();
  const ruleIds = list
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return { action, ruleIds, ...(reason !== undefined && reason !== "" && { reason }) };
}
