/**
 * Reading a YAML file so that every later problem can point at the right place: the parsed
 * document keeps node ranges, and a LineCounter turns offsets into 1-based lines and UTF-16
 * columns. A leading BOM is dropped before parsing so a file saved with one reports the same
 * positions as one without; CRLF needs nothing (columns are counted from the line start).
 */

import type { Document, Node, Pair, YAMLError } from "yaml";
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Diagnostic, Location } from "./diagnostics.js";

/** A path into the data: object keys and array indexes (as in ajv's instancePath). */
export type DataPath = readonly (string | number)[];

/** Aliases expanded beyond this count mean a "billion laughs" file, not a rule pack. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  file: string;
  /** The text that was parsed (without a BOM). */
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

export interface ParsedYaml {
  source: YamlSource;
  /** The data, when the YAML is well formed. */
  data?: unknown;
  problems: Diagnostic[];
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const cleanText = text.replace(/^\uFEFF/, "");
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `2024-06-11` stays a string and `no` stays a string.
  const document = parseDocument(cleanText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const source: YamlSource = { file, text: cleanText, document, lineCounter };
  const problems = firstSyntaxErrorOnly(document.errors).map((error) => yamlErrorDiagnostic(source, error));
  if (problems.length > 0) return { source, problems };
  try {
    return { source, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = /alias/i.test(reason)
      ? `the file expands YAML aliases more than ${MAX_ALIAS_COUNT} times; it is refused as a resource-exhaustion attack`
      : `the YAML could not be read: ${reason}`;
    return { source, problems: [diagnosticAt(source, [0, 0], "yaml-alias-limit", message)] };
  }
}

/** After the first syntax error the parser's view of the structure is guesswork: report that one. */
function firstSyntaxErrorOnly(errors: readonly YAMLError[]): YAMLError[] {
  const firstSyntax = errors.find((error) => error.code !== "DUPLICATE_KEY");
  return errors.filter((error) => error.code === "DUPLICATE_KEY" || error === firstSyntax);
}

function yamlErrorDiagnostic(source: YamlSource, error: YAMLError): Diagnostic {
  if (error.code === "DUPLICATE_KEY") {
    const key =
      source.text
        .slice(error.pos[0])
        .split(/[:\r\n]/)[0]
        ?.trim() ?? "";
    return diagnosticAt(
      source,
      error.pos,
      "yaml-duplicate-key",
      `the key \`${key}\` appears twice in the same mapping`,
    );
  }
  return diagnosticAt(source, error.pos, "yaml-syntax", yamlSyntaxMessage(source.text, error));
}

function yamlSyntaxMessage(text: string, error: YAMLError): string {
  const base = error.message.replace(/ at line \d+, column \d+.*$/s, "").trim();
  if (error.code === "BAD_DQ_ESCAPE") {
    const written = text.slice(error.pos[0], error.pos[0] + 2);
    return `\`${written}\` is not an escape in a double-quoted YAML string; write patterns in single quotes ('...') or a block scalar`;
  }
  return sentence(base);
}

function sentence(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, "");
}

export function diagnosticAt(
  source: YamlSource,
  range: readonly [number, number] | readonly number[],
  code: Diagnostic["code"],
  message: string,
  severity: Diagnostic["severity"] = "error",
): Diagnostic {
  return { code, severity, message, file: source.file, ...locate(source, range) };
}

/** Offsets [start, end) → 1-based line and column. */
export function locate(source: YamlSource, range: readonly number[]): Location {
  const start = range[0] ?? 0;
  const end = Math.max(start, range[1] ?? start);
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

export interface NodeLookup {
  /** The node at the path, or the nearest ancestor that exists. */
  node?: Node;
  /** The key/value pair whose value is the node, when the last step was a mapping key. */
  pair?: Pair;
  /** How much of the path was found. */
  depth: number;
}

/** Walks the document along a data path, following aliases as the data did. */
export function lookup(source: YamlSource, path: DataPath): NodeLookup {
  let node: unknown = source.document.contents;
  let pair: Pair | undefined;
  let depth = 0;
  for (const step of path) {
    const current = resolveAlias(source, node);
    const next = child(current, step);
    if (!next) break;
    node = next.node;
    pair = next.pair;
    depth++;
  }
  const found = resolveAlias(source, node);
  return { node: isNode(found) ? found : undefined, pair, depth };
}

function resolveAlias(source: YamlSource, node: unknown): unknown {
  return isAlias(node) ? node.resolve(source.document) : node;
}

function child(node: unknown, step: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isSeq(node) && typeof step === "number") {
    const item = node.items[step];
    return item === undefined ? undefined : { node: item };
  }
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(step));
    return pair ? { node: pair.value, pair } : undefined;
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** The value's text as written, for scalars (`1.0` rather than the number 1). */
export function writtenText(source: YamlSource, path: DataPath): string | undefined {
  const found = lookup(source, path);
  if (found.depth !== path.length || !isScalar(found.node) || !found.node.range) return undefined;
  return source.text.slice(found.node.range[0], found.node.range[1]).trim();
}

/** The range of the value at the path; for an empty value (`title:`) the range of its key. */
export function valueRange(source: YamlSource, path: DataPath): [number, number] {
  const found = lookup(source, path);
  const range = found.node?.range;
  if (found.depth === path.length && range && range[1] > range[0]) return [range[0], range[1]];
  const keyRange = isNode(found.pair?.key) ? found.pair.key.range : undefined;
  if (keyRange) return [keyRange[0], keyRange[1]];
  return range ? [range[0], range[1]] : [0, 0];
}

/** The range of a key inside the mapping at `path` (for unknown keys), else the mapping's. */
export function keyRange(source: YamlSource, path: DataPath, key: string): [number, number] {
  const found = lookup(source, [...path, key]);
  const keyNode = found.depth === path.length + 1 ? found.pair?.key : undefined;
  if (isNode(keyNode) && keyNode.range) return [keyNode.range[0], keyNode.range[1]];
  return valueRange(source, path);
}
