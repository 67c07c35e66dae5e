import { describe, expect, it } from "vitest";
import { extractDefinitions } from "../../src/facts/definitions.js";
import { usesOf, variantsOf } from "../../src/facts/term-usage.js";
import { doc } from "./helpers.js";

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((span) => text.slice(span.start, span.end));

describe("usesOf", () => {
  it("finds word-bounded uses, plural and (s) forms, outside the excepted spans", () => {
    const text = "the Director(s) and the Directors; Directorship is not a use";
    expect(texts(text, usesOf(text, "Director(s)", []))).toEqual(["Director(s)", "Directors"]);
    expect(usesOf(text, "Director", [{ start: 0, end: 20 }])).toHaveLength(1);
  });

  it("ignores letter case only when asked", () => {
    const text = "It received Cell Therapy Designation in 2025.";
    expect(usesOf(text, "cell therapy designation", [])).toEqual([]);
    expect(texts(text, usesOf(text, "cell therapy designation", [], { ignoreCase: true }))).toEqual([
      "Cell Therapy Designation",
    ]);
  });

  it("treats Chinese characters as a boundary of a Latin term", () => {
    const text = "本公司計劃提交IND申請。";
    expect(texts(text, usesOf(text, "IND", []))).toEqual(["IND"]);
    expect(usesOf("the INDEX fund", "IND", [])).toEqual([]);
  });
});

describe("variantsOf", () => {
  it("finds variant spellings but not case-only, hyphen-only or space-only differences", () => {
    const text = 'the Phase Ib trial (the "Phase Ib") then Phase 1b, phase Ib and Phase-Ib';
    const document = doc(text);
    const [definition] = extractDefinitions(document);
    if (!definition) throw new Error("no definition");
    const normalised = document.normalised;
    expect(texts(normalised, variantsOf(normalised, definition, [definition.entry]))).toEqual(["Phase 1b"]);
  });

  it("finds an arabic spelling of a roman numeral next to Chinese text", () => {
    const text = '（the "Phase II"）並完成Phase 2試驗';
    const document = doc(text);
    const [definition] = extractDefinitions(document);
    if (!definition) throw new Error("no definition");
    expect(
      texts(document.normalised, variantsOf(document.normalised, definition, [definition.entry])),
    ).toEqual(["Phase 2"]);
  });
});
