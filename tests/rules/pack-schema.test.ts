import { describe, expect, it } from "vitest";
import type { CheckKind } from "../../src/checks/types.js";
import { buildPackSchema, packValidator } from "../../src/rules/pack-schema.js";
import { fakeKinds } from "./fake-kinds.js";

describe("buildPackSchema", () => {
  it("restricts check.kind to the known kinds and adds one if/then per kind", () => {
    const schema = buildPackSchema(fakeKinds) as {
      $defs: Record<string, { properties?: unknown; allOf?: unknown[] }>;
    };
    expect(schema.$defs.check?.properties).toEqual({
      kind: { enum: ["consistency", "forbidden", "required"] },
    });
    expect(schema.$defs.check?.allOf).toHaveLength(3);
    expect(schema.$defs["kind-forbidden"]?.properties).toHaveProperty("kind", true);
  });

  it("compiles one validator per set of kinds and reuses it", () => {
    expect(packValidator(fakeKinds)).toBe(packValidator(fakeKinds));
  });

  it("fails loudly when a kind's option schema is not valid JSON Schema (a bug, not a user error)", () => {
    const broken: CheckKind = {
      name: "broken",
      optionsSchema: { type: "object", properties: { x: { type: "strnig" } } },
      placeholders: [],
      docs: { summary: "broken", example: "", details: "" },
      compile: () => ({ run: () => [] }),
    };
    expect(() => packValidator(new Map([["broken", broken]]))).toThrow(/does not compile/);
  });
});
