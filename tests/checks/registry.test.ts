/**
 * Every registered kind describes itself truly: its documented example is a `check:` its own
 * schema accepts (and the pack schema too), its placeholders are plain names, and its schema
 * rejects a misspelt option. A new kind is held to this by the registry line that adds it.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import { ENGINE_PLACEHOLDERS } from "../../src/checks/types.js";
import { createAjv } from "../../src/diagnostics/create-ajv.js";
import { validatePack } from "../../src/rules/validate-pack.js";
import { TWO_ENTITY, ZH_DISCLAIMER } from "./fixtures.js";

const ajv = createAjv();
const validatorFor = (name: string) => {
  const kind = CHECK_KINDS.get(name);
  if (!kind) throw new Error(`no kind ${name}`);
  return ajv.compile(kind.optionsSchema);
};

/** A one-rule pack around a kind's documented `check:` block. */
function packWith(check: string): string {
  return [
    "name: demo",
    "title: Demo",
    "version: 0.1.0",
    "rules:",
    "  - id: demo/example",
    "    title: Example",
    "    severity: info",
    '    message: "Example."',
    "    citation: { source: Demo, url: https://example.com, verified: false }",
    ...check
      .trimEnd()
      .split("\n")
      .map((line) => `    ${line}`),
    "    examples:",
    "      valid: [{ text: a }]",
    "      invalid: [{ text: b, kind: missing }]",
    "",
  ].join("\n");
}

describe.each([...CHECK_KINDS.values()].map((kind) => [kind.name, kind] as const))(
  "check kind %s",
  (_name, kind) => {
    it("documents an example its options schema accepts", () => {
      const { check } = parse(kind.docs.example) as { check: { kind: string } };
      expect(check.kind).toBe(kind.name);
      const { kind: _kind, ...options } = check;
      const validate = ajv.compile(kind.optionsSchema);
      expect(validate(options), JSON.stringify(validate.errors)).toBe(true);
      const validation = validatePack(packWith(kind.docs.example), "demo.yaml", CHECK_KINDS);
      expect(validation.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    });

    it("says what it checks and what it reports", () => {
      expect(kind.docs.summary).toMatch(/^\S.*[^.]$/);
      expect(kind.docs.details.trim()).not.toBe("");
    });

    it("declares plain, distinct placeholders, none of them the engine's own", () => {
      expect(kind.placeholders.every((name) => /^[a-zA-Z]+$/.test(name))).toBe(true);
      expect(new Set(kind.placeholders).size).toBe(kind.placeholders.length);
      expect(kind.placeholders.filter((name) => ENGINE_PLACEHOLDERS.includes(name))).toEqual([]);
    });

    it("rejects an option it does not know", () => {
      const { check } = parse(kind.docs.example) as { check: Record<string, unknown> };
      const { kind: _kind, ...options } = check;
      expect(ajv.compile(kind.optionsSchema)({ ...options, unknownOption: true })).toBe(false);
    });
  },
);

describe("option schemas of the statement kinds", () => {
  it("accept the documented options", () => {
    const statement = {
      en: { anchors: ["take no responsibility"], wording: [TWO_ENTITY], limbs: ["make no representation"] },
      zh: { anchors: ["概不負責"], wording: [ZH_DISCLAIMER] },
    };
    expect(
      validatorFor("required")({ statement, position: "top", minSimilarity: 0.8, outdated: ["x"] }),
    ).toBe(true);
    expect(validatorFor("required")({ statement, position: { before: "By order of the Board" } })).toBe(true);
  });

  it("reject misspelt, missing or ill-typed options", () => {
    const statement = { en: { anchors: ["a"], wording: ["b"] } };
    expect(validatorFor("required")({ statement, positon: "top" })).toBe(false);
    expect(validatorFor("required")({ statement, position: "middle" })).toBe(false);
    expect(validatorFor("required")({ statement: { fr: { anchors: ["a"], wording: ["b"] } } })).toBe(false);
    expect(validatorFor("required")({ statement: { en: { anchors: [], wording: ["b"] } } })).toBe(false);
    expect(validatorFor("forbidden")({ patterns: "\\[TBD\\]" })).toBe(false);
    expect(validatorFor("conditional")({ when: ["x"] })).toBe(false);
    expect(validatorFor("consistency")({ pattern: "(?P<value>\\d+)", normalise: ["strip-zeros"] })).toBe(
      false,
    );
  });
});
