/**
 * The issue's test of the Word round-trip, in an independent word processor: each annotated copy
 * opens in LibreOffice headless and converts to PDF, and LibreOffice reads back every comment, by
 * disclint, on the range its finding names; the drafts' own text, comments and tracked changes
 * read the same as in the original. Three drafts: one made with the `docx` package, one written
 * by hand with what reviewed drafts carry, and one made by LibreOffice itself.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { annotateDocx } from "../../src/annotate/annotate-docx.js";
import type { AnnotatedDocx, AnnotationFinding } from "../../src/annotate/types.js";
import { readDocxSource } from "../../src/document/read-docx.js";
import { readPdf } from "../../src/document/read-pdf.js";
import { copperleafDraft, findingOn, missingBefore, quillmereDraft } from "./helpers/drafts.js";
import { convert, type FlatDocument, readFlatDocument, requireLibreOffice } from "./helpers/libreoffice.js";
import { harrowgateDocx } from "./helpers/libreoffice-draft.js";
import { collapseBlankParagraphs } from "./helpers/read-comments.js";

interface Case {
  name: string;
  text: string;
  findings: AnnotationFinding[];
  /** The words LibreOffice must show under each finding's comment (by finding index). */
  expected: Map<number, string>;
  result: AnnotatedDocx;
  original: FlatDocument;
  annotated: FlatDocument;
  pdf: string;
}

let dir: string;
const cases = new Map<string, Case>();

const wordsOf = (text: string, finding: AnnotationFinding) =>
  text.slice(finding.span.start.offset, finding.span.end.offset);

async function prepare(
  name: string,
  bytes: Uint8Array,
  choose: (text: string) => { findings: AnnotationFinding[]; expected: Map<number, string> },
): Promise<Omit<Case, "original" | "annotated" | "pdf">> {
  const { text } = await readDocxSource(`${name}.docx`, bytes);
  const { findings, expected } = choose(text);
  const result = await annotateDocx(`${name}.docx`, bytes, findings, {
    date: new Date("2026-05-14T08:30:00Z"),
  });
  writeFileSync(join(dir, `${name}.docx`), bytes);
  writeFileSync(join(dir, `${name}-reviewed.docx`), result.bytes);
  return { name, text, findings, expected, result };
}

/** Every finding with words expects exactly those words. */
function exactly(text: string, findings: AnnotationFinding[]): Map<number, string> {
  return new Map(
    findings.flatMap((finding, index) =>
      finding.span.end.offset > finding.span.start.offset ? [[index, wordsOf(text, finding)] as const] : [],
    ),
  );
}

beforeAll(async () => {
  requireLibreOffice();
  dir = mkdtempSync(join(tmpdir(), "disclint-annotate-lo-"));
  const prepared = [
    await prepare("copperleaf", await copperleafDraft(), (text) => {
      const findings = [
        findingOn(text, "exercise caution"),
        findingOn(text, "(the “Board”) of Copperleaf"),
        findingOn(text, "Lamma South resumed operation on 12 May 2026.\n\nShareholders should"),
        findingOn(text, "48 MW"),
        findingOn(text, "二零二六年五月十二日"),
        findingOn(text, "有限公司董事會"),
        missingBefore(text, "By order of the Board", "The directors accept full responsibility."),
      ];
      return { findings, expected: new Map([...exactly(text, findings), [6, "By order of the Board"]]) };
    }),
    await prepare("quillmere", await quillmereDraft(), (text) => {
      const findings = [
        findingOn(text, "complete the acquisition of the warehouse"),
        findingOn(text, "Tsing Yi by the end"),
        findingOn(text, "Company's website and in the June"),
        findingOn(text, "Hong Kong office will send to registered"),
        findingOn(text, "harbour trans\u2011shipment\nvolumes"),
        findingOn(text, "25,000 sq m\n\nWarehouse B"),
        findingOn(text, "incorporated in the Cayman Islands"),
        missingBefore(text, "By order of the Board", "Wording to insert."),
      ];
      const expected = exactly(text, findings);
      // Widened to the smart tag and the content control its ends are in.
      expected.set(3, "Hong Kong office will send to registered shareholders");
      // LibreOffice shows a note's reference mark as no text of its own; the range is the mark.
      expected.set(6, "");
      // LibreOffice 7.4 turns the block content control into an input field ending in a carriage
      // return; the range covers that field and the paragraph break up to the reference mark.
      expected.set(7, "By order of the Board\r\n\n");
      return { findings, expected };
    }),
    await prepare("harrowgate", readFileSync(await harrowgateDocx(dir)), (text) => {
      const findings = [
        findingOn(text, "Holdings Limited announces that the freezer hub"),
        findingOn(text, "HCC-2026-04\nPrepared"),
        findingOn(text, "twelve cold rooms"),
        findingOn(text, "Cold rooms\n\n12"),
        findingOn(text, "冷鏈控股有限公司董事會宣佈"),
        missingBefore(text, "By order of the Board", "The directors accept full responsibility."),
      ];
      return { findings, expected: new Map([...exactly(text, findings), [5, "By order of the Board"]]) };
    }),
  ];
  const names = prepared.map((item) => item.name);
  const originals = names.map((name) => join(dir, `${name}.docx`));
  const reviewed = names.map((name) => join(dir, `${name}-reviewed.docx`));
  await convert([...originals, ...reviewed], "fodt", dir);
  await convert(reviewed, "pdf", dir);
  for (const item of prepared) {
    cases.set(item.name, {
      ...item,
      original: readFlatDocument(join(dir, `${item.name}.fodt`)),
      annotated: readFlatDocument(join(dir, `${item.name}-reviewed.fodt`)),
      pdf: join(dir, `${item.name}-reviewed.pdf`),
    });
  }
}, 300_000);

function theCase(name: string): Case {
  const found = cases.get(name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
}

describe.each(["copperleaf", "quillmere", "harrowgate"])("the reviewed copy of %s in LibreOffice", (name) => {
  it("converts to a PDF that holds the draft's text", async () => {
    const { pdf, text } = theCase(name);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const document = await readPdf(pdf, new Uint8Array(bytes));
    const firstLine = text.split("\n")[0] ?? "";
    expect(firstLine.length).toBeGreaterThan(10);
    expect(document.original.replace(/\s+/g, " ")).toContain(firstLine);
  });

  it("reads every finding as a comment by disclint on the finding's words", () => {
    const { annotated, findings, expected, result } = theCase(name);
    const ours = annotated.annotations.filter((annotation) => annotation.author === "disclint");
    expect(ours).toHaveLength(result.placements.filter((placement) => placement.kind !== "unplaced").length);
    expect(ours.length).toBe(findings.length);
    findings.forEach((finding, index) => {
      const comment = ours.find((annotation) => annotation.text.split("\n")[0] === finding.message);
      expect(comment, finding.message).toBeDefined();
      expect(comment?.initials).toBe("DL");
      expect(comment?.text).toContain(`rule ${finding.ruleId}`);
      expect(comment?.text).toContain(finding.citation.url);
      expect({ finding: finding.message, range: collapseBlankParagraphs(comment?.range ?? "") }).toEqual({
        finding: finding.message,
        range: expected.get(index),
      });
    });
  });

  it("reads the draft's own text, comments and tracked changes as in the original", () => {
    const { original, annotated } = theCase(name);
    expect(annotated.text).toBe(original.text);
    expect(annotated.trackedChanges).toBe(original.trackedChanges);
    const theirs = (document: FlatDocument) =>
      document.annotations.filter((annotation) => annotation.author !== "disclint");
    expect(theirs(annotated)).toEqual(theirs(original));
  });
});

describe("what LibreOffice keeps of a reviewed draft", () => {
  it("keeps the existing reviewers' comments on their ranges, and the tracked changes", () => {
    const { annotated } = theCase("quillmere");
    const reviewers = annotated.annotations.filter((annotation) => annotation.author !== "disclint");
    expect(reviewers.map(({ author, range }) => ({ author, range }))).toEqual([
      { author: "Reviewer B", range: "QUILLMERE LOGISTICS GROUP LIMITED" },
      {
        author: "Reviewer A",
        range: "The Company expects to complete the acquisition of the warehouse at Tsing Yi",
      },
    ]);
    // The insertion, the deletion and the deleted paragraph mark.
    expect(annotated.trackedChanges).toBe(3);
    expect(theCase("harrowgate").annotated.annotations.some((a) => a.author === "Company Secretary")).toBe(
      true,
    );
  });

  it("refuses a damaged copy, so the checks above can fail", async () => {
    const zip = await JSZip.loadAsync(theCase("copperleaf").result.bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    zip.file("word/document.xml", xml.replace("</w:body>", "</w:bod>"));
    const broken = join(dir, "broken-reviewed.docx");
    writeFileSync(broken, await zip.generateAsync({ type: "uint8array" }));
    await expect(convert([broken], "pdf", dir)).rejects.toThrow(/could not be loaded/);
  });
});
