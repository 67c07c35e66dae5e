/** Named limbs in a pack: their schema, and their samples checked against their patterns. */
import { describe, expect, it } from "vitest";
import { CHECK_KINDS } from "../../src/checks/registry.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostics.js";
import { validatePack } from "../../src/rules/validate-pack.js";

const PACK = `name: demo
title: Demo statements
version: 0.1.0
rules:
  - id: demo/caution
    title: Caution to shareholders
    severity: warning
    message: "The caution is {{problem}}."
    citation:
      source: Market practice
      url: https://example.com/practice
      verified: false
    check:
      kind: required
      statement:
        en:
          anchors: ['exercise caution']
          wording: ['Shareholders are advised to exercise caution when dealing in the shares.']
          limbs:
            - 'dealing in'
            - name: caution
              means: shareholders are advised to exercise caution
              accepts: ['exercise caution']
              reversedBy: ['need not exercise caution']
              samples:
                accepted: ['Shareholders are advised to exercise caution.']
                reversed: ['Shareholders need not exercise caution.']
        zh:
          anchors: ['審慎行事']
          wording: ['股東於買賣股份時務請審慎行事。']
          limbs:
            - name: caution
              means: 務請審慎行事
              accepts: ['審慎行事']
              reversedBy: ['無需審慎行事']
              samples:
                accepted: ['股東於買賣股份時務請審慎 行事。']
                reversed: ['股東於買賣股份時無需審慎行事。']
    examples:
      valid:
        - text: Shareholders of Tidewater Genomics Limited are advised to exercise caution when dealing in the shares.
      invalid:
        - text: Shareholders of Tidewater Genomics Limited need not exercise caution when dealing in the shares.
          kind: deviates
`;

const problemsOf = (text: string): Diagnostic[] => validatePack(text, "demo.yaml", CHECK_KINDS).problems;

describe("named limbs in a pack", () => {
  it("accepts bare and named limbs whose samples agree with their patterns", () => {
    // The Chinese sample has a space inside, as extracted text does; samples are normalised too.
    expect(problemsOf(PACK)).toEqual([]);
  });

  it("reports an accepted sample the patterns do not accept, at the sample", () => {
    const text = PACK.replace(
      "accepted: ['Shareholders are advised to exercise caution.']",
      "accepted: ['Shareholders are advised to be careful.']",
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([["limb-sample-mismatch", 26]]);
    expect(problems[0]?.message).toBe(
      'the accepted sample "Shareholders are advised to be careful." of limb `caution` in rule demo/caution is judged missing by the limb\'s patterns',
    );
  });

  it("reports a reversed sample the patterns read as accepted", () => {
    const text = PACK.replace(
      "reversed: ['股東於買賣股份時無需審慎行事。']",
      "reversed: ['股東於買賣股份時不必審慎行事。']",
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.code)).toEqual(["limb-sample-mismatch"]);
    expect(problems[0]?.message).toContain("is judged present");
  });

  it("requires a limb's name, meaning and accepted wordings", () => {
    const text = PACK.replace("              means: shareholders are advised to exercise caution\n", "");
    expect(problemsOf(text).map((p) => p.code)).toEqual(["missing-key"]);
  });

  it("rejects a limb name that is not kebab-case, and an unknown limb key", () => {
    expect(
      problemsOf(
        PACK.replace(
          "name: caution\n              means: share",
          "name: Caution Limb\n              means: share",
        ),
      ).map((p) => p.code),
    ).toEqual(["bad-value"]);
    expect(
      problemsOf(PACK.replace("reversedBy: ['need not", "reversed: ['need not")).map((p) => p.code),
    ).toContain("unknown-key");
  });

  it("checks a limb's patterns like every other pattern", () => {
    const text = PACK.replace(
      "reversedBy: ['need not exercise caution']",
      "reversedBy: ['(?<!not )exercise']",
    );
    expect(problemsOf(text).map((p) => p.code)).toContain("pattern-syntax");
  });
});
