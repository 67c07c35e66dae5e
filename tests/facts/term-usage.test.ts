import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDefinitions } from "../../src/facts/definitions.js";
import { baseTerm, usedLoosely, usesOf, variantsOf } from "../../src/facts/term-usage.js";
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

describe("usedLoosely", () => {
  /** The definition of a loose use, computed the slow way: blank the spans, fold, search. */
  function reference(text: string, term: string, except: { start: number; end: number }[]): boolean {
    const fold = (value: string) => value.replace(/-/g, "").toLowerCase().replace(/l/g, "i");
    const folded = fold(baseTerm(term));
    if (folded === "" || /\p{Script=Han}/u.test(folded)) return false;
    let blanked = text;
    for (const span of except) {
      blanked = `${blanked.slice(0, span.start)}${" ".repeat(span.end - span.start)}${blanked.slice(span.end)}`;
    }
    const written = baseTerm(folded);
    const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const stem = /[^aeiou]y$/i.test(written) ? `${escaped.slice(0, -1)}(?:y|ie)` : escaped;
    const word = "[\\p{Script=Latin}\\p{N}]";
    return new RegExp(`(?<!${word})${stem}(?:s|es|\\(s\\))?(?!${word})`, "u").test(fold(blanked));
  }

  it("agrees with blanking, folding and searching the whole text", () => {
    const pieces = [
      "Back",
      "-",
      "to",
      "back",
      " ",
      "TRS",
      "VoIP",
      "VolP",
      "l",
      "I",
      "ΣΑΣ",
      "İ",
      "𝐀",
      "x",
      "s",
    ];
    const textArbitrary = fc
      .array(fc.constantFrom(...pieces), { maxLength: 24 })
      .map((parts) => parts.join(""));
    const termArbitrary = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(""));
    const spanArbitrary = fc
      .tuple(fc.nat(40), fc.nat(8))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        textArbitrary,
        termArbitrary,
        fc.array(spanArbitrary, { maxLength: 3 }),
        (text, term, spans) => {
          // Spans inside the text, as definitions are; they may overlap and split a surrogate pair.
          const except = spans.map(({ start, end }) => ({
            start: Math.min(start, text.length),
            end: Math.min(end, text.length),
          }));
          expect(usedLoosely(text, term, except)).toBe(reference(text, term, except));
        },
      ),
      { numRuns: 3000, seed: 20261203, endOnFailure: true },
    );
  });

  it("agrees where a blanked span makes the use: a space inside the term, a word end after it", () => {
    const pieces = ["Back", "-", "to", "TRS", "VolP", "ΣΑΣ", "İ", " ", " "];
    const termArbitrary = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(termArbitrary, fc.nat(10), fc.constantFrom("", "a", "-"), (term, cut, before) => {
        // The character the span covers stands where the term has a space, or just after it.
        const space = term.indexOf(" ", Math.min(cut, term.length));
        const at = space < 0 ? term.length : space;
        const text = `${before}${term.slice(0, at)}x${term.slice(at + (space < 0 ? 0 : 1))}`;
        const except = [{ start: before.length + at, end: before.length + at + 1 }];
        expect(usedLoosely(text, term.trim(), except)).toBe(reference(text, term.trim(), except));
      }),
      { numRuns: 2000, seed: 20261203, endOnFailure: true },
    );
  });

  it("finds a term whose own hyphen was lost, but not inside its definition", () => {
    const text = 'the Back-toback TRS (the "Back-toback TRS") and later the Back-to-back TRS';
    expect(usedLoosely(text, "Back-toback TRS", [{ start: 20, end: 44 }])).toBe(true);
    expect(usedLoosely(text.slice(0, 44), "Back-toback TRS", [{ start: 0, end: 44 }])).toBe(false);
  });
});
