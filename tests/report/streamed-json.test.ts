import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks, STREAMED_ARRAY } from "../../src/report/streamed-json.js";

const join = (chunks: Iterable<string>) => [...chunks].join("");

describe("jsonChunks writes the same text as JSON.stringify(value, replacer, 2)", () => {
  it("for any items, at any depth of the surrounding value", () => {
    const item = fc.jsonValue();
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (items, depth) => {
        // The array sits `depth` levels down, after and before other keys, as files and results do.
        let around: unknown = { before: 1, list: STREAMED_ARRAY, after: [true] };
        let whole: unknown = { before: 1, list: items, after: [true] };
        for (let level = 0; level < depth; level++) {
          around = { tool: "x", runs: [around] };
          whole = { tool: "x", runs: [whole] };
        }
        expect(join(jsonChunks(around, items))).toBe(`${JSON.stringify(whole, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it("applies the replacer to the items as to the rest", () => {
    const drop = (key: string, value: unknown) => (key === "secret" ? undefined : value);
    const items = [{ a: 1, secret: "s" }, { b: [{ secret: 2, c: 3 }] }];
    expect(join(jsonChunks({ files: STREAMED_ARRAY, secret: 1 }, items, drop))).toBe(
      `${JSON.stringify({ files: items }, drop, 2)}\n`,
    );
  });

  it("writes an empty array as []", () => {
    expect(join(jsonChunks({ files: STREAMED_ARRAY }, []))).toBe('{\n  "files": []\n}\n');
  });

  it("produces the items only as the pieces are taken", () => {
    let made = 0;
    function* items() {
      for (let k = 0; k < 3; k++) {
        made++;
        yield { k };
      }
    }
    const pieces = jsonChunks({ files: STREAMED_ARRAY }, items())[Symbol.iterator]();
    pieces.next();
    pieces.next();
    expect(made).toBe(1);
  });
});
