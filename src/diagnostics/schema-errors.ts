/**
 * Turns ajv's errors into plain sentences at YAML positions: "unknown key `severty` in rule
 * hkex/x; did you mean `severity`?" rather than "must NOT have additional properties". Cascades
 * are collapsed first: the branches of a failed oneOf/anyOf, the "must match then" echo of an
 * if/then, and everything else said about a value whose type is already wrong.
 */
import type { ErrorObject } from "ajv";
import type { Diagnostic, DiagnosticCode } from "./diagnostics.js";
import { closestName, didYouMean } from "./did-you-mean.js";
import {
  type DataPath,
  diagnosticAt,
  keyRange,
  valueRange,
  writtenText,
  type YamlSource,
} from "./yaml-positions.js";

export interface SchemaErrorContext {
  source: YamlSource;
  /** Where a path is, for messages: " in rule hkex/x" (with a leading space), or "". */
  where(path: DataPath): string;
  /** A diagnostic for errors the caller words itself (unknown check kind, …), or undefined. */
  special?(error: ErrorObject, path: DataPath): Diagnostic | undefined;
  /** The code for a value error at a path (e.g. "bad-id" for ids); default "bad-value". */
  valueCode?(path: DataPath): DiagnosticCode;
}

export function schemaDiagnostics(errors: readonly ErrorObject[], context: SchemaErrorContext): Diagnostic[] {
  const kept = withoutMisspeltMissing(collapseCascades(errors));
  return kept.map((error) => {
    const path = parsePointer(error.instancePath);
    return context.special?.(error, path) ?? describeError(error, path, context);
  });
}

/** JSON pointer → data path, with array indexes as numbers (YAML lookup needs them). */
export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function collapseCascades(errors: readonly ErrorObject[]): ErrorObject[] {
  const branchOwners = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  const outsideBranches = errors.filter(
    (error) =>
      error.keyword !== "if" &&
      !branchOwners.some((owner) => owner !== error && error.schemaPath.startsWith(`${owner.schemaPath}/`)),
  );
  const typeErrorPaths = new Set(
    outsideBranches.filter((e) => e.keyword === "type").map((e) => e.instancePath),
  );
  return outsideBranches.filter(
    (error) =>
      error.keyword === "type" || !ancestors(error.instancePath).some((path) => typeErrorPaths.has(path)),
  );
}

/** The pointer and every pointer above it. */
function ancestors(pointer: string): string[] {
  const out = [pointer];
  let current = pointer;
  while (current !== "") {
    current = current.slice(0, current.lastIndexOf("/"));
    out.push(current);
  }
  return out;
}

/** `severty:` gives both "unknown severty" and "missing severity"; the first says it all. */
function withoutMisspeltMissing(errors: ErrorObject[]): ErrorObject[] {
  const explained = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties" && error.keyword !== "unevaluatedProperties") continue;
    const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
    const match = closestName(key, allowedKeys(error));
    if (match) explained.add(`${error.instancePath}\u0000${match}`);
  }
  return errors.filter(
    (error) =>
      error.keyword !== "required" ||
      !explained.has(`${error.instancePath}\u0000${String(error.params.missingProperty)}`),
  );
}

function allowedKeys(error: ErrorObject): string[] {
  const properties = error.parentSchema?.properties;
  return properties && typeof properties === "object" ? Object.keys(properties) : [];
}

function describeError(error: ErrorObject, path: DataPath, context: SchemaErrorContext): Diagnostic {
  const { source } = context;
  const subject = `${nameOf(path)}${context.where(path)}`;
  const valueCode = context.valueCode?.(path) ?? "bad-value";
  const at = (code: DiagnosticCode, message: string) =>
    diagnosticAt(source, valueRange(source, path), code, message);
  switch (error.keyword) {
    case "additionalProperties":
    case "unevaluatedProperties": {
      const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      const message = `unknown key \`${key}\`${context.where([...path, key])}${knownKeysHint(key, allowedKeys(error))}`;
      return diagnosticAt(source, keyRange(source, path, key), "unknown-key", message);
    }
    case "false schema":
      return at("unknown-key", `${subject} is not allowed here`);
    case "required": {
      const key = String(error.params.missingProperty);
      return at("missing-key", `\`${key}\` is missing${context.where([...path, key])}`);
    }
    case "type": {
      const written = writtenText(source, path);
      const shown =
        typeof error.data === "number" && written ? `the number \`${written}\`` : valueText(error.data);
      const quoteHint =
        error.params.type === "string" && !error.parentSchema?.enum && typeof error.data !== "object"
          ? "; put it in quotes"
          : "";
      return at("wrong-type", `${subject} must be ${typeName(error.params.type)}, not ${shown}${quoteHint}`);
    }
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const hint = didYouMean(String(error.data), allowed);
      return at(
        valueCode,
        `${subject} must be one of ${allowed.join(", ")}, not ${valueText(error.data)}${hint}`,
      );
    }
    case "const":
      return at(
        valueCode,
        `${subject} must be \`${String(error.params.allowedValue)}\`, not ${valueText(error.data)}`,
      );
    case "pattern":
    case "format": {
      const expected = schemaDescription(error) ?? `text matching \`${String(error.schema)}\``;
      return at(valueCode, `${subject} must be ${expected}, not ${valueText(error.data)}`);
    }
    case "minLength":
      return at(valueCode, `${subject} must not be empty`);
    case "minItems":
      return at(valueCode, `${subject} must have at least ${plural(Number(error.params.limit), "item")}`);
    case "maxItems":
      return at(valueCode, `${subject} must have at most ${plural(Number(error.params.limit), "item")}`);
    case "uniqueItems": {
      const item = Number(error.params.i);
      return diagnosticAt(
        source,
        valueRange(source, [...path, item]),
        valueCode,
        `${subject} lists the same item twice`,
      );
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return at(
        valueCode,
        `${subject} must be ${LIMIT_WORDS[error.keyword]} ${String(error.params.limit)}, not ${valueText(error.data)}`,
      );
    case "oneOf":
    case "anyOf": {
      const expected = schemaDescription(error);
      return at(
        valueCode,
        expected ? `${subject} must be ${expected}` : `${subject} has none of the accepted forms`,
      );
    }
    default:
      return at(valueCode, `${subject} ${error.message ?? "is not valid"}`);
  }
}

const LIMIT_WORDS: Record<string, string> = {
  minimum: "at least",
  maximum: "at most",
  exclusiveMinimum: "more than",
  exclusiveMaximum: "less than",
};

function schemaDescription(error: ErrorObject): string | undefined {
  const description = error.parentSchema?.description;
  return typeof description === "string" ? description : undefined;
}

function knownKeysHint(key: string, allowed: string[]): string {
  const hint = didYouMean(key, allowed);
  if (hint || allowed.length === 0) return hint;
  return `; expected one of ${allowed.map((name) => `\`${name}\``).join(", ")}`;
}

/** "`severity`", "item 2 of `anchors`", or "the pack" for the root. */
export function nameOf(path: DataPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return "the file";
  if (typeof last === "string") return `\`${last}\``;
  const parent = path[path.length - 2];
  return parent === undefined ? `item ${last + 1}` : `item ${last + 1} of \`${String(parent)}\``;
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping (key: value)",
    null: "empty",
  };
  const types = Array.isArray(type) ? type : String(type).split(",");
  return types.map((t) => names[String(t)] ?? String(t)).join(" or ");
}

/** A short rendering of a YAML value for messages. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return `\`${shown}\``;
  }
  return `${typeof value === "boolean" ? "" : "the number "}\`${String(value)}\``;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
