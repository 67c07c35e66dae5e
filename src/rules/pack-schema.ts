/**
 * The full rule-pack schema: schemas/rule-pack.schema.json plus, for each check kind, an
 * if/then on `check.kind` whose `then` is that kind's optionsSchema. With if/then (rather than a
 * oneOf over kinds) ajv reports only the options of the kind actually named, so a bad option is
 * reported as itself instead of as "must match exactly one schema in oneOf".
 *
 * One ajv validator is compiled per set of kinds, lazily, and cached; a build step may register a
 * precompiled (ajv standalone) validator for the bundled kinds instead.
 */

import type { ValidateFunction } from "ajv";
import baseSchema from "../../schemas/rule-pack.schema.json" with { type: "json" };
import type { CheckKind, JsonSchema } from "../checks/types.js";
import { createAjv } from "../diagnostics/create-ajv.js";

export type CheckKinds = ReadonlyMap<string, CheckKind>;

const KIND_SCHEMA_BASE = "https://disclint.dev/schemas/check/";

export function buildPackSchema(kinds: CheckKinds): JsonSchema {
  const schema = structuredClone(baseSchema) as JsonSchema & { $defs: Record<string, JsonSchema> };
  const names = [...kinds.keys()].sort();
  schema.$defs.check = {
    description: "the check kind and its options",
    type: "object",
    required: ["kind"],
    properties: { kind: { enum: names } },
    allOf: names.map((name) => ({
      if: { type: "object", properties: { kind: { const: name } }, required: ["kind"] },
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise
      then: { $ref: `${KIND_SCHEMA_BASE}${name}` },
    })),
  };
  for (const name of names) {
    const kind = kinds.get(name) as CheckKind;
    schema.$defs[`kind-${name}`] = { ...allowKind(kind.optionsSchema), $id: `${KIND_SCHEMA_BASE}${name}` };
  }
  return schema;
}

/**
 * An options schema describes everything beside `kind`; when it closes its properties
 * (additionalProperties: false) `kind` must be let in, at the top and in top-level branches.
 */
function allowKind(options: JsonSchema): JsonSchema {
  const { $schema: _ignored, ...schema } = options;
  const result: JsonSchema = { ...schema };
  const properties = schema.properties;
  if (isSchemaObject(properties) || schema.additionalProperties === false) {
    result.properties = { kind: true, ...(isSchemaObject(properties) ? properties : {}) };
  }
  for (const combinator of ["oneOf", "anyOf", "allOf"]) {
    const branches = schema[combinator];
    if (Array.isArray(branches)) {
      result[combinator] = branches.map((branch) => (isSchemaObject(branch) ? allowKind(branch) : branch));
    }
  }
  return result;
}

function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const validators = new WeakMap<CheckKinds, ValidateFunction>();

/** The validator for packs using these kinds, compiled on first use. */
export function packValidator(kinds: CheckKinds): ValidateFunction {
  const cached = validators.get(kinds);
  if (cached) return cached;
  let validate: ValidateFunction;
  try {
    validate = createAjv().compile(buildPackSchema(kinds));
  } catch (error) {
    // A kind with a broken optionsSchema is a bug in disclint, not in the user's pack.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the rule-pack schema for check kinds ${[...kinds.keys()].join(", ")} does not compile: ${reason}`,
    );
  }
  validators.set(kinds, validate);
  return validate;
}

/** Compiles the validators up front (start-up work a build can replace with standalone code). */
export function compileValidators(kinds: CheckKinds): { pack: ValidateFunction } {
  return { pack: packValidator(kinds) };
}

/** Lets a build use ajv standalone output for a set of kinds instead of compiling at start-up. */
export function registerPackValidator(kinds: CheckKinds, validate: ValidateFunction): void {
  validators.set(kinds, validate);
}
