/**
 * What a directive comment says (docs/suppressions.md): an action, the rule ids it applies to
 * and the reason after ` -- `. The reader found the comments (src/document/directive-comments.ts);
 * deciding what they suppress is suppress.ts's concern.
 */
import type { DirectiveComment, Document } from "../document/types.js";

export type DirectiveAction = "disable-next-paragraph" | "disable" | "enable" | "disable-file";

export interface Directive {
  action: DirectiveAction;
  ruleIds: string[];
  /** The text after ` -- `, trimmed; absent when none was given. */
  reason?: string;
  /** The directive comment in ORIGINAL offsets. */
  start: number;
  end: number;
  /** The comment is part of the checked text, so findings inside it are its own words. */
  inCheckedText: boolean;
}

const ACTIONS: readonly DirectiveAction[] = ["disable-next-paragraph", "disable-file", "disable", "enable"];

/** Every directive of the document, in order. A comment naming no known action is not a directive. */
export function directivesOf(document: Document): Directive[] {
  return document.directiveComments.flatMap((comment) => {
    const directive = parseDirective(comment);
    return directive ? [directive] : [];
  });
}

export function parseDirective(comment: DirectiveComment): Directive | undefined {
  const { body, start, end, inCheckedText } = comment;
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
  return {
    action,
    ruleIds,
    ...(reason !== undefined && reason !== "" && { reason }),
    start,
    end,
    inCheckedText,
  };
}
