/**
 * The definition checks on what long documents and PDF extraction do: hyphens lost at line ends,
 * footnote marks glued to abbreviations, the same thing defined again in an appendix, a letter
 * or a table, quoted names and cited sections that are not defined terms.
 */
import { describe, expect, it } from "vitest";
import { type DefinitionsOptions, definitions } from "../../src/checks/definitions.js";
import { runKind } from "./kind-tester.js";

const terms = (require: DefinitionsOptions["require"], text: string) =>
  runKind(definitions, { require }, text).findings.map((finding) => finding.data?.term);

const SIGN_OFF = "\n\nBy order of the Board\nBrightwater Rail Systems Limited\nMr. Ko Man Fai\nChairman";

describe("definitions: unused, on extracted text", () => {
  it("counts a use whose hyphen was lost at a line end, either way round", () => {
    expect(
      terms(
        "unused",
        `The Company issued shares (the "Over-allotment Shares"). The Overallotment Shares were listed.${SIGN_OFF}`,
      ),
    ).toEqual([]);
    expect(
      terms(
        "unused",
        `The bank entered into a swap (the "Back-toback Swap"). The Back-to-back Swap ends in 2027.${SIGN_OFF}`,
      ),
    ).toEqual([]);
  });

  it("counts a plural abbreviation used in the singular, a glued footnote mark and 'l' read for 'I'", () => {
    const text = [
      'The accounts follow Hong Kong Accounting Standards ("HKASs"). HKAS 34 applies.',
      'Talks began with Northern Rolling Stock ("NRS1"). NRS confirmed the order.',
      'The network offers voice over internet protocol ("VolP"). VoIP revenue rose.',
    ].join(" ");
    expect(terms("unused", `${text}${SIGN_OFF}`)).toEqual([]);
  });

  it("still reports a term that is never used", () => {
    expect(
      terms(
        "unused",
        `The Company engaged a valuer (the "Valuer") and a broker (the "Placing Agent"). The Valuer reported.${SIGN_OFF}`,
      ),
    ).toEqual(["Placing Agent"]);
  });
});

describe("definitions: duplicate, in long documents", () => {
  it("does not report the same company defined in the glossary and again in an appendix or a letter", () => {
    const circular = [
      "DEFINITIONS",
      "",
      '"Company"\tBrightwater Rail Systems Limited, a company incorporated in Bermuda',
      "",
      "\fLETTER FROM THE BOARD",
      "Dear Sir or Madam,",
      "The Company proposes to acquire Coastline Freight Limited.",
      "\fAPPENDIX II                ACCOUNTANTS' REPORT",
      "Dear Sirs,",
      'We report on the financial information of Coastline Freight Limited (the "Company") for the period.',
    ].join("\n");
    expect(terms("duplicate", circular)).toEqual([]);
  });

  it("does not report a term defined again for the same thing", () => {
    const text =
      'The Group\'s PRC subsidiary, Eastgate Shipping Co., Ltd. (the "Eastgate") operates in Fujian. ' +
      'The Company holds 60% of Eastgate Shipping Co., Ltd. (the "Eastgate"), its main operating subsidiary.';
    expect(terms("duplicate", text)).toEqual([]);
  });

  it("does not read a definition in a table cell, where extraction scrambles the description", () => {
    const table = [
      "Placee",
      "Shares",
      "Harbour Crest Asset",
      'Management Limited ("HCAM")',
      "1,000",
      "Note 2",
      'Seaview Capital ("HCAM")',
    ].join("\n");
    expect(terms("duplicate", table)).toEqual([]);
  });

  it("reports one term defined in running text for two different things", () => {
    const text =
      'The Company adopted a share option scheme (the "2019 Scheme") on 9 August 2019 (the "Adoption Date") for ten years. ' +
      'Its share award scheme (the "Award Scheme") was adopted on 20 May 2024 (the "Adoption Date") for ten years.';
    expect(terms("duplicate", text)).toEqual(["Adoption Date"]);
  });
});

describe("definitions: variant, on extracted text", () => {
  it("does not report hyphen or space differences, but still reports other spellings", () => {
    const text =
      'The Company granted an option (the "Over-allotment Option"). The Overallotment Option and the Over allotment Option lapsed. ' +
      'The first patient was dosed in the trial (the "Phase Ib Trial"). The Phase 1b Trial continues.';
    expect(terms("variant", text)).toEqual(["Phase Ib Trial"]);
  });
});

describe("definitions: undefined, on quotations that are not defined terms", () => {
  it("does not report a numbered section, a quoted modifier, a term used before its quotation or part of a longer name", () => {
    const text = [
      'For the risks, see section III "Management Discussion" of this report. Management Discussion follows.',
      'The Company acquired 80% of the issued "Class B" shares. Class B holders may vote.',
      'The Seaview trains run at 300 km/h. The new train is faster than the existing "Seaview" trains. Seaview sales grew.',
      'The Company won the "Harbour Excellence" award. Harbour Excellence Award winners are listed.',
    ].join(" ");
    expect(terms("undefined", text)).toEqual([]);
  });

  it("does not report Chinese company names or sections cited together", () => {
    const text =
      "新名稱「海灣鐵路有限公司」將取代原有名稱，海灣鐵路有限公司將繼續經營。詳情請參閱招股章程「全球發售的架構」及「如何申請香港發售股份」各節。全球發售的架構載於該節。";
    expect(terms("undefined", text)).toEqual([]);
  });

  it('still reports a term quoted once and then used bare, and one defined only by "referred to as" is defined', () => {
    expect(
      terms(
        "undefined",
        'The Company signed the "Placing Agreement" today. The Placing Agreement is conditional.',
      ),
    ).toEqual(["Placing Agreement"]);
    expect(
      terms(
        "undefined",
        'The parties to the deal are collectively referred to as "Deal Parties". The Deal Parties agreed.',
      ),
    ).toEqual([]);
  });
});
