import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/facts/dates.js";
import { PARAGRAPH_READERS } from "../../src/facts/extract-facts.js";
import { inlineDefinitions } from "../../src/facts/inline-definitions.js";
import { ParagraphFactMemo, paragraphsOf, readByParagraph } from "../../src/facts/paragraph-facts.js";
import { extractPercentages } from "../../src/facts/quantities.js";
import type { Located, TextFact } from "../../src/facts/types.js";
import { doc } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** Every example draft, in English and Chinese. */
const EXAMPLES = readdirSync(join(ROOT, "examples"), { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".txt"))
  .map((path) => join("examples", path));

/** The paragraphs of a text, as their normalised texts. */
const paragraphTexts = (text: string) => paragraphsOf(doc(text)).map((paragraph) => paragraph.text);

describe("paragraphsOf", () => {
  it("cuts the normalised text after a full stop and a blank line, and the pieces join up", () => {
    const document = doc("First line\nsecond line.\n\nNext one.\n \t\u3000\n  Last");
    const paragraphs = paragraphsOf(document);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "First line second line. ",
      "Next one. ",
      "Last",
    ]);
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 24, 34]);
    expect(paragraphs.map((paragraph) => paragraph.text).join("")).toBe(document.normalised);
  });

  it("cuts after a Chinese full stop", () => {
    expect(paragraphTexts("董事會宣佈。\n\n本公司將舉行會議。")).toEqual([
      "董事會宣佈。",
      "本公司將舉行會議。",
    ]);
  });

  it("does not cut where a fact or a parenthesis may go on over a blank line", () => {
    // PDF tables and wrapped lines: a number and its "%", a currency and its amount, an
    // honorific and its name, a heading without a full stop.
    expect(paragraphTexts("The ratio is 5\n\n% of the total.")).toHaveLength(1);
    expect(paragraphTexts("A fee of HK$\n\n40 is payable.")).toHaveLength(1);
    expect(paragraphTexts('Mr. Lam Siu Wah ("Mr.\n\nLam") agreed.')).toHaveLength(1);
    expect(paragraphTexts("Signed on 12 Dec.\n\n2023 in Hong Kong.")).toHaveLength(1);
    expect(paragraphTexts("BACKGROUND\n\nThe Board is pleased.")).toHaveLength(1);
    expect(paragraphTexts("Lumen Harbour Biotech Co.\n\nLimited is the issuer.")).toHaveLength(1);
  });

  it("gives one paragraph for a text without breaks, and for an empty text", () => {
    expect(paragraphsOf(doc("one\ntwo"))).toEqual([{ start: 0, text: "one two" }]);
    expect(paragraphsOf(doc(""))).toEqual([{ start: 0, text: "" }]);
  });
});

describe("readByParagraph", () => {
  it("moves every offset to the whole text, nested and shared ones included", () => {
    const document = doc(
      'Opening words.\n\nThe meeting is on Tuesday, 12 December 2023.\n\nOf them 11/14 (78.6%) agreed.\n\nAcme Limited (the "Company" or "Acme") said so.',
    );
    const text = document.normalised;
    const paragraphs = paragraphsOf(document);
    expect(paragraphs).toHaveLength(4);
    expect(readByParagraph(paragraphs, extractDates)).toEqual(extractDates(text));
    const percentages = readByParagraph(paragraphs, extractPercentages);
    expect(percentages).toEqual(extractPercentages(text));
    expect(text.slice(percentages[0]?.fraction?.start, percentages[0]?.fraction?.end)).toBe("11/14 (");
    const definitions = readByParagraph(paragraphs, inlineDefinitions);
    expect(definitions).toEqual(inlineDefinitions(text));
    expect(text.slice(definitions[0]?.entry.start, definitions[0]?.entry.end)).toBe(
      '(the "Company" or "Acme")',
    );
  });

  it.each(EXAMPLES)("reads in %s what a reading of the whole text reads", (path) => {
    const document = doc(readFileSync(join(ROOT, path), "utf8"));
    const paragraphs = paragraphsOf(document);
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const [name, reader] of Object.entries(PARAGRAPH_READERS)) {
      const read = reader as (text: string) => Located[];
      expect(readByParagraph(paragraphs, read), name).toEqual(read(document.normalised));
    }
  });
});

describe("ParagraphFactMemo", () => {
  /** A reader of words in capitals that counts the paragraphs it reads. */
  function countingReader() {
    const read: string[] = [];
    const reader = (paragraph: string): TextFact[] => {
      read.push(paragraph);
      return [...paragraph.matchAll(/\b[A-Z]{2,}\b/g)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        value: match[0],
      }));
    };
    return { read, reader };
  }

  it("re-reads only the paragraphs an edit changed, and gives what a fresh reading gives", () => {
    const { read, reader } = countingReader();
    const memo = new ParagraphFactMemo();
    const before = "ALPHA one.\n\nBETA two.\n\nGAMMA three.";
    readByParagraph(paragraphsOf(doc(before)), reader, memo);
    expect(read).toHaveLength(3);
    const after = doc("ALPHA one.\n\nBETA two, DELTA added.\n\nGAMMA three.");
    read.length = 0;
    const reused = readByParagraph(paragraphsOf(after), reader, memo);
    expect(read).toEqual(["BETA two, DELTA added. "]);
    expect(reused).toEqual(readByParagraph(paragraphsOf(after), countingReader().reader));
    expect(reused.map((fact) => after.normalised.slice(fact.start, fact.end))).toEqual([
      "ALPHA",
      "BETA",
      "DELTA",
      "GAMMA",
    ]);
  });

  it("keeps its facts apart from the ones it hands out", () => {
    const { read, reader } = countingReader();
    const memo = new ParagraphFactMemo();
    const text = "ALPHA one.\n\nBETA two.";
    const first = readByParagraph(paragraphsOf(doc(text)), reader, memo);
    for (const fact of first) fact.value = "changed";
    const second = readByParagraph(paragraphsOf(doc(text)), reader, memo);
    expect(read).toHaveLength(2);
    expect(second.map((fact) => fact.value)).toEqual(["ALPHA", "BETA"]);
  });

  it("finds a moved paragraph under its text, at its new place", () => {
    const { read, reader } = countingReader();
    const memo = new ParagraphFactMemo();
    readByParagraph(paragraphsOf(doc("ALPHA one.\n\nBETA two.\n\nGAMMA three.")), reader, memo);
    read.length = 0;
    const swapped = doc("BETA two.\n\nALPHA one.\n\nGAMMA three.");
    const facts = readByParagraph(paragraphsOf(swapped), reader, memo);
    expect(read).toEqual([]);
    expect(facts.map((fact) => swapped.normalised.slice(fact.start, fact.end))).toEqual([
      "BETA",
      "ALPHA",
      "GAMMA",
    ]);
  });
});
