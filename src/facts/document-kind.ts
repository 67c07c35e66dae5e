/**
 * Recognises what kind of document this is from its headline, in English and Chinese.
 *
 * Only headline text is read: short upper-case (or short Chinese) lines near the top, runs of
 * upper-case words when the extractor lost the line breaks, the title right after the stock
 * code, and the document noun of the disclaimer ("contents of this circular"). All of it ends
 * where the body starts ("This announcement is made …", 「本公告乃…」), so "inside information"
 * said in passing in a voluntary announcement's body does not make it an inside-information
 * announcement. Order matters: the first kind whose cue matches wins, so the more specific
 * kinds come first (a profit warning is also inside information). The cues are fixed, bounded patterns written here, not user input.
 */
import { BODY_OPENER } from "../document/body-opener.js";
import { findStockCodes } from "../document/stock-code.js";
import type { Document } from "../document/types.js";

interface KindCue {
  kind: string;
  cue: RegExp;
  /** Kinds this one rules out when both match ("delay in publication of results" is not results). */
  supersedes?: readonly string[];
}

const KIND_CUES: readonly KindCue[] = [
  {
    kind: "circular",
    cue: /this circular is important|contents of this circular|此乃要件|對本通函|\bcircular to (the )?shareholders\b|致股東(的|之)?通函/i,
  },
  {
    kind: "report",
    cue: /\b(annual|interim|half-year(ly)?|(first |third )?quarterly|environmental, social and governance) report\b|年報|年度報告|中期報告|季度報告|環境、社會及管治報告/i,
  },
  {
    kind: "unusual-movement",
    cue: /unusual (price|trading|movements?)|made at the request of the stock exchange|(股價|股份價格)及成交量(之|的)?(異常|不尋常)(波動|變動)|應香港聯合交易所有限公司(之|的)?要求/i,
  },
  {
    kind: "profit-warning",
    cue: /profit warning|positive profit alert|profit alert|盈利警告|盈利預警|正面盈利(預告|預喜)/i,
  },
  { kind: "inside-information", cue: /inside information|內幕消息/i },
  { kind: "connected-transaction", cue: /connected transactions?|關連交易/i },
  {
    kind: "notifiable-transaction",
    cue: /(discloseable|major|share)(?: and (?:continuing )?connected)? transactions?|very substantial (acquisition|disposal)|須予披露(?:及(?:持續)?關連)?交易|主要(?:及(?:持續)?關連)?交易|非常重大(收購|出售)/i,
  },
  {
    kind: "trading-halt",
    cue: /trading halt|halt in trading|suspension of trading|trading suspension|短暫停牌|暫停買賣/i,
  },
  { kind: "resumption", cue: /resumption of trading|復牌|恢復買賣/i },
  {
    kind: "director-change",
    cue: /(appointment|resignation|retirement|removal|re-designation|change) (of|in) (an? )?(the )?(independent non-executive |non-executive |executive )?(directors?|chairman|chief executive( officer)?|supervisors?)|(委任|辭任|辭去|退任|罷免|調任|變更).{0,12}(董事|監事|行政總裁|主席)|董事(及|和)?(委員會組成)?(變更|變動)/i,
  },
  { kind: "poll-results", cue: /poll results|投票表決結果|投票結果/i },
  {
    kind: "results-delay",
    cue: /\b(?:delay(?:ed)?|postpone(?:d|ment)?) (?:in|of) (?:the )?(?:publication|release|announcement|despatch) of (?:the )?(?:[\w-]+ ){0,3}(?:results|reports?)\b|(?:延遲|延後|推遲)(?:刊發|公佈|發佈|公布|寄發)[^。]{0,30}(?:業績|報告)/i,
    supersedes: ["results", "report"],
  },
  { kind: "allotment-results", cue: /allotment results|配發結果/i },
  {
    kind: "stabilization",
    cue: /stabili[sz](?:ation|ing) (?:period|actions?)|exercise of (?:the )?over-allotment option|穩定價格(?:期|行動)|穩定(?:期|行動)|超額配股權(?:獲|之|的)?(?:悉數|部分)?行使/i,
  },
  { kind: "board-meeting", cue: /date of (the )?board meeting|board meeting date|董事會會議(召開)?日期/i },
  {
    kind: "results",
    cue: /\b(annual|interim|final|quarterly|half-year(ly)?|preliminary) results\b|results announcement|announcement of (the )?(\w+ )?results\b|業績公告|(年度|中期|全年|季度|末期)業績/i,
  },
  { kind: "dividend", cue: /\bdividends?\b|股息/i },
  {
    kind: "meeting-notice",
    cue: /notice of (the )?(\d{4} )?(annual |extraordinary |special )?general meeting|股東(週年|特別)大會通告/i,
  },
  { kind: "voluntary", cue: /voluntary announcement|自願(性)?公告/i },
  { kind: "listing-document", cue: /\bprospectus\b|listing document|招股章程|上市文件/i },
  // Not "GLOBAL OFFERING" alone: allotment-results announcements carry that headline too.
  { kind: "formal-notice", cue: /\bformal notice\b|正式通告/i },
];

const DISCLAIMER_NOUN =
  /responsibility for the contents of this (?:circular|prospectus)|對本(?:通函|招股章程)(?:的|之)?內容概不負責/i;
/** Kinds the opening sentence alone identifies when the headline says nothing specific. */
const OPENING_CUES: readonly KindCue[] = [
  {
    kind: "unusual-movement",
    cue: /made at the request of the stock exchange|應香港聯合交易所有限公司(?:\([^)]{0,12}\))?(?:之|的)?要求/i,
  },
  {
    kind: "inside-information",
    cue: /pursuant to rules? 13\.09|pursuant to rule 17\.10|inside information provisions|第13\.09(?:\(2\)\(a\))?條|第17\.10條|內幕消息條文/i,
  },
];
const OPENING_SPAN = 240;
/** Headlines lie in the first pages; past this the text is body or annexes. */
const HEAD_LIMIT = 6000;
/** A title after the stock-code line is this long at most (title case is not otherwise marked). */
const TITLE_SPAN = 300;
const MAX_HEADLINE_LINE = 160;
const MAX_CHINESE_HEADLINE = 40;
const UPPER_RUN = /(?:[A-Z][A-Z0-9'&(),/-]*\s+){1,}[A-Z0-9][A-Z0-9'&(),/-]*/g;

/** The document's main kind (the most specific its headline names), or "announcement". */
export function detectDocumentKind(document: Document): string {
  return detectDocumentKinds(document)[0] ?? "announcement";
}

/**
 * Every kind the document is, main kind first: an inside-information announcement of a
 * discloseable transaction is both, and gets both sets of checks. The main kind is read from
 * all the headline material as before; the others only from headline lines proper (a title line,
 * an upper-case run), since the text after the stock code may already be body ("pending the
 * publication of the Annual Results"). "announcement" when no cue is found.
 */
export function detectDocumentKinds(document: Document): string[] {
  const material = headMaterial(document);
  const main = mainKind(material);
  const lines = material.lines;
  const matched = KIND_CUES.filter(({ kind, cue }) => kind === main || cue.test(lines));
  const ruledOut = new Set(matched.flatMap((cue) => cue.supersedes ?? []));
  const others = matched.map(({ kind }) => kind).filter((kind) => kind !== main && !ruledOut.has(kind));
  if (main === undefined) return others.length > 0 ? others : ["announcement"];
  return ruledOut.has(main) && others.length > 0 ? others : [main, ...others];
}

function mainKind({ headline, opening, disclaimerNoun }: HeadMaterial): string | undefined {
  const matched = KIND_CUES.filter(({ cue }) => cue.test(headline));
  const ruledOut = new Set(matched.flatMap((cue) => cue.supersedes ?? []));
  const first = matched.find(({ kind }) => !ruledOut.has(kind));
  if (first) return first.kind;
  for (const { kind, cue } of OPENING_CUES) if (cue.test(opening)) return kind;
  // The disclaimer's noun ("contents of this circular") decides only when nothing else does: a
  // disclaimer copied from a circular into an announcement must not make it a circular.
  if (disclaimerNoun) return KIND_CUES.find(({ cue }) => cue.test(disclaimerNoun))?.kind;
  return undefined;
}

interface HeadMaterial {
  /** Headline segments joined by line breaks. */
  headline: string;
  /** The headline lines proper: title lines and upper-case runs, without the text after the code. */
  lines: string;
  /** The body's first sentence or so. */
  opening: string;
  /** The disclaimer's document noun phrase ("contents of this circular"), when found. */
  disclaimerNoun?: string;
}

/** The headline material of the document and the opening of its body. */
export function headMaterial(document: Document): HeadMaterial {
  const text = document.normalised;
  const code = findStockCodes(document, { start: 0, end: Math.min(text.length, HEAD_LIMIT) }).find(
    (mention) => !mention.detached,
  );
  // The body starts after the stock-code line; without one, the first opener is the body's.
  const searchFrom = code ? closingBracketAfter(text, code.end) : 0;
  const bodyMatch = BODY_OPENER.exec(text.slice(Math.min(searchFrom, HEAD_LIMIT), HEAD_LIMIT));
  const zoneEnd = bodyMatch
    ? Math.min(searchFrom, HEAD_LIMIT) + bodyMatch.index
    : Math.min(text.length, HEAD_LIMIT);
  const segments: string[] = [];
  const noun = DISCLAIMER_NOUN.exec(text.slice(0, zoneEnd));
  segments.push(...headlineLines(document, zoneEnd));
  const zone = text.slice(0, zoneEnd);
  for (const run of zone.matchAll(UPPER_RUN)) if (isUpperHeadline(run[0])) segments.push(run[0]);
  const lines = segments.join("\n");
  if (code) segments.push(text.slice(searchFrom, Math.min(zoneEnd, searchFrom + TITLE_SPAN)));
  const opening = bodyMatch ? text.slice(zoneEnd, zoneEnd + OPENING_SPAN) : "";
  return { headline: segments.join("\n"), lines, opening, ...(noun && { disclaimerNoun: noun[0] }) };
}

/** Just past the ")" that closes "(Stock Code: 9876)", when it follows the code. */
function closingBracketAfter(text: string, end: number): number {
  return text[end] === ")" ? end + 1 : end;
}

/** Short upper-case or short Chinese lines of the original, read in their normalised form. */
function headlineLines(document: Document, zoneEnd: number): string[] {
  const lines: string[] = [];
  let offset = 0;
  for (const line of document.original.split("\n")) {
    const start = document.toNormalised(offset);
    offset += line.length + 1;
    if (start >= zoneEnd) break;
    const normalised = document.normalised
      .slice(start, Math.min(zoneEnd, document.toNormalised(offset - 1)))
      .trim();
    if (isHeadlineLine(normalised)) lines.push(normalised);
  }
  return lines;
}

function isHeadlineLine(line: string): boolean {
  if (line.length < 2 || line.length > MAX_HEADLINE_LINE) return false;
  if (isUpperHeadline(line)) return true;
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 2 && line.length <= MAX_CHINESE_HEADLINE && !/[。，,;；]/u.test(line);
}

/** Mostly upper-case Latin letters, and more than one word or a long word. */
function isUpperHeadline(text: string): boolean {
  const letters = text.match(/[A-Za-z]/g) ?? [];
  if (letters.length < 4) return false;
  const upper = letters.filter((letter) => letter >= "A" && letter <= "Z").length;
  return upper / letters.length >= 0.8;
}

export const DOCUMENT_KINDS: readonly string[] = ["announcement", ...KIND_CUES.map((cue) => cue.kind)];
