import { describe, expect, it } from "vitest";
import { bundledReferenceData } from "../../src/bundled/reference-data.js";
import { findOldReferences as findWith, aliasHint as hintWith } from "../../src/facts/rule-aliases.js";

const aliases = bundledReferenceData().ruleAliases;
const aliasHint = (text: string) => hintWith(text, aliases);
const findOldReferences = (text: string) => findWith(text, aliases);

describe("the bundled rule aliases", () => {
  it("map the old appendix numbers to the new", () => {
    const byOld = new Map(aliases.filter((alias) => !alias.board).map((alias) => [alias.old, alias.new]));
    expect(byOld.get("14")).toBe("C1");
    expect(byOld.get("16")).toBe("D2");
    expect(byOld.get("10")).toBe("C3");
    expect(byOld.get("3")).toBe("A1");
    expect(byOld.get("27")).toBe("C2");
    expect(byOld.get("1A")).toBe("D1A");
    expect(byOld.get("1B")).toBe("D1B");
  });
});

describe("aliasHint", () => {
  it("names the new appendix for an old citation", () => {
    expect(aliasHint("Appendix 14")).toMatch(/Appendix 14 is Appendix C1 \(Corporate Governance Code\)/);
    expect(aliasHint("App. 1A")).toMatch(/Appendix D1A/);
    expect(aliasHint("附錄十")).toMatch(/Appendix C3/);
  });
  it("calls C2 the ESG Reporting Code, its name since 1 January 2025", () => {
    expect(aliasHint("Appendix 27")).toMatch(
      /Appendix 27 is Appendix C2 \(Environmental, Social and Governance Reporting Code, called the ESG Reporting Guide until 31 December 2024\)/,
    );
    expect(aliasHint("GEM Appendix 20")).toMatch(
      /Appendix C2 \(Environmental, Social and Governance Reporting Code/,
    );
    expect(aliasHint("Appendix 27")).not.toMatch(/not yet verified/);
  });
  it("uses the GEM table for GEM citations", () => {
    expect(aliasHint("GEM Appendix 15")).toMatch(/GEM Appendix 15 is Appendix C1/);
    expect(aliasHint("GEM Appendix 14")).toBeUndefined();
  });
  it("flags unverified mappings and leaves unknown or new numbers alone", () => {
    expect(aliasHint("Appendix 14")).toMatch(/not yet verified/);
    expect(aliasHint("Appendix 10")).not.toMatch(/not yet verified/);
    expect(aliasHint("Appendix C1")).toBeUndefined();
    expect(aliasHint("Rule 13.09")).toBeUndefined();
  });
});

describe("findOldReferences", () => {
  it("finds Listing Rule appendices in English, not the document's own appendices", () => {
    const text =
      "The Company has adopted the Model Code set out in Appendix 10 to the Listing Rules. Details are set out in Appendix 1 to this circular. The Company complied with the code provisions in Appendix 14 (Corporate Governance Code) to the Listing Rules.";
    const found = findOldReferences(text);
    expect(found.map((reference) => reference.alias.new)).toEqual(["C3", "C1"]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe("Appendix 10 to the Listing Rules");
  });
  it("finds GEM and Chinese references", () => {
    expect(findOldReferences("as set out in Appendix 15 to the GEM Listing Rules")[0]?.alias.new).toBe("C1");
    const chinese = findOldReferences(
      "本公司已採納上市規則附錄十所載的標準守則，並遵守上市規則附錄十四的守則條文。",
    );
    expect(chinese.map((reference) => reference.alias.new)).toEqual(["C3", "C1"]);
    expect(findOldReferences("上市規則附錄C1所載的企業管治守則")).toEqual([]);
  });
});
