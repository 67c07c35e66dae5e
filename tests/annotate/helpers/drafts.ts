/**
 * Draft announcements for the annotator's tests, for fictional issuers: Copperleaf Tidal Energy
 * Holdings Limited (銅葉潮汐能源控股有限公司, 8642) and Quillmere Logistics Group Limited
 * (3317). Both texts are written for these tests.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import type { AnnotationFinding } from "../../../src/annotate/types.js";
import { paragraph, run, wordPackage } from "./word-package.js";

/** Made with the `docx` package: runs with different formatting, a table, Chinese text. */
export async function copperleafDraft(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun({ text: "COPPERLEAF TIDAL ENERGY HOLDINGS LIMITED", bold: true })],
          }),
          new Paragraph("(Stock Code: 8642)"),
          new Paragraph({
            children: [
              new TextRun("The board of directors (the "),
              new TextRun({ text: "“Board”", bold: true }),
              new TextRun(") of Copperleaf Tidal Energy Holdings Limited announces that "),
              new TextRun({ text: "the tidal array at Lamma South", italics: true }),
              new TextRun(" resumed operation on 12 May 2026."),
            ],
          }),
          new Paragraph("Shareholders should exercise caution when dealing in the shares of the Company."),
          new Table({
            rows: [
              new TableRow({ children: [cell("Installed capacity"), cell("48 MW")] }),
              new TableRow({ children: [cell("Turbines in service"), cell("16")] }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: "銅葉潮汐能源控股有限公司", bold: true }),
              new TextRun("董事會謹此宣佈，南丫島南部潮汐發電陣列已於二零二六年五月十二日恢復運作。"),
            ],
          }),
          new Paragraph("By order of the Board"),
          new Paragraph("Hong Kong, 13 May 2026"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const DRAFTER = 'w:author="Drafter" w:date="2026-05-01T09:00:00Z"';

/** Hand-written WordprocessingML with what a reviewed draft carries. */
export async function quillmereDraft(): Promise<Uint8Array> {
  return wordPackage({
    links: { rIdSite: "https://example.com/quillmere" },
    comments:
      '<w:comment w:id="0" w:author="Reviewer A" w:initials="RA" w:date="2026-05-02T10:00:00Z"><w:p><w:r><w:t>Confirm the site name.</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="7" w:author="Reviewer B" w:initials="RB" w:date="2026-05-02T11:00:00Z"><w:p><w:r><w:t>Check the title.</w:t></w:r></w:p></w:comment>',
    footnotes:
      '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Quillmere Logistics Group Limited is incorporated in the Cayman Islands.</w:t></w:r></w:p></w:footnote>',
    body: [
      `<w:p><w:commentRangeStart w:id="7"/>${run({ b: "QUILLMERE LOGISTICS GROUP LIMITED" })}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>`,
      paragraph("(Stock Code: 3317)"),
      // Existing comment and tracked changes.
      "<w:p>" +
        '<w:commentRangeStart w:id="0"/>' +
        run("The Company expects to complete the ") +
        `<w:ins w:id="101" ${DRAFTER}>${run("acquisition of the ")}</w:ins>` +
        `<w:del w:id="102" ${DRAFTER}><w:r><w:delText xml:space="preserve">purchase of a </w:delText></w:r></w:del>` +
        run("warehouse at Tsing Yi") +
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
        run(" by the end of June 2026.") +
        "</w:p>",
      // Bookmark, hyperlink, complex field, smart tag, content control, footnote reference.
      "<w:p>" +
        '<w:bookmarkStart w:id="1" w:name="details"/>' +
        run("Details are on ") +
        `<w:hyperlink r:id="rIdSite"><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>the Company's website</w:t></w:r></w:hyperlink>` +
        '<w:bookmarkEnd w:id="1"/>' +
        run(" and in ") +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com/quillmere/circular" </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        run("the June circular") +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        run(", which the ") +
        `<w:smartTag w:uri="urn:example:places" w:element="place">${run("Hong Kong")}</w:smartTag>` +
        run(" office will send to ") +
        `<w:sdt><w:sdtPr><w:alias w:val="Recipients"/><w:id w:val="77"/></w:sdtPr><w:sdtContent>${run("registered shareholders")}</w:sdtContent></w:sdt>` +
        run(".") +
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
        "</w:p>",
      // Tab, soft hyphen, non-breaking hyphen, line break and a symbol, in one run.
      "<w:p><w:r>" +
        "<w:t>Item 1</w:t><w:tab/>" +
        '<w:t xml:space="preserve">Cross</w:t><w:softHyphen/><w:t xml:space="preserve">harbour trans</w:t><w:noBreakHyphen/>' +
        "<w:t>shipment</w:t><w:br/>" +
        '<w:t xml:space="preserve">volumes rose </w:t><w:sym w:font="Wingdings" w:char="F0E9"/><w:t xml:space="preserve"> by 12% in May.</w:t>' +
        "</w:r></w:p>",
      // A simple field (its result is not part of the reader's text).
      `<w:p>${run("Page ")}<w:fldSimple w:instr=" PAGE ">${run("1")}</w:fldSimple>${run(" of the announcement")}</w:p>`,
      // A VML text box: its paragraph follows the paragraph holding it.
      "<w:p>" +
        run("Site plan. ") +
        '<w:r><w:pict><v:shape id="box1" style="width:200pt;height:40pt" type="#_x0000_t202"><v:textbox><w:txbxContent>' +
        paragraph("Berth 7 handles bulk cargo.") +
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>" +
        "</w:p>",
      // A deleted paragraph mark joins two paragraphs into one.
      `<w:p><w:pPr><w:rPr><w:del w:id="103" ${DRAFTER}/></w:rPr></w:pPr>${run("The warehouse has 40,000 square metres ")}</w:p>`,
      paragraph("of floor space."),
      // A table with a vertically merged cell.
      '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="5000"/></w:tblGrid>' +
        `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${paragraph("Tsing Yi")}</w:tc><w:tc>${paragraph("Warehouse A: 25,000 sq m")}</w:tc></w:tr>` +
        `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>${paragraph("Warehouse B: 15,000 sq m")}</w:tc></w:tr>` +
        "</w:tbl>",
      // A block-level content control.
      `<w:sdt><w:sdtPr><w:alias w:val="Closing"/></w:sdtPr><w:sdtContent>${paragraph("By order of the Board")}</w:sdtContent></w:sdt>`,
      paragraph("Hong Kong, 3 June 2026"),
    ].join(""),
  });
}

/** A finding on the `occurrence`-th appearance of `words` in the reader's text. */
export function findingOn(
  text: string,
  words: string,
  fields: Partial<AnnotationFinding> = {},
  occurrence = 1,
): AnnotationFinding {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`fixture text has no "${words}"`);
  return {
    ruleId: "hkex/test-rule",
    severity: "warning",
    kind: "deviates",
    message: `Check "${words.replace(/\s+/g, " ").slice(0, 40)}".`,
    span: { start: { offset: at }, end: { offset: at + words.length } },
    citation: { source: "Main Board Listing Rule 13.51A", url: "https://example.com/rules/13.51A" },
    ...fields,
  };
}

/** A missing-statement finding at an insertion point (the start of `before`). */
export function missingBefore(text: string, before: string, wording: string): AnnotationFinding {
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`fixture text has no "${before}"`);
  const span = { start: { offset: at }, end: { offset: at } };
  return {
    ruleId: "hkex/test-missing",
    severity: "error",
    kind: "missing",
    message: "The responsibility statement is missing.",
    span,
    citation: { source: "GEM Listing Rule 17.56", url: "https://example.com/rules/gem-17.56" },
    suggestion: { message: "Insert the statement", text: `${wording}\n\n` },
  };
}
