/**
 * A draft written in LibreOffice's own format (flat ODF XML) for a fictional issuer, Harrowgate
 * Cold Chain Holdings Limited (夏嶺冷鏈控股有限公司, 2468), which LibreOffice then saves as
 * .docx: a Word file made by LibreOffice rather than by the `docx` package.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { convert } from "./libreoffice.js";

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(" ");

const BODY = [
  '<text:p><text:span text:style-name="Bold">HARROWGATE COLD CHAIN HOLDINGS LIMITED</text:span></text:p>',
  "<text:p>(Stock Code: 2468)</text:p>",
  "<text:p>The board of directors of Harrowgate Cold Chain Holdings Limited announces that " +
    '<text:span text:style-name="Italic">the freezer hub at Kwai Chung</text:span> passed its annual safety audit on 8 April 2026.</text:p>',
  "<text:p>Reference<text:tab/>HCC-2026-04<text:line-break/>Prepared by the company secretary.</text:p>",
  "<text:p><office:annotation><dc:creator>Company Secretary</dc:creator><dc:date>2026-04-09T09:00:00</dc:date>" +
    "<text:p>Confirm the audit scope.</text:p></office:annotation>The audit covered all twelve cold rooms.</text:p>",
  '<table:table table:name="Rooms"><table:table-column table:number-columns-repeated="2"/>' +
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Cold rooms</text:p></table:table-cell>' +
    '<table:table-cell office:value-type="string"><text:p>12</text:p></table:table-cell></table:table-row></table:table>',
  '<text:p><text:span text:style-name="Bold">夏嶺冷鏈控股有限公司</text:span>董事會宣佈，葵涌冷藏中心已於二零二六年四月八日通過年度安全審核。</text:p>',
  "<text:p>By order of the Board</text:p>",
].join("");

export const HARROWGATE_FODT =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<office:document ${NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">` +
  "<office:automatic-styles>" +
  '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>' +
  '<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>' +
  "</office:automatic-styles>" +
  `<office:body><office:text>${BODY}</office:text></office:body></office:document>`;

/** Saves the draft as .docx with LibreOffice; returns the .docx path. */
export async function harrowgateDocx(dir: string): Promise<string> {
  const source = join(dir, "harrowgate.fodt");
  writeFileSync(source, HARROWGATE_FODT);
  const [docx] = await convert([source], "docx:MS Word 2007 XML", dir);
  if (!docx) throw new Error("LibreOffice wrote no .docx");
  return docx;
}
