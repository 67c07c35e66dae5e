/**
 * Runs every rule of rules/hkex/structure.yaml on its own examples through the structured check
 * kinds: valid texts give no finding, invalid texts at least one finding of the named kind whose
 * data fills every {{placeholder}} of the rule's message.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { structuredCheckKinds } from "../../src/checks/structured-kinds.js";
import type { CheckKind } from "../../src/checks/types.js";
import type { Rule } from "../../src/rules/types.js";
import { runKind } from "../facts/helpers.js";

const pack = parse(readFileSync(new URL("../../rules/hkex/structure.yaml", import.meta.url), "utf8")) as {
  name: string;
  rules: Rule[];
};
const kinds = new Map(structuredCheckKinds.map((kind) => [kind.name, kind]));
const ajv = new Ajv2020({ allErrors: true });

function kindOf(rule: Rule): { kind: CheckKind; options: Record<string, unknown> } {
  const { kind: name, ...options } = rule.check;
  const kind = kinds.get(name);
  if (!kind) throw new Error(`${rule.id}: unknown kind ${name}`);
  return { kind, options };
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? "");
}

describe("rules/hkex/structure.yaml", () => {
  it("is the hkex pack with cited rules", () => {
    expect(pack.name).toBe("hkex");
    expect(pack.rules.length).toBeGreaterThanOrEqual(15);
    for (const rule of pack.rules) {
      expect(rule.id.startsWith("hkex/")).toBe(true);
      expect(rule.citation.url).toMatch(/^https:\/\//);
      if (rule.severity === "error") expect(rule.citation.verified).toBe(true);
    }
  });

  for (const rule of pack.rules) {
    describe(rule.id, () => {
      it("has options its kind accepts", () => {
        const { kind, options } = kindOf(rule);
        expect(ajv.validate(kind.optionsSchema, options), JSON.stringify(ajv.errors)).toBe(true);
      });

      rule.examples.valid.forEach((example, index) => {
        it(`valid example ${index + 1} gives no finding`, () => {
          const { kind, options } = kindOf(rule);
          expect(runKind(kind, options, example.text)).toEqual([]);
        });
      });

      rule.examples.invalid.forEach((example, index) => {
        it(`invalid example ${index + 1} gives a ${example.kind} finding with the message data`, () => {
          const { kind, options } = kindOf(rule);
          const findings = runKind(kind, options, example.text).filter(
            (finding) => finding.kind === example.kind,
          );
          expect(findings.length).toBeGreaterThan(0);
          for (const name of placeholders(rule.message)) expect(findings[0]?.data).toHaveProperty(name);
        });
      });
    });
  }
});
