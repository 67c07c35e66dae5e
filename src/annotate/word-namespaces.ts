/** The namespaces and relationship types of a Word package that the annotator reads or writes. */

/** WordprocessingML, in the transitional and the strict flavour (mammoth reads both as `w:`). */
export const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const VML = "urn:schemas-microsoft-com:vml";
/** Word 2010 extensions (content-control check boxes). */
export const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

const TRANSITIONAL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_TYPES = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

/** The relationship type of a part, in the flavour of the document's WordprocessingML namespace. */
export function relationshipType(
  name: "officeDocument" | "comments" | "footnotes" | "endnotes",
  wordNamespace: string,
): string {
  return (wordNamespace === W_STRICT ? STRICT_TYPES : TRANSITIONAL_TYPES) + name;
}

export const COMMENTS_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

export function isWordNamespace(namespace: string | null): namespace is string {
  return namespace === W_TRANSITIONAL || namespace === W_STRICT;
}
