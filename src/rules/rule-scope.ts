/** Where a rule applies, in words a reader of `rules list`, `rules explain` or an MCP client can use. */
import type { Rule } from "./types.js";

/** "main board; Chapter 18A issuers; from 2024-06-11", or "all documents". */
export function describeScope(rule: Rule): string {
  const scope = rule.appliesTo;
  if (!scope) return "all documents";
  const parts: string[] = [];
  if (scope.boards) parts.push(`${scope.boards.join("/")} board`);
  if (scope.regimes) parts.push(`Chapter ${scope.regimes.join("/")} issuers`);
  if (scope.documentKinds) parts.push(scope.documentKinds.join(", "));
  if (scope.exceptDocumentKinds) parts.push(`not ${scope.exceptDocumentKinds.join(", ")}`);
  if (scope.languages) parts.push(scope.languages.join("/"));
  if (scope.effective?.from) parts.push(`from ${scope.effective.from}`);
  if (scope.effective?.until) parts.push(`until ${scope.effective.until}`);
  return parts.length > 0 ? parts.join("; ") : "all documents";
}
