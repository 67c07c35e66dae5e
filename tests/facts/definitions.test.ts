import { describe, expect, it } from "vitest";
import { extractDefinitions } from "../../src/facts/definitions.js";
import { variantsOf } from "../../src/facts/term-usage.js";
import { doc } from "./helpers.js";

describe("extractDefinitions", () => {
  it("reads inline definitions in English and Chinese", () => {
    const text =
      'Lumen Harbour Biotech Limited (the "Company") and its subsidiaries (collectively, the "Group") entered into an agreement (the “Agreement” or the "Deal"). 璐明海港生物科技有限公司（「本公司」）';
    const terms = extractDefinitions(doc(text)).map((definition) => definition.term);
    expect(terms).toEqual(["Company", "Group", "Agreement", "Deal", "本公司"]);
  });

  it("reads glossary lines under a DEFINITIONS heading, including split entries", () => {
    const text = [
      "DEFINITIONS",
      "",
      '"BCMA"            B-cell maturation antigen',
      '"Board"           the board of Directors',
      '"Phase Ib"        a clinical trial phase in which',
      "                  dose expansion is studied",
      "",
      "By order of the Board",
    ].join("\n");
    const document = doc(text);
    const definitions = extractDefinitions(document);
    expect(definitions.map((definition) => [definition.term, definition.source])).toEqual([
      ["BCMA", "glossary"],
      ["Board", "glossary"],
      ["Phase Ib", "glossary"],
    ]);
    const bcma = definitions[0];
    expect(bcma && document.normalised.slice(bcma.start, bcma.end)).toBe("BCMA");
  });

  it("finds variant spellings but not case-only differences", () => {
    const text = 'the Phase Ib trial (the "Phase Ib") then Phase 1b, phase Ib and Phase-Ib';
    const document = doc(text);
    const [definition] = extractDefinitions(document);
    if (!definition) throw new Error("no definition");
    const normalised = document.normalised;
    const variants = variantsOf(normalised, definition, [definition.entry]).map((at) =>
      normalised.slice(at.start, at.end),
    );
    expect(variants).toEqual(["Phase 1b", "Phase-Ib"]);
  });
});
