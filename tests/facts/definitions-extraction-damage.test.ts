/**
 * Definitions as long reports and PDF extraction leave them: glossary terms with "(s)", terms and
 * alternatives broken over lines, terms "referred to as" in running text, an abbreviation spelt
 * out in the parenthesis, and parentheses that define nothing.
 */
import { describe, expect, it } from "vitest";
import { extractDefinitions } from "../../src/facts/definitions.js";
import { documentParts } from "../../src/facts/document-parts.js";
import { doc } from "./helpers.js";

const termsOf = (text: string) => extractDefinitions(doc(text)).map((definition) => definition.term);
const aliasesOf = (text: string, term: string) =>
  extractDefinitions(doc(text)).find((definition) => definition.term === term)?.aliases;

describe("glossaries as reports print them", () => {
  it("reads a term with a plural mark and a term broken over two lines", () => {
    const glossary = [
      "DEFINITIONS",
      "",
      "\u201cH Share(s)\u201d",
      "",
      "overseas listed foreign share(s) of the Company",
      "",
      "\u201cArticles\u201d or \u201cArticles of",
      "Association\u201d",
      "",
      "the articles of association of the Company",
    ].join("\n");
    expect(termsOf(glossary)).toEqual(["H Share(s)", "Articles", "Articles of Association"]);
    expect(aliasesOf(glossary, "Articles")).toEqual(["Articles of Association"]);
  });

  it("reads a term that PDF extraction wrapped with a blank line inside it, in a glossary and inline", () => {
    const glossary = [
      "DEFINITIONS",
      "",
      "\u201cSeaview Exchange Listing",
      "",
      "Rules\u201d",
      "",
      "the listing rules of the Seaview exchange",
    ].join("\n");
    expect(termsOf(glossary)).toEqual(["Seaview Exchange Listing Rules"]);
    expect(
      termsOf("Brightwater Signal Technology Co., Ltd. (\u201cBrightwater\n\nSignal\u201d) makes signals."),
    ).toEqual(["Brightwater Signal"]);
  });

  it("does not read a term out of table cells run together", () => {
    expect(termsOf("Placee (\u201cMs. Ho\n7,000,000 Shares\nLee\u201d) and others")).toEqual([]);
  });

  it("reads alternatives continued on the next line, after a comma or with 'or'", () => {
    const glossary = [
      "DEFINITIONS",
      "",
      "\u201cCompany\u201d, \u201cBrightwater\u201d",
      "or \u201cBrightwater Rail\u201d",
      "",
      "Brightwater Rail Systems Co., Ltd.",
      "",
      "\u201cGroup\u201d, \u201cour Group\u201d,",
      "\u201cwe\u201d or \u201cus\u201d",
      "",
      "means the Company and its subsidiaries",
    ].join("\n");
    expect(termsOf(glossary)).toEqual([
      "Company",
      "Brightwater",
      "Brightwater Rail",
      "Group",
      "our Group",
      "we",
      "us",
    ]);
    const group = extractDefinitions(doc(glossary)).find((definition) => definition.term === "Group");
    // The meaning belongs to the whole entry, alternatives and all.
    expect(doc(glossary).normalised.slice(group?.entry.start, group?.entry.end)).toContain("subsidiaries");
  });
});

describe("inline definitions in running text", () => {
  it('reads a term "referred to as" without a parenthesis, in English and Chinese', () => {
    expect(
      termsOf(
        'Harbour Crest Holdings and the companies it controls are collectively referred to as "Harbour Crest Group".',
      ),
    ).toEqual(["Harbour Crest Group"]);
    expect(termsOf("港冠控股有限公司（以下簡稱「港冠」）與本公司訂立協議。")).toEqual(["港冠"]);
  });

  it("takes the abbreviation before a spelled-out term as its alias", () => {
    const text = 'The Group launched a SaaS ("Software as a Service") platform for clinics.';
    expect(termsOf(text)).toEqual(["Software as a Service"]);
    expect(aliasesOf(text, "Software as a Service")).toEqual(["SaaS"]);
  });

  it("reads no term from a parenthesis that names no word", () => {
    expect(termsOf('Investment income ("-" for losses) and credit losses ("-" for losses)')).toEqual([]);
  });
});

describe("documentParts", () => {
  it("opens a part at each appendix heading and each letter, not at the table of contents", () => {
    const text = [
      "CONTENTS",
      "APPENDIX I – VALUATION REPORT . . . . . . . 40",
      "DEFINITIONS",
      "\fLETTER FROM THE BOARD",
      "Dear Sir or Madam,",
      "The board text.",
      "\fAPPENDIX I                VALUATION REPORT",
      "Dear Sirs,",
      "The valuer's letter.",
    ].join("\n");
    const document = doc(text);
    const parts = documentParts(document);
    const at = (needle: string) => parts.partAt(document.normalised.indexOf(needle));
    expect(at("DEFINITIONS")).toBe("");
    expect(at("The board text")).toMatch(/^letter@/);
    expect(at("The valuer's letter")).toMatch(/^letter@/);
    expect(at("The valuer's letter")).not.toBe(at("The board text"));
    expect(parts.partAt(document.normalised.indexOf("VALUATION REPORT", 100))).toBe("appendix I");
  });
});
