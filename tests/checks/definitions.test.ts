import { describe, expect, it } from "vitest";
import { type DefinitionsOptions, definitions } from "../../src/checks/definitions.js";
import { doc, spanText } from "../facts/helpers.js";
import { runKind } from "./kind-tester.js";

const run = (require: DefinitionsOptions["require"], text: string) =>
  runKind(definitions, { require }, text).findings;
const terms = (require: DefinitionsOptions["require"], text: string) =>
  run(require, text).map((finding) => finding.data?.term);

const SIGN_OFF = [
  "",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
  "Dr. Lam Ka Ho",
  "Chairman",
].join("\n");
const SIGN_OFF_ZH = ["", "承董事會命", "朗港生物科技有限公司", "主席", "林家豪博士"].join("\n");

/** A body, a glossary in the shapes text extraction leaves, and a sign-off. */
const ANNOUNCEMENT = [
  "Lumen Harbour Biotech Limited announces that LHB-101, an ALK inhibitor, received PRIME support from the EMA and Cell Therapy Designation (CTD). The Phase 1b part of the trial is complete.",
  "",
  "DEFINITIONS AND GLOSSARY OF TECHNICAL TERMS",
  "",
  '"ALK" anaplastic lymphoma kinase, a protein that is expressed in a',
  "",
  "number of solid tumours",
  "",
  '"EMA" or "E.M.A." European Medicines Agency',
  "",
  '"Phase Ib" a phase of clinical trials that assesses safety before a Phase II or Phase III',
  "",
  "clinical trial",
  "",
  '"Phase II clinical trial" a study in a limited patient population',
  "",
  '"bridging study" or',
  "",
  '"registrational study"',
  "",
  "the study intended to provide the efficacy evidence before marketing approval",
  "",
  '"PRIME"\tPRIority MEdicine, a scheme of the EMA',
  '"cell therapy\ta special status granted to cell therapies,',
  "",
  '"cell therapy designation" or "CTD" a special status granted to cell therapies',
  SIGN_OFF,
].join("\n");

describe("definitions: unused", () => {
  it("reports exactly the glossary terms the announcement never uses", () => {
    const findings = run("unused", ANNOUNCEMENT);
    // "Phase Ib" is used as "Phase 1b" (a variant, reported by `variant`); "E.M.A." is an
    // alternative of the used "EMA"; "cell therapy designation" is used in title case.
    expect(findings.map((finding) => finding.data?.term)).toEqual([
      "Phase II clinical trial",
      "bridging study",
      "registrational study",
    ]);
    expect(findings.every((finding) => finding.kind === "inconsistent")).toBe(true);
    expect(spanText(doc(ANNOUNCEMENT).normalised, findings[1] ?? { start: 0, end: 0 })).toBe(
      "bridging study",
    );
  });

  it("reports an inline Chinese definition that is never used", () => {
    expect(terms("unused", `朗港生物科技有限公司（「本公司」）宣佈，本公司已完成。${SIGN_OFF_ZH}`)).toEqual(
      [],
    );
    expect(
      terms(
        "unused",
        `朗港生物科技有限公司（「本公司」）及其附屬公司（統稱「本集團」）宣佈，本公司已完成。${SIGN_OFF_ZH}`,
      ),
    ).toEqual(["本集團"]);
  });

  it("does not report terms defined by the prescribed disclaimer or responsibility statement", () => {
    const english = `Hong Kong Exchanges and Clearing Limited, The Stock Exchange of Hong Kong Limited (the "Stock Exchange") and Hong Kong Securities Clearing Company Limited ("HKSCC") take no responsibility for the contents of this announcement.${SIGN_OFF}`;
    expect(run("unused", english)).toEqual([]);
    const chinese = `本公告的資料乃遵照聯交所GEM證券上市規則（「GEM上市規則」）而刊載；董事願就本公告的資料共同及個別地承擔全部責任。${SIGN_OFF_ZH}`;
    expect(run("unused", chinese)).toEqual([]);
    // "Stock Exchange" counts as used in the name it abbreviates; "HKSCC" is not used.
    expect(terms("unused", english.replace("take no responsibility for", "are named in"))).toEqual(["HKSCC"]);
  });

  it("stays silent on an excerpt that never reaches its sign-off", () => {
    expect(
      run(
        "unused",
        'Lumen Harbour Biotech Limited (the "Company") and its subsidiaries (the "Group") announce',
      ),
    ).toEqual([]);
  });
});

describe("definitions: duplicate", () => {
  it("reports a glossary entry repeated with its term cut short, once, under the full term", () => {
    const findings = run("duplicate", ANNOUNCEMENT);
    expect(findings.map((finding) => finding.data)).toEqual([{ term: "cell therapy designation" }]);
    const normalised = doc(ANNOUNCEMENT).normalised;
    const [finding] = findings;
    expect(finding && spanText(normalised, finding)).toBe("cell therapy designation");
    expect(finding?.related?.map((related) => spanText(normalised, related))).toEqual(["cell therapy"]);
  });

  it("reports a term listed twice in a glossary", () => {
    const twice = ANNOUNCEMENT.replace(SIGN_OFF, `\n"ALK" anaplastic lymphoma kinase${SIGN_OFF}`);
    expect(terms("duplicate", twice)).toEqual(["cell therapy designation", "ALK"]);
  });

  it("reports a term redefined for something else, in English and Chinese", () => {
    expect(
      terms(
        "duplicate",
        'Lumen Harbour Biotech Limited (the "Company") appointed a placing agent (the "Company").',
      ),
    ).toEqual(["Company"]);
    expect(terms("duplicate", "朗港資本管理有限公司（「朗港」）及海灣證券經紀有限公司（「朗港」）")).toEqual([
      "朗港",
    ]);
  });

  it("does not report the same definition repeated for the same thing", () => {
    const legend =
      'Investors should read the prospectus dated 12 March 2026 (the "Prospectus") issued by Lumen Harbour Biotech Limited (朗港生物科技有限公司) (the "Company"). ANNOUNCEMENT OF ALLOTMENT RESULTS Capitalised terms have the same meanings as those defined in the prospectus dated March 12, 2026 (the "Prospectus") issued by Lumen Harbour Biotech Limited (the "Company").';
    expect(run("duplicate", legend)).toEqual([]);
    const table =
      "關連客戶 朗港資本管理有限公司（「朗港資本」） 52,600 0.30% 序號 3. 朗港資本管理有限公司（「朗港資本」）";
    expect(run("duplicate", table)).toEqual([]);
  });
});

describe("definitions: undefined", () => {
  it("reports a term quoted and then used bare without a definition", () => {
    const text =
      'Lumen Harbour Biotech Limited (the "Company") signed the "Placing Agreement". The Placing Agreement is conditional.';
    const findings = run("undefined", text);
    expect(findings.map((finding) => finding.data?.term)).toEqual(["Placing Agreement"]);
    expect(findings[0]?.kind).toBe("missing");
    expect(spanText(doc(text).normalised, findings[0] ?? { start: 0, end: 0 })).toBe('"Placing Agreement"');
  });

  it("does not report terms defined in a parenthesis with several terms or in the glossary", () => {
    const text =
      'Lumen Harbour Biotech Limited (the "Company", together with its subsidiaries, the "Group" or "Lumen") announces. The "Group" and Lumen grew; the Group and the Company are listed.';
    expect(run("undefined", text)).toEqual([]);
    expect(run("undefined", `${ANNOUNCEMENT}\nThe "ALK" protein; ALK is a kinase.`)).toEqual([]);
  });

  it("does not report quoted names, titles, slogans or conventional capitalised words", () => {
    const cases = [
      "The Board announces that the Company will hold its meeting under the Listing Rules of The Stock Exchange of Hong Kong Limited. The Directors agree.",
      'The subscriber is "Harbour Light Holdings Limited". Harbour Light Holdings Limited is independent.',
      'The product "LUMEN ONE TABLETS" was approved. LUMEN ONE TABLETS will be launched.',
      'Risks are described under the heading "Principal Risks and Uncertainties". Principal Risks and Uncertainties change.',
      'Our motto "Patients First" guides us.',
      '"Committee" means the nomination committee. The Committee meets yearly.',
      // A glossary entry whose heading was lost in extraction.
      'The Company appoints an agent.\n"Placing Agent" Harbour Securities Limited\nThe Placing Agent will procure placees.',
    ];
    for (const text of cases) expect(run("undefined", text), text).toEqual([]);
  });

  it("stays silent when terms are defined by reference to another document", () => {
    const text =
      'Unless otherwise defined herein, capitalised terms used in this announcement shall have the same meanings as those defined in the prospectus. The "Offer Shares" were allotted. The Offer Shares are listed.';
    expect(run("undefined", text)).toEqual([]);
  });

  it("reports a Chinese quoted term used bare, including one whose opening bracket is missing", () => {
    expect(terms("undefined", "本公司（「本公司」）與「配售代理」訂立協議，配售代理將促使認購。")).toEqual([
      "配售代理",
    ]);
    expect(
      terms(
        "undefined",
        "本集團預計截至2025年12月31日止十七個月「報告期間」)錄得虧損。本集團正在落實報告期間之業績。",
      ),
    ).toEqual(["報告期間"]);
  });

  it("does not report Chinese cited sections or slogans", () => {
    expect(run("undefined", "請參閱招股章程「風險因素」一節。風險因素載於該節。")).toEqual([]);
    expect(run("undefined", "本集團秉持「以客為先」的理念。")).toEqual([]);
  });
});

describe("definitions: variant", () => {
  it("reports a defined term used under a variant spelling, with a suggestion", () => {
    const [finding, ...others] = run("variant", ANNOUNCEMENT);
    expect(others).toEqual([]);
    expect(finding?.data).toEqual({ term: "Phase Ib", used: "Phase 1b" });
    expect(finding?.suggestion?.text).toBe("Phase Ib");
    expect(run("variant", ANNOUNCEMENT.replace("Phase 1b", "Phase Ib"))).toEqual([]);
  });
});
