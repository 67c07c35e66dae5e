import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { coreCheckKinds } from "../../src/checks/core-kinds.js";
import { TWO_ENTITY, ZH_DISCLAIMER } from "./fixtures.js";

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
const validatorFor = (name: string) => {
  const kind = coreCheckKinds.find((k) => k.name === name);
  if (!kind) throw new Error(`no kind ${name}`);
  return ajv.compile(kind.optionsSchema);
};

describe("option schemas of the core kinds", () => {
  it("lists the four core kinds", () => {
    expect(coreCheckKinds.map((k) => k.name)).toEqual([
      "required",
      "forbidden",
      "conditional",
      "consistency",
    ]);
  });

  it("accept the documented options", () => {
    const statement = {
      en: { anchors: ["take no responsibility"], wording: [TWO_ENTITY], limbs: ["make no representation"] },
      zh: { anchors: ["概不負責"], wording: [ZH_DISCLAIMER] },
    };
    expect(
      validatorFor("required")({ statement, position: "top", minSimilarity: 0.8, outdated: ["x"] }),
    ).toBe(true);
    expect(validatorFor("required")({ statement, position: { before: "By order of the Board" } })).toBe(true);
    expect(validatorFor("forbidden")({ patterns: ["\\[TBD\\]"], region: "top" })).toBe(true);
    const conditional = {
      when: ["expects"],
      unless: ["n/a"],
      // biome-ignore lint/suspicious/noThenProperty: `then` is the key the rule format defines
      then: { statement },
    };
    expect(validatorFor("conditional")(conditional)).toBe(true);
    const consistency = {
      pattern: "(?P<value>\\d+)",
      normalise: ["strip-leading-zeros"],
      requiredIn: "top",
      profileKey: "stockCode",
    };
    expect(validatorFor("consistency")(consistency)).toBe(true);
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
