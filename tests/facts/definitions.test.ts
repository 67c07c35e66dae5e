import { describe, expect, it } from "vitest";
import { extractDefinitions } from "../../src/facts/definitions.js";
import type { DefinitionFact } from "../../src/facts/types.js";
import { doc } from "./helpers.js";

const termsOf = (text: string) => extractDefinitions(doc(text)).map((definition) => definition.term);
const find = (definitions: DefinitionFact[], term: string) =>
  definitions.find((definition) => definition.term === term);

describe("extractDefinitions: inline", () => {
  it("reads inline definitions in English and Chinese", () => {
    const text =
      'Lumen Harbour Biotech Limited (the "Company") and its subsidiaries (collectively, the "Group") entered into an agreement (the “Agreement” or the "Deal"). 璐明海港生物科技有限公司（「本公司」）';
    expect(termsOf(text)).toEqual(["Company", "Group", "Agreement", "Deal", "本公司"]);
  });

  it("reads every term of a parenthesis that defines several, with their alternatives", () => {
    const text =
      'This announcement is made by Lumen Harbour Biotech Limited (the "Company", together with its subsidiaries and consolidated affiliated entities, the "Group" or "Lumen") on a voluntary basis.';
    const definitions = extractDefinitions(doc(text));
    expect(definitions.map((definition) => definition.term)).toEqual(["Company", "Group", "Lumen"]);
    expect(find(definitions, "Company")?.aliases).toBeUndefined();
    expect(find(definitions, "Group")?.aliases).toEqual(["Lumen"]);
    expect(find(definitions, "Lumen")?.aliases).toEqual(["Group"]);
  });

  it("reads a term in a nested parenthesis", () => {
    const text =
      'The board of Lumen Harbour Biotech Inc.* (the "Company" and its subsidiaries (together referred to as the "Group")) announces the results.';
    expect(termsOf(text)).toEqual(["Company", "Group"]);
  });

  it("reads Chinese definitions after other words, with half-width brackets and commas", () => {
    expect(
      termsOf("本公告乃由朗港生物科技有限公司(「本公司」,連同其附屬公司統稱「本集團」)自願作出。"),
    ).toEqual(["本公司", "本集團"]);
    expect(termsOf("本公司的董事(統稱或個別「董事」)願就本公告的資料共同及個別地承擔全部責任。")).toEqual([
      "董事",
    ]);
  });

  it("does not read asides, stock codes or cited headings as definitions", () => {
    expect(termsOf('(Stock Code: 9876) (see the section headed "Risk Factors")')).toEqual([]);
    expect(
      termsOf('the offer (the "Offer", as described in the section headed "Structure of the Offer") opened'),
    ).toEqual(["Offer"]);
  });

  it("keeps a term wrapped over one line but drops one interleaved with table cells", () => {
    expect(termsOf('the placing agreement (the "Placing\nAgreement") was signed')).toEqual([
      "Placing Agreement",
    ]);
    // A narrow table cell: the neighbouring "附註" (note) column is mixed into the term.
    expect(termsOf("朗港投資管理合夥企\n業（有限合夥）（「朗港\n附註\n投資」） 3")).toEqual([]);
  });
});

const GLOSSARY = [
  "DEFINITIONS AND GLOSSARY OF TECHNICAL TERMS",
  "",
  '"ALK" anaplastic lymphoma kinase, a protein that is expressed in a',
  "",
  "number of solid tumours",
  "",
  '"EMA" or "E.M.A." European Medicines Agency',
  "",
  '"bridging study" or',
  "",
  '"registrational study"',
  "",
  "the study intended to provide the efficacy evidence before submission for",
  "",
  "marketing approval",
  "",
  '"PRIME"\tPRIority MEdicine, a scheme of the EMA',
  '"cell therapy\ta special status granted to cell therapies,',
  "",
  '"cell therapy designation" or "CTD" a special status granted to cell therapies',
  "",
  "By order of the Board",
  "Lumen Harbour Biotech Limited",
].join("\n");

describe("extractDefinitions: glossary", () => {
  it("reads entries split by blank lines, tab-separated, alternatives and terms spread over lines", () => {
    const definitions = extractDefinitions(doc(GLOSSARY));
    expect(definitions.map((definition) => [definition.term, definition.source])).toEqual([
      ["ALK", "glossary"],
      ["EMA", "glossary"],
      ["E.M.A.", "glossary"],
      ["bridging study", "glossary"],
      ["registrational study", "glossary"],
      ["PRIME", "glossary"],
      ["cell therapy", "glossary"],
      ["cell therapy designation", "glossary"],
      ["CTD", "glossary"],
    ]);
    expect(find(definitions, "E.M.A.")?.aliases).toEqual(["EMA"]);
    expect(find(definitions, "bridging study")?.aliases).toEqual(["registrational study"]);
    expect(find(definitions, "cell therapy")?.truncated).toBe(true);
    expect(find(definitions, "cell therapy designation")?.truncated).toBeUndefined();
  });

  it("points at the term and spans the whole entry, but not the sign-off", () => {
    const document = doc(GLOSSARY);
    const definitions = extractDefinitions(document);
    const alk = find(definitions, "ALK");
    const text = document.normalised;
    expect(alk && text.slice(alk.start, alk.end)).toBe("ALK");
    expect(alk && text.slice(alk.entry.start, alk.entry.end)).toContain("number of solid tumours");
    const last = find(definitions, "CTD");
    expect(last && text.slice(last.entry.start, last.entry.end)).not.toContain("By order");
  });

  it("reads a Chinese glossary", () => {
    const text = ["釋義", "", "「本公司」\t指\t朗港生物科技有限公司", "", "「董事」\t指\t本公司董事"].join(
      "\n",
    );
    expect(extractDefinitions(doc(text)).map((definition) => [definition.term, definition.source])).toEqual([
      ["本公司", "glossary"],
      ["董事", "glossary"],
    ]);
  });

  it.each([
    ["DEFINITIONS AND GLOSSARY OF TECHNICAL", "TERMS"],
    ["GLOSSARY OF TECHNICAL", "", "TERMS"],
    ["DEFINITIONS AND", "GLOSSARY"],
    [
      "In this announcement, unless the context otherwise requires, the following",
      "expressions shall have the following meanings:",
    ],
  ])("keeps the glossary when PDF extraction wraps its heading over two lines: %s / %s", (...heading) => {
    const text = [
      ...heading,
      "",
      '"Board" the board of Directors',
      "",
      '"LHB-204" the Company\'s oral candidate',
    ].join("\n");
    expect(termsOf(text)).toEqual(["Board", "LHB-204"]);
  });

  it("keeps a Chinese glossary whose intro sentence wraps between two characters", () => {
    const text = [
      "於本公告內，除文義另有所指外，下列詞",
      "彙具有以下涵義：",
      "",
      "「董事會」\t指\t本公司董事會",
      "",
      "「LHB-204」\t指\t本公司的口服候選藥物",
    ].join("\n");
    expect(termsOf(text)).toEqual(["董事會", "LHB-204"]);
  });

  it("ends the glossary at running text and ignores a table of contents", () => {
    const text = [
      "DEFINITIONS",
      "",
      '"Board" the board of Directors',
      "",
      `The Company is pleased to announce the results of its trial. ${"The trial enrolled patients. ".repeat(12)}`,
      '"Quoted" is not an entry here',
    ].join("\n");
    expect(termsOf(text)).toEqual(["Board"]);
    expect(termsOf("CONTENTS\n\nDEFINITIONS\n\n12\n\nGLOSSARY\n\n15\n\nCORPORATE INFORMATION\n\n18")).toEqual(
      [],
    );
  });
});
