/**
 * The annotator's walk of the Word XML must give the paragraphs disclint's .docx reader gives,
 * text for text, or offsets would land on the wrong words. Each case is one thing mammoth skips,
 * adds or rewrites; the last test puts comments on a draft holding all of them.
 */
import { describe, expect, it } from "vitest";
import { annotateDocx } from "../../src/annotate/annotate-docx.js";
import { DocxPackage } from "../../src/annotate/docx-package.js";
import { REASONS } from "../../src/annotate/locate-finding.js";
import { readWordText } from "../../src/annotate/word-text.js";
import { readDocxSource } from "../../src/document/read-docx.js";
import { findingOn } from "./helpers/drafts.js";
import { readComments } from "./helpers/read-comments.js";
import { paragraph, run, type WordParts, wordPackage } from "./helpers/word-package.js";

const DRAFTER = 'w:author="Drafter" w:date="2026-05-01T09:00:00Z"';

const drawingTextBox = (text: string) =>
  "<w:r><mc:AlternateContent>" +
  '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
  '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/>' +
  '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>' +
  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/>' +
  `<wps:txbx><w:txbxContent>${paragraph(text)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>` +
  "</wp:anchor></w:drawing></mc:Choice>" +
  `<mc:Fallback><w:pict><v:shape id="box2" style="width:144pt;height:36pt" type="#_x0000_t202"><v:textbox><w:txbxContent>${paragraph(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
  "</mc:AlternateContent></w:r>";

/** Two rows whose first cells merge vertically; the continuing cell still holds old text. */
const mergedTable = (before: string) =>
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${before}` +
  `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${paragraph("Kwai Chung")}</w:tc><w:tc>${paragraph("Berth 1")}</w:tc></w:tr>` +
  `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>${paragraph("Stale text")}</w:tc><w:tc>${paragraph("Berth 2")}</w:tc></w:tr></w:tbl>`;

/** Each structure, and the paragraphs the reader makes of it after an opening line. */
const CASES: Record<string, { body: string; reader: string[] }> = {
  "a DrawingML text box with its VML fallback": {
    body: `<w:p>${run("Site plan. ")}${drawingTextBox("Berth 9 is reserved for reefers.")}</w:p>`,
    reader: ["Site plan. ", "Berth 9 is reserved for reefers."],
  },
  "a check-box content control": {
    body: `<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>${run("☒")}</w:sdtContent></w:sdt>${run(" Approved by the Board")}</w:p>`,
    reader: [" Approved by the Board"],
  },
  "a deleted table row and a nested table": {
    body:
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>' +
      `<w:tr><w:trPr><w:del w:id="201" ${DRAFTER}/></w:trPr><w:tc>${paragraph("Withdrawn row")}</w:tc></w:tr>` +
      `<w:tr><w:tc>${paragraph("Outer cell")}<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>${paragraph("Inner cell")}</w:tc></w:tr></w:tbl>${paragraph("")}</w:tc></w:tr></w:tbl>`,
    reader: ["Outer cell", "Inner cell"],
  },
  "a vertically merged cell that still holds text": {
    body: mergedTable(""),
    reader: ["Kwai Chung", "Berth 1", "Berth 2"],
  },
  "a merged cell in a table that also holds a bookmark": {
    body: mergedTable('<w:bookmarkStart w:id="12" w:name="berths"/><w:bookmarkEnd w:id="12"/>'),
    reader: ["Kwai Chung", "Berth 1", "Stale text", "Berth 2"],
  },
  "a move": {
    body: `<w:p>${run("Cargo moved ")}<w:moveFrom w:id="202" ${DRAFTER}>${run("from Berth 2 ")}</w:moveFrom><w:moveTo w:id="203" ${DRAFTER}>${run("to Berth 4")}</w:moveTo>${run(".")}</w:p>`,
    reader: ["Cargo moved to Berth 4."],
  },
  "elements the reader does not know, and a page break": {
    body: `<w:p>${run("Terminal ")}<w:r><w:ruby><w:rubyPr/><w:rt>${run("gong")}</w:rt><w:rubyBase>${run("港")}</w:rubyBase></w:ruby></w:r><w:dir w:val="rtl">${run("ltr")}</w:dir><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath>${run(" opens")}<w:r><w:cr/><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:br w:type="page"/><w:t>soon.</w:t></w:r></w:p>`,
    reader: ["Terminal  opens soon."],
  },
  "blank and bookmark-only paragraphs": {
    body: `<w:p/><w:p><w:bookmarkStart w:id="9" w:name="empty"/><w:bookmarkEnd w:id="9"/></w:p>${paragraph("   ")}`,
    reader: [],
  },
  "a footnote cited twice": {
    body: `<w:p>${run("First mention")}<w:r><w:footnoteReference w:id="1"/></w:r>${run(" and second")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
    reader: [
      "First mention and second",
      " Berths are numbered from the north.",
      " Berths are numbered from the north.",
    ],
  },
};

const FOOTNOTE =
  '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Berths are numbered from the north.</w:t></w:r></w:p></w:footnote>';

async function agreement(parts: WordParts): Promise<{ reader: string[]; walk: string[] }> {
  const bytes = await wordPackage(parts);
  const source = await readDocxSource("draft.docx", bytes);
  const reader = (source.blocks ?? []).map((block) => source.text.slice(block.start, block.end));
  const walk = (await readWordText(await DocxPackage.open("draft.docx", bytes))).paragraphs.map(
    (p) => p.text,
  );
  return { reader, walk };
}

describe("the walk of the XML agrees with disclint's .docx reader", () => {
  it.each(Object.entries(CASES))("on %s", async (_name, { body, reader: expected }) => {
    const { reader, walk } = await agreement({
      body: paragraph("Opening line.") + body,
      footnotes: FOOTNOTE,
    });
    expect(reader).toEqual(["Opening line.", ...expected]);
    expect(walk).toEqual(reader);
  });

  it("reads neither the page header nor the footer, as the reader does not", async () => {
    const { reader, walk } = await agreement({
      header: paragraph("Copperleaf Tidal Energy Holdings Limited — draft for review"),
      footer: paragraph("Page 1"),
      body: paragraph("Copperleaf Tidal Energy Holdings Limited announces its results."),
    });
    expect(reader).toEqual(["Copperleaf Tidal Energy Holdings Limited announces its results."]);
    expect(walk).toEqual(reader);
  });
});

describe("comments on a draft holding all of them", () => {
  it("land on the body's words, and on a text box's host paragraph", async () => {
    const bytes = await wordPackage({
      header: paragraph("Copperleaf Tidal Energy Holdings Limited — draft for review"),
      footnotes: FOOTNOTE,
      body:
        Object.values(CASES)
          .map((item) => item.body)
          .join("") + paragraph("Copperleaf Tidal Energy Holdings Limited announces its results."),
    });
    const { text } = await readDocxSource("draft.docx", bytes);
    const findings = [
      findingOn(text, "reserved for reefers"),
      findingOn(text, "Approved by the Board"),
      findingOn(text, "Outer cell\n\nInner"),
      findingOn(text, "moved to Berth"),
      findingOn(text, "opens soon"),
      findingOn(text, "Copperleaf Tidal Energy"),
      findingOn(text, "numbered from the north", {}, 2),
    ];
    const result = await annotateDocx("draft.docx", bytes, findings);
    const comments = await readComments(result.bytes);
    const kinds = result.placements.map((placement) => placement.kind);
    expect(kinds).toEqual(["paragraph", "exact", "exact", "exact", "exact", "exact", "note"]);
    expect(result.placements[0]?.reason).toBe(REASONS.textBox);
    const ranges = result.placements.map(
      (placement) => comments.find((comment) => comment.id === String(placement.commentId))?.range,
    );
    // The host paragraph holds the box, whose text shows twice in the XML (choice and fallback).
    expect(ranges[0]?.startsWith("Site plan. Berth 9 is reserved for reefers.")).toBe(true);
    expect(ranges.slice(1, 6)).toEqual([
      "Approved by the Board",
      "Outer cell\n\nInner",
      "moved to Berth",
      // The page break shows as a space; w:cr and w:ptab, which the reader skips, show nothing.
      "opens soon",
      "Copperleaf Tidal Energy",
    ]);
    // The second citation of the footnote: its second reference mark.
    expect(ranges[6]).toBe("[^1]");
    expect(comments.every((comment) => comment.part === "word/document.xml" && comment.complete)).toBe(true);
  });
});
