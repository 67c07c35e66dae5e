import { describe, expect, it } from "vitest";
import { type DefinitionsOptions, definitionsCheck } from "../../src/checks/definitions.js";
import { doc, runKind, spanText } from "../facts/helpers.js";

const run = (require: DefinitionsOptions["require"], text: string) =>
  runKind(definitionsCheck, { require }, text);

const GLOSSARY = [
  "The Company is pleased to announce the results of the Phase Ib trial of LHB-101 in the BCMA setting.",
  "",
  "DEFINITIONS",
  "",
  '"BCMA"          B-cell maturation antigen',
  '"Company"       Lumen Harbour Biotech Limited',
  '"Phase Ib"      a trial phase in which the dose is',
  "                expanded",
  '"RP2D"          recommended phase 2 dose',
].join("\n");

describe("definitions: unused and duplicate", () => {
  it("reports a glossary term that is never used (English)", () => {
    const findings = run("unused", GLOSSARY);
    expect(findings.map((finding) => finding.data?.term)).toEqual(["RP2D"]);
    expect(findings[0]?.kind).toBe("inconsistent");
    expect(spanText(doc(GLOSSARY).normalised, findings[0] ?? { start: 0, end: 0 })).toBe("RP2D");
  });

  it("reports an inline Chinese definition that is never used", () => {
    expect(run("unused", "璐明海港生物科技有限公司（「本公司」）宣佈，本公司已完成。")).toEqual([]);
    expect(
      run(
        "unused",
        "璐明海港生物科技有限公司（「本公司」）及其附屬公司（統稱「本集團」）宣佈，本公司已完成。",
      )[0]?.data,
    ).toEqual({ term: "本集團" });
  });

  it("reports a term defined twice, pointing at the first definition", () => {
    const twice = `${GLOSSARY}\n"BCMA"          B-cell maturation antigen`;
    const [finding] = run("duplicate", twice);
    expect(finding?.data).toEqual({ term: "BCMA" });
    expect(finding?.related).toHaveLength(1);
    expect(run("duplicate", GLOSSARY)).toEqual([]);
    expect(run("duplicate", "（「本公司」）……（「本公司」）")).toHaveLength(1);
  });
});

describe("definitions: undefined and variant", () => {
  it("reports a quoted capitalised term that is never defined, but not cited headings", () => {
    const text =
      'Lumen Harbour Biotech Limited (the "Company") signed the "Placing Agreement". See the section headed "Risk Factors" in the Prospectus.';
    const findings = run("undefined", text);
    expect(findings.map((finding) => finding.data?.term)).toEqual(["Placing Agreement"]);
    expect(findings[0]?.kind).toBe("missing");
  });

  it("reports a conventional capitalised term used without a definition", () => {
    const text =
      'Lumen Harbour Biotech Limited (the "Company") announces that the Board has approved the plan.';
    expect(run("undefined", text).map((finding) => finding.data?.term)).toEqual(["Board"]);
    expect(
      run("undefined", text.replace("the Board has", 'the board of directors (the "Board") has')),
    ).toEqual([]);
  });

  it("stays silent when terms are defined by reference to another document", () => {
    const text =
      'Unless otherwise defined herein, capitalised terms used in this announcement shall have the same meanings as those defined in the prospectus. The "Offer Shares" were allotted.';
    expect(run("undefined", text)).toEqual([]);
  });

  it("reports a Chinese quoted term that is not defined", () => {
    expect(run("undefined", "本公司（「本公司」）與「配售代理」訂立協議。")[0]?.data).toEqual({
      term: "配售代理",
    });
    expect(run("undefined", "請參閱招股章程「風險因素」一節。")).toEqual([]);
  });

  it("reports a defined term used under a variant spelling, with a suggestion", () => {
    const text = `${GLOSSARY}\nIn the Phase 1b part, RP2D was chosen.`;
    const [finding] = run("variant", text);
    expect(finding?.data).toEqual({ term: "Phase Ib", used: "Phase 1b" });
    expect(finding?.suggestion?.text).toBe("Phase Ib");
    expect(run("variant", GLOSSARY)).toEqual([]);
  });
});
