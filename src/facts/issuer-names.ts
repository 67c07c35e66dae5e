/**
 * The issuer's English names as the document gives them on or before its cover: the name
 * lines of the identity block, the name defined as "the Company" (legend pages define it before
 * the cover: 'the prospectus … issued by Lumen Harbour Biotech Limited (the "Company")'), and
 * company names written out on the cover. They only confirm that a registry line is this
 * issuer's, so a name not found costs a lookup, never a wrong fact.
 */
import { identityKind } from "../document/regions.js";
import type { Document } from "../document/types.js";

/** A capitalised word of a name, or one in brackets: "Mabwell (Shanghai) Bioscience". */
const WORD = String.raw`(?:[A-Z][\w&.,'-]*|\([A-Z][\w&.,'-]*\))`;
const NAME = String.raw`${WORD}(?:\s(?:${WORD}|of|and|for))*`;
/** 'Lumen Harbour Biotech Limited 朗港生物科技有限公司 (the "Company")'. */
const DEFINED_COMPANY = new RegExp(
  String.raw`(${NAME})\s?(?:[\p{Script=Han}()（）]+\s?)?\((?:the\s)?"Company\s?"`,
  "gu",
);
/** A company's full name on the cover. */
const COMPANY = new RegExp(
  String.raw`${NAME}\s(?:Limited|LIMITED|Ltd\.?|LTD\.?|Inc\.?|INC\.?|Corporation|CORPORATION|plc|PLC)`,
  "gu",
);
/** The exchanges and the clearing house, named in the disclaimer. */
const NOT_ISSUER = /Exchanges and Clearing|Stock Exchange of Hong Kong|Securities Clearing/iu;
const LATIN = /[A-Za-z]/u;

export function issuerNames(document: Document): string[] {
  const { cover } = document.regions;
  const coverText = document.normalised.slice(cover.start, cover.end);
  const names = [
    ...identityNames(document, cover.start, cover.end),
    ...[...document.normalised.slice(0, cover.end).matchAll(DEFINED_COMPANY)].map((match) => match[1] ?? ""),
    ...[...coverText.matchAll(COMPANY)].map((match) => match[0]),
  ];
  return names.filter((name) => LATIN.test(name) && !NOT_ISSUER.test(name));
}

/**
 * Name lines (normalised) of the identity block whose lines start in [from, to), and the lines
 * just above an incorporation line, which name the issuer even without "Limited" ("Meituan").
 */
function identityNames(document: Document, from: number, to: number): string[] {
  const names: string[] = [];
  const above: string[] = [];
  const start = document.original.lastIndexOf("\n", document.toOriginal(from) - 1) + 1;
  let offset = start;
  for (const line of document.original.slice(start, document.toOriginal(to)).split("\n")) {
    const lineStart = document.toNormalised(offset);
    offset += line.length + 1;
    const text = document.normalised.slice(lineStart, document.toNormalised(offset - 1)).trim();
    if (text === "") continue;
    const kind = identityKind(text);
    if (kind === "name") names.push(text);
    if (kind === "incorporation") names.push(...above.filter(mayBeName));
    above.push(text);
    if (above.length > LINES_ABOVE) above.shift();
  }
  return names;
}

/** The name is at most this many lines above the incorporation line (English, then Chinese). */
const LINES_ABOVE = 2;
const MAX_NAME_LINE = 100;

/** Short, capitalised, not the end of a sentence (the disclaimer's last line is not a name). */
function mayBeName(line: string): boolean {
  return line.length <= MAX_NAME_LINE && /^[\p{Lu}\p{Script=Han}]/u.test(line) && !/[.,;:]$/u.test(line);
}
