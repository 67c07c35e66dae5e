/** Small stand-ins for the real check kinds, so these tests do not depend on src/checks/. */
import type { CheckKind, JsonSchema } from "../../src/checks/types.js";

const patternList: JsonSchema = { type: "array", minItems: 1, items: { type: "string" } };

/** The fakes fill the placeholders the demo packs' messages use. */
const PLACEHOLDERS = ["problem", "expected", "actual", "match", "value", "first"];

function fakeKind(name: string, optionsSchema: JsonSchema): CheckKind {
  const docs = { summary: `a stand-in for ${name}`, example: `check:\n  kind: ${name}\n`, details: "" };
  return { name, optionsSchema, placeholders: PLACEHOLDERS, docs, compile: () => ({ run: () => [] }) };
}

const statement: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    en: { $ref: "#/$defs/language" },
    zh: { $ref: "#/$defs/language" },
  },
};

export const requiredKind = fakeKind("required", {
  type: "object",
  additionalProperties: false,
  required: ["statement"],
  properties: {
    statement,
    position: {
      description: "top, end, {before: pattern} or {after: pattern}",
      oneOf: [
        { enum: ["top", "end"] },
        {
          type: "object",
          additionalProperties: false,
          required: ["before"],
          properties: { before: { type: "string" } },
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["after"],
          properties: { after: { type: "string" } },
        },
      ],
    },
    minSimilarity: { type: "number", minimum: 0, maximum: 1 },
    outdated: patternList,
  },
  $defs: {
    language: {
      type: "object",
      additionalProperties: false,
      required: ["anchors"],
      properties: {
        anchors: patternList,
        wording: { type: "array", items: { type: "string" } },
        limbs: patternList,
      },
    },
  },
});

export const forbiddenKind = fakeKind("forbidden", {
  type: "object",
  additionalProperties: false,
  required: ["patterns"],
  properties: { patterns: patternList, region: { enum: ["top", "end"] } },
});

export const consistencyKind = fakeKind("consistency", {
  type: "object",
  additionalProperties: false,
  required: ["pattern"],
  properties: { pattern: { type: "string" }, requiredIn: { enum: ["top", "anywhere"] } },
});

export const fakeKinds: ReadonlyMap<string, CheckKind> = new Map(
  [requiredKind, forbiddenKind, consistencyKind].map((kind) => [kind.name, kind]),
);
