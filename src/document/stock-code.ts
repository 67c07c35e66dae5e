/**
 * The issuer's stock code as announcements state it: the ONE reading of stock codes in the
 * project. The profile (which looks the issuer up by it), the identity block of the regions and
 * the stock-code rules all call this module, so what counts as a stated code cannot drift.
 *
 * Read on the NORMALISED text (NFKC: full-width digits and colons are already ASCII):
 * - a label — "Stock Code(s)", "Share Code", 股份代號, 證券代號, 股票代號 / 代碼 — then the code,
 *   with leading zeros ("(Stock Code: 09876)", 「股份代號：09876」, "stock code is 9876");
 * - further codes of the same label, an issuer's other counters: "9876 (HKD counter) and 89876
 *   (RMB counter)", 「9876（港幣櫃台）及89876（人民幣櫃台）」, "HKD counter: 9876; RMB counter: 89876";
 * - a PDF table extracted label column first, value column after: a label with no code after
 *   it, and the code alone on its line near it (a "detached" code).
 * The patterns are fixed and bounded, written here, not user input.
 */
import { EN_LABEL, labelStarts, ZH_LABEL } from "./stock-code-labels.js";
import type { Document, Region } from "./types.js";

/** What the finder reads: the normalised text, and the original for table cells (lines). */
export type StockCodeText = Pick<Document, "normalised" | "original" | "toOriginal" | "toNormalised">;

/** A stated code: the digits as written and where they are (normalised offsets). */
export interface StatedCode {
  /** Leading zeros stripped ("09876" → "9876"). */
  code: string;
  start: number;
  end: number;
}

/** One label and the codes it states (several for an issuer with HKD and RMB counters). */
export interface StockCodeMention {
  /** The label through the last code, or the label and its table cell (normalised offsets). */
  start: number;
  end: number;
  /** The label itself ("Stock Code", 股份代號). */
  label: Region;
  codes: StatedCode[];
  /** True when the code stands alone on its line away from its label (a table's value column). */
  detached: boolean;
  /** The label begins its line, as on a cover ("(Stock Code: 9876)"), not inside a sentence. */
  opensLine: boolean;
}

const LABEL_AT = new RegExp(`${EN_LABEL}|${ZH_LABEL}`, "iuy");
const COUNTER = String.raw`(?:HKD|RMB|USD|港幣|港元|人民幣|美元)\s?(?:counter|櫃台|櫃檯)?`;
/** Between an English label and its code: a colon, "is", "no.", a counter name. */
const EN_GAP = String.raw`\s?(?:\(${COUNTER}\)\s?)?(?::\s?|\bis\s|\bno\.?\s?)*(?:${COUNTER}\s?:?\s?)?`;
/** PDF tables put other labels between 股份代號 and its value; no digit, no full stop. */
const ZH_GAP = "[^\\d。]{0,30}?";
/** A code: 1 to 5 digits, not part of a longer number, an amount, a date or a percentage. */
const CODE = String.raw`(\d{1,5})(?![\d,.]?\d|\s?(?:%|年|月|日|個|股|港元|元))`;
const LABELLED = `(?:${EN_LABEL}${EN_GAP}|${ZH_LABEL}${ZH_GAP})${CODE}`;
const LABELLED_AT = new RegExp(LABELLED, "iuy");
const LABELLED_ONCE = new RegExp(LABELLED, "iu");
/**
 * A further code of the same label: "(HKD counter) and 89876 (RMB counter)". After a comma,
 * slash or semicolon only a named counter counts ("; RMB counter: 89876"): "8185 / 2016" is a
 * code and a year.
 */
const NEXT_CODE = new RegExp(
  String.raw`^(?:\s?\([^()]{1,20}\))?\s?(?:(?:and|及|和|與)\s?(?:${COUNTER}\s?:?\s?)?|[,、/;]\s?${COUNTER}\s?:?\s?)${CODE}`,
  "iu",
);
/** A table's label cell: the label alone on its line. */
const LABEL_CELL = new RegExp(String.raw`^\s*\(?\s*(?:${EN_LABEL}|${ZH_LABEL})\s*:?\s*\)?\s*$`, "iu");
/** A code alone on its line (original text, after NFKC): a table cell. */
const LONE_CODE = /^\s*\(?\s*(\d{3,5})\s*\)?\s*$/u;
/** How far a detached code may sit from its label (normalised characters). */
const DETACHED_AFTER = 1500;
const DETACHED_BEFORE = 300;

/** Every stock-code mention in the region (the whole document by default), in order. */
export function findStockCodes(document: StockCodeText, region?: Region): StockCodeMention[] {
  const from = region?.start ?? 0;
  const to = region?.end ?? document.normalised.length;
  // The profile, the regions and two rules ask for the same text: read it once.
  const byRegion = cache.get(document) ?? new Map<string, StockCodeMention[]>();
  cache.set(document, byRegion);
  const key = `${from}:${to}`;
  const known = byRegion.get(key);
  if (known) return known;
  const mentions = readMentions(document, from, to);
  byRegion.set(key, mentions);
  return mentions;
}

const cache = new WeakMap<StockCodeText, Map<string, StockCodeMention[]>>();

function readMentions(document: StockCodeText, from: number, to: number): StockCodeMention[] {
  const text = document.normalised.slice(0, to);
  const mentions: StockCodeMention[] = [];
  // As a global search from `from` finds them: each after the last one's codes.
  let searchFrom = from;
  for (const at of labelStarts(document.normalised)) {
    if (at < searchFrom) continue;
    LABELLED_AT.lastIndex = at;
    const match = LABELLED_AT.exec(text);
    if (!match) continue;
    const first = codeAt(match);
    const codes = [first, ...furtherCodes(text, first.end)];
    const end = codes[codes.length - 1]?.end ?? first.end;
    const label = labelAt(text, match.index);
    const opensLine = opensItsLine(document, match.index);
    mentions.push({ start: match.index, end, label, codes, detached: false, opensLine });
    searchFrom = end;
  }
  const labels = tableLabels(document, text, from, mentions);
  if (labels.length === 0) return mentions;
  const lone = loneCodes(document, from, to);
  for (const label of labels) {
    const code = nearestLoneCode(lone, label.start);
    if (!code) continue;
    const [start, end] = [Math.min(label.start, code.start), Math.max(label.end, code.end)];
    mentions.push({ start, end, label, codes: [code], detached: true, opensLine: true });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Words that make a code the issuer's own: "shares of the Company (stock code: …)", 本公司. */
const ISSUER_CUE = /\bthe (?:company|bank|issuer|shares)\b|\b(?:our|its) shares\b|本公司|本行/iu;
/** A label that is itself the subject, "The stock code 9876 …", "its stock code": nobody else's. */
const OWN_LABEL = /(?:^|\s)(?:the|its|our|company's)\s*$/iu;
/** Where the clause before a label begins: a full stop, a semicolon, a comma, a closing bracket, a blank line. */
const CLAUSE_START = /[.;。；)）,，]|\n\s*\n/gu;
const LOOK_BACK = 120;

/**
 * The mentions that state the issuer's own code: the first (the yardstick) and those whose
 * clause names the issuer ("trading in the shares of the Company (stock code: 9876)"). A code
 * after another company's name — "XYZ Securities, listed on the Stock Exchange (stock code:
 * 1234)", a director's other directorships, an issuer's bonds "(stock code 5790)" after its
 * shares', a table of peer companies — is not the issuer's, and comparing it with the
 * issuer's only makes noise. A label opening its line proves nothing: PDF extraction breaks
 * sentences before "(stock code: …)".
 */
export function issuerStockCodes(document: StockCodeText, region?: Region): StockCodeMention[] {
  const mentions = findStockCodes(document, region);
  return mentions.filter((mention, index) => {
    if (index === 0) return true;
    const previousEnd = mentions[index - 1]?.end ?? 0;
    const before = document.normalised.slice(Math.max(previousEnd, mention.start - LOOK_BACK), mention.start);
    const clause = before.slice(lastClauseStart(before));
    return ISSUER_CUE.test(clause) || OWN_LABEL.test(clause);
  });
}

function lastClauseStart(text: string): number {
  let start = 0;
  for (const match of text.matchAll(CLAUSE_START)) start = match.index + match[0].length;
  return start;
}

function labelAt(text: string, at: number): Region {
  LABEL_AT.lastIndex = at;
  const label = LABEL_AT.exec(text);
  return { start: at, end: at + (label?.[0].length ?? 0) };
}

/** True when the text (normalised) states a code after a stock-code label. */
export function statesStockCode(text: string): boolean {
  return LABELLED_ONCE.test(text);
}

/** "09876" → "9876"; full-width digits read as ASCII. */
export function normaliseStockCode(written: string): string {
  return written
    .normalize("NFKC")
    .trim()
    .replace(/^0+(?=\d)/u, "");
}

function codeAt(match: RegExpExecArray): StatedCode {
  const digits = match[1] ?? "";
  const end = match.index + match[0].length;
  return { code: normaliseStockCode(digits), start: end - digits.length, end };
}

function furtherCodes(text: string, from: number): StatedCode[] {
  const codes: StatedCode[] = [];
  let at = from;
  for (
    let next = NEXT_CODE.exec(text.slice(at, at + 80));
    next;
    next = NEXT_CODE.exec(text.slice(at, at + 80))
  ) {
    const digits = next[1] ?? "";
    const end = at + next[0].length;
    codes.push({ code: normaliseStockCode(digits), start: end - digits.length, end });
    at = end;
  }
  return codes;
}

/**
 * Labels in [from, text.length) that stand alone on their line (a table's label column) and
 * that no labelled mention covers. A label inside a sentence ("the stock code of the H Shares
 * will be …") is not a table cell, and a number near it is not its value.
 */
function tableLabels(
  document: StockCodeText,
  text: string,
  from: number,
  mentions: readonly StockCodeMention[],
): Region[] {
  const labels: Region[] = [];
  // Labels and mentions both come in text order: one pass over each, not one over their product.
  let next = 0;
  let searchFrom = from;
  for (const at of labelStarts(document.normalised)) {
    if (at < searchFrom) continue;
    LABEL_AT.lastIndex = at;
    const match = LABEL_AT.exec(text);
    if (!match) continue;
    searchFrom = at + match[0].length;
    while (next < mentions.length && (mentions[next]?.end ?? 0) <= at) next++;
    const covering = mentions[next];
    if (covering && covering.start <= at) continue;
    if (isLabelCell(document, at)) labels.push({ start: at, end: at + match[0].length });
  }
  return labels;
}

/** A table cell is short: a label on a line longer than this is inside a sentence. */
const MAX_CELL = 40;

/** Only an opening bracket or white space before the label on its line of the ORIGINAL text. */
function opensItsLine(document: StockCodeText, at: number): boolean {
  const offset = document.toOriginal(at);
  const before = document.original.slice(Math.max(0, offset - MAX_CELL), offset);
  const lineStart = before.lastIndexOf("\n");
  if (lineStart < 0 && offset > MAX_CELL) return false;
  return /^[\s(（]*$/u.test(before.slice(lineStart + 1));
}

/** The label at the normalised offset stands alone on its line of the ORIGINAL text. */
function isLabelCell(document: StockCodeText, at: number): boolean {
  const { original } = document;
  const offset = document.toOriginal(at);
  const before = original.slice(Math.max(0, offset - MAX_CELL), offset);
  const after = original.slice(offset, offset + MAX_CELL);
  const lineStart = before.lastIndexOf("\n");
  const lineEnd = after.indexOf("\n");
  if (lineStart < 0 && offset > MAX_CELL) return false;
  if (lineEnd < 0 && offset + MAX_CELL < original.length) return false;
  const line = before.slice(lineStart + 1) + after.slice(0, lineEnd < 0 ? undefined : lineEnd);
  return LABEL_CELL.test(line.normalize("NFKC"));
}

/** The code alone on its line nearest after the label (else before it), within reach. */
function nearestLoneCode(lone: readonly StatedCode[], label: number): StatedCode | undefined {
  let lo = 0;
  let hi = lone.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lone[mid]?.start ?? 0) < label) lo = mid + 1;
    else hi = mid;
  }
  const after = lone[lo];
  if (after && after.start < label + DETACHED_AFTER) return after;
  const before = lone[lo - 1];
  return before && before.start >= label - DETACHED_BEFORE ? before : undefined;
}

/** Codes alone on their (short) lines whose normalised start lies in [from, to), in order. */
function loneCodes(document: StockCodeText, from: number, to: number): StatedCode[] {
  const { original } = document;
  const end = document.toOriginal(to);
  const codes: StatedCode[] = [];
  for (let lineStart = document.toOriginal(from); lineStart < end; ) {
    const newline = original.indexOf("\n", lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    if (lineEnd - lineStart <= MAX_LONE_LINE) {
      const lone = LONE_CODE.exec(original.slice(lineStart, lineEnd).normalize("NFKC"));
      const digits = lone?.[1];
      const start = document.toNormalised(lineStart);
      const at = digits ? document.normalised.indexOf(digits, start) : -1;
      if (digits && at >= from && at < to)
        codes.push({ code: normaliseStockCode(digits), start: at, end: at + digits.length });
    }
    lineStart = lineEnd + 1;
  }
  return codes;
}

/** A line holding only a code is short ("  (09871)  "). */
const MAX_LONE_LINE = 16;
