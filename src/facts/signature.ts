/**
 * The signature block: "By order of the Board / Lumen Harbour Biotech Limited / Chan Tai Man /
 * Chairman / Hong Kong, 12 December 2023" (「承董事會命 … 主席 … 香港，2023年12月12日」).
 * Line breaks are not relied on: the normalised text has none.
 */
import type { Document } from "../document/types.js";
import type { DateFact, SignatureFact, TextFact } from "./types.js";

const OPENING =
  /(?:By\s+order\s+of\s+the\s+Board|For\s+and\s+on\s+behalf\s+of\s+the\s+Board(?:\s+of\s+Directors)?|承董事會命|代表董事會|承董事局命)/gi;
const PLACE =
  /(Hong\s+Kong|Beijing|Shanghai|Shenzhen|Guangzhou|Singapore|Macau|Macao|香港|北京|上海|深圳|廣州|新加坡|澳門)\s*[,，]?\s*$/i;
const COMPANY_END = /^.*(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|plc|Company|有限公司|股份公司|集團)/is;
const ENGLISH_TITLE =
  /\s+(?:Chairman|Chairlady|Chairwoman|Chairperson|Vice|Deputy|Executive|Chief|Company\s+Secretary|Joint|Co-|President|Managing|Secretary|CEO|Director|Non-executive|Independent|Founder)\b.*$/is;
const CHINESE_TITLE =
  /(?:聯席)?(?:主席|董事長|副主席|執行董事|非執行董事|行政總裁|首席執行官|總裁|公司秘書|董事|兼|及|、)+/g;
const HONORIFIC = /^(?:Mrs|Mr|Ms|Miss|Madam|Dr|Professor|Prof|Sir)\.?\s+/;

interface Signatory {
  signatory: TextFact;
  title?: TextFact;
}

function located(text: string, from: number, to: number, value: string): TextFact {
  const at = text.indexOf(value, from);
  const start = at >= 0 && at < to ? at : from;
  return { start, end: start + value.length, value };
}

function signatoryIn(text: string, from: number, to: number): Signatory | undefined {
  const chunk = text.slice(from, to);
  const afterCompany = COMPANY_END.exec(chunk)?.[0].length ?? 0;
  const rest = chunk.slice(afterCompany);
  const restStart = from + afterCompany;
  const chinese = /\p{Script=Han}/u.test(rest);
  const titles = chinese
    ? (rest.match(CHINESE_TITLE) ?? []).join("")
    : (ENGLISH_TITLE.exec(rest)?.[0].trim() ?? "");
  const raw = chinese ? rest.replace(CHINESE_TITLE, " ") : rest.replace(ENGLISH_TITLE, "");
  const name = raw
    .trim()
    .replace(HONORIFIC, "")
    .replace(/[\s,，]+$/, "")
    .trim();
  if (name === "" || name.length > 60) return undefined;
  const signatory = located(text, restStart, to, name);
  signatory.value = name.replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu, "");
  const result: Signatory = { signatory };
  if (titles !== "")
    result.title = located(text, restStart, to, chinese ? (rest.match(CHINESE_TITLE)?.[0] ?? "") : titles);
  if (result.title) result.title.value = titles;
  return result;
}

const TITLE_LINE =
  /^(?:(?:Chairman|Chairlady|Chairwoman|Chairperson|Vice|Deputy|Executive|Chief|Company\s+Secretary|Joint|Co-|President|Managing|Secretary|CEO|Director|Non-executive|Independent|Founder|and)\b|(?:聯席)?(?:主席|董事長|副主席|執行董事|非執行董事|行政總裁|首席執行|總裁|公司秘書|董事|官$))/i;
const LINE_HONORIFIC =
  /^(?:Mrs|Mr|Ms|Miss|Madam|Dr|Professor|Prof|Sir)\.?\s*(?=\p{Lu})|(?:先生|女士|博士|教授)$/u;

interface Line {
  text: string;
  start: number;
}

/** Lines of the ORIGINAL text in a normalised range, when the input kept its line breaks. */
function originalLines(document: Document, from: number, to: number): Line[] {
  const start = document.toOriginal(from);
  const chunk = document.original.slice(start, document.toOriginal(to));
  const lines: Line[] = [];
  let offset = start;
  for (const raw of chunk.split("\n")) {
    const text = raw.trim();
    if (text !== "") lines.push({ text, start: document.toNormalised(offset + raw.indexOf(text)) });
    offset += raw.length + 1;
  }
  return lines;
}

/** Company on the first line, then the name (honorific first) among lines that are not titles. */
function signatoryFromLines(document: Document, from: number, to: number): Signatory | undefined {
  const lines = originalLines(document, from, to);
  if (lines.length < 2) return undefined;
  // PDF extraction may space out Chinese titles (「董 事 長 、執 行 董 事」).
  const compact = (line: Line) => line.text.replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu, "");
  const isTitle = (line: Line) => TITLE_LINE.test(compact(line));
  const rest = lines.slice(1).filter((line) => !isTitle(line) && !COMPANY_LINE.test(compact(line)));
  const chosen = rest.find((line) => LINE_HONORIFIC.test(line.text)) ?? rest[0];
  if (!chosen) return undefined;
  const name = chosen.text.replace(HONORIFIC, "").replace(/\s+/g, " ");
  const at = document.normalised.indexOf(name.slice(0, 3), chosen.start);
  const start = at >= 0 && at < to ? at : chosen.start;
  const signatory: TextFact = {
    start,
    end: start + name.length,
    value: name.replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/gu, ""),
  };
  const titles = lines.filter((line) => line !== lines[0] && isTitle(line));
  const title = titles[0];
  const result: Signatory = { signatory };
  if (title) {
    const value = titles.map(compact).join(" ");
    result.title = { start: title.start, end: title.start + title.text.length, value };
  }
  return result;
}

/** A company name on its own line; Chinese names of foreign issuers may end in 集團 or 控股 (「朗港健康集團」). */
const COMPANY_LINE = /(?:Limited|Ltd\.?|Inc\.?\*?|Corporation|plc|有限公司|股份公司|集團|控股)\s*\*?$/i;

/** The last signature block, with its place, date and signatory. */
export function extractSignature(document: Document, dates: DateFact[]): SignatureFact | undefined {
  const text = document.normalised;
  let opening: RegExpExecArray | undefined;
  for (const match of text.matchAll(OPENING)) opening = match;
  if (!opening) return undefined;
  const start = opening.index;
  const after = start + opening[0].length;
  const date = dates.find((candidate) => candidate.start >= after && candidate.start - after < 400);
  const signature: SignatureFact = { start, end: date ? date.end : Math.min(text.length, after + 200) };
  if (!date) return signature;
  const before = text.slice(after, date.start);
  const place = PLACE.exec(before);
  const blockEnd = place ? after + place.index : date.start;
  if (place) {
    const placeStart = after + place.index;
    signature.place = { start: placeStart, end: placeStart + (place[1] ?? "").length, value: place[1] ?? "" };
  }
  signature.date = date;
  const found = signatoryFromLines(document, after, blockEnd) ?? signatoryIn(text, after, blockEnd);
  if (found) {
    signature.signatory = found.signatory;
    if (found.title) signature.title = found.title;
  }
  return signature;
}

/** The signature date, else a date beside a place at the top ("Hong Kong, 12 December 2023"). */
export function documentDateOf(text: string, signature: SignatureFact | undefined, dates: DateFact[]) {
  if (signature?.date) return signature.date;
  return dates.find((date) => PLACE.test(text.slice(Math.max(0, date.start - 20), date.start)));
}

/** Exported for the signatory check: a name reduced to comparable tokens. */
export function nameTokens(name: string): string[] {
  const bare = name.replace(HONORIFIC, "").replace(/(先生|女士|博士|教授|太太|夫人|小姐)$/, "");
  if (/\p{Script=Han}/u.test(bare)) return [bare.replace(/\s+/g, "")];
  return bare
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .filter((token) => token !== "");
}
