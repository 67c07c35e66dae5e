/**
 * Builds small .docx packages from hand-written WordprocessingML, for structures the `docx`
 * package does not write: tracked changes, existing comments, complex and simple fields, smart
 * tags, content controls, VML text boxes, deleted paragraph marks, symbols.
 */
import JSZip from "jszip";

export const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
].join(" ");

export interface WordParts {
  /** The children of w:body (a w:sectPr is added). */
  body: string;
  /** The children of w:comments, when the draft already has comments. */
  comments?: string;
  /** The w:footnote elements with ids 1 and up (the separators are added). */
  footnotes?: string;
  /** External hyperlink targets, by relationship id. */
  links?: Record<string, string>;
  /** The paragraphs of the page header and footer, which disclint's reader does not read. */
  header?: string;
  footer?: string;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function wordPackage(parts: WordParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    [
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ],
  ];
  const relationships: string[] = [];
  if (parts.comments !== undefined) {
    overrides.push([
      "/word/comments.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    ]);
    relationships.push(relationship("rIdComments", "comments", "comments.xml"));
    zip.file("word/comments.xml", `${DECLARATION}<w:comments ${NAMESPACES}>${parts.comments}</w:comments>`);
  }
  if (parts.footnotes !== undefined) {
    overrides.push([
      "/word/footnotes.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    ]);
    relationships.push(relationship("rIdFootnotes", "footnotes", "footnotes.xml"));
    zip.file(
      "word/footnotes.xml",
      `${DECLARATION}<w:footnotes ${NAMESPACES}>${SEPARATORS}${parts.footnotes}</w:footnotes>`,
    );
  }
  const references: string[] = [];
  for (const kind of ["header", "footer"] as const) {
    const content = parts[kind];
    if (content === undefined) continue;
    overrides.push([
      `/word/${kind}1.xml`,
      `application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml`,
    ]);
    relationships.push(relationship(`rId${kind}`, kind, `${kind}1.xml`));
    const root = kind === "header" ? "w:hdr" : "w:ftr";
    zip.file(`word/${kind}1.xml`, `${DECLARATION}<${root} ${NAMESPACES}>${content}</${root}>`);
    references.push(`<w:${kind}Reference w:type="default" r:id="rId${kind}"/>`);
  }
  for (const [id, url] of Object.entries(parts.links ?? {})) {
    relationships.push(
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}" TargetMode="External"/>`,
    );
  }
  zip.file(
    "[Content_Types].xml",
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join("") +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      relationship("rId1", "officeDocument", "word/document.xml") +
      "</Relationships>",
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `${DECLARATION}<w:document ${NAMESPACES} mc:Ignorable="w14"><w:body>${parts.body}` +
      `<w:sectPr>${references.join("")}<w:pgSz w:w="11906" w:h="16838"/>` +
      '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
      "</w:body></w:document>",
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
}

const SEPARATORS =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';

/** A paragraph of plain runs: each string is a run; `{ b: "…" }` is a bold run. */
export function paragraph(...runs: (string | { b: string } | { i: string })[]): string {
  return `<w:p>${runs.map(run).join("")}</w:p>`;
}

export function run(content: string | { b: string } | { i: string }): string {
  if (typeof content === "string") return `<w:r><w:t xml:space="preserve">${escapeXml(content)}</w:t></w:r>`;
  const [property, text] = "b" in content ? ["<w:b/>", content.b] : ["<w:i/>", content.i];
  return `<w:r><w:rPr>${property}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
