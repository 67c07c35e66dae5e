import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/domain/text-order.js";

describe("compareText", () => {
  it("orders as localeCompare does, for plain identifiers and for anything else", () => {
    const plain = fc.stringMatching(/^[a-z0-9./-]{0,8}$/);
    const any = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(plain, any), fc.oneof(plain, any), (a, b) => {
        expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 20_000, seed: 20261203 },
    );
  });

  it("sorts rule ids and pack files as before", () => {
    const ids = [
      "hkex/forward-looking",
      "hkex/board",
      "house/a-b",
      "hkex/board-count",
      "hkex/18a-cautionary",
    ];
    expect([...ids].sort(compareText)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(
      ["rules/hkex/core.yaml", "rules/hkex/capital.yaml", "rules/hkex-2/x.yaml"].sort(compareText),
    ).toEqual(["rules/hkex-2/x.yaml", "rules/hkex/capital.yaml", "rules/hkex/core.yaml"]);
  });
});
