/**
 * The regions rules talk about, in NORMALISED offsets:
 * - `top`: the start of the document through the issuer identity block (name, Chinese name,
 *   incorporation line, stock code), where the disclaimer and the stock code belong;
 * - `end`: from the signature ("By order of the Board") or the board paragraph to the end.
 *
 * Identity lines are recognised line by line in the original (the normalised text has no
 * lines) but tested on their normalised form, so full-width and Simplified variants need no
 * patterns of their own.
 */
import type { LineIndex } from "./line-index.js";
import { statesStockCode } from "./stock-code.js";
import type { DocumentRegions, Region } from "./types.js";

export interface RegionInput {
  normalised: string;
  lines: LineIndex;
  toNormalised(originalOffset: number): number;
}

/** Without an identity block, the top is this many normalised characters. */
const DEFAULT_TOP = 1500;
/** The top never reaches further than this, whatever the heuristics find. */
const MAX_TOP = 3000;
/** The identity block's lines lie within this many characters of its first line. */
const IDENTITY_BLOCK_SPAN = 600;
/** The block ends at the second non-identity line in a row (the title, the first paragraph). */
const MAX_OTHER_LINES = 2;
const DEFAULT_END = 1500;
/** The disclaimer's sentence continues this far at most after its anchor. */
const MAX_SENTENCE = 600;
/** A board paragraph this far before the signature still belongs to the end region. */
const BOARD_BEFORE_SIGNATURE = 3000;
const MAX_IDENTITY_LINE = 200;

const DISCLAIMER =
  /takes? no responsibility for the contents of this|對本(?:聯合)?(?:公告|通函|文件|通告)(?:的|之)?內容概不負責/iu;
const COMPANY_NAME = /(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.|plc|有限公司)\s*[*#]?$/iu;
/** Names in the disclaimer and in boilerplate, which are never the issuer. */
const NOT_ISSUER =
  /Exchanges and Clearing|Stock Exchange of Hong Kong|Securities Clearing|香港交易及結算|香港聯合交易所|香港中央結算/iu;
/** 注 is not folded to 註 (注意 is Traditional too), so the Simplified 注册 is spelt out. */
const INCORPORATION = /^\(?\s*(?:(?:a|an)\s+[\w\s-]{0,40}?)?incorporated in\b|^\(?於.{1,40}?[註注]冊成立/iu;
const MAX_CHINESE_NAME = 40;
const CLAUSE_PUNCTUATION = /[,，。;；]/u;
const SIGNATURE = /By order of the Board|For and on behalf of the Board|承董事會命|代表董事會/giu;
const BOARD_PARAGRAPH =
  /As (?:at|of) the date of this (?:joint )?announcement|(?:於|截至)本(?:聯合)?公告日期/giu;

export function findRegions(input: RegionInput): Omit<DocumentRegions, "firstPage" | "cover"> {
  return { top: findTop(input), end: findEnd(input.normalised) };
}

function findTop(input: RegionInput): Region {
  const limit = Math.min(input.normalised.length, MAX_TOP);
  const disclaimer = DISCLAIMER.exec(input.normalised.slice(0, limit));
  const fallback = defaultTop(input.normalised.length);
  if (!disclaimer) return topEndingAt(findIdentityBlock(input, 0, limit)?.end ?? fallback, limit);
  // Website chrome or a circular's "if in doubt" cover may precede the disclaimer and name the
  // issuer; the real identity block follows the disclaimer, so look there first.
  const disclaimerEnd = disclaimer.index + disclaimer[0].length;
  const after = findIdentityBlock(input, disclaimerEnd, limit);
  if (after) return topEndingAt(after.end, limit);
  // The header came first. Front matter (a GEM results header, the Characteristics of GEM)
  // may sit above the disclaimer and it is still "at the top"; one further down is not.
  const before = findIdentityBlock(input, 0, disclaimer.index);
  if (!before) return topEndingAt(fallback, limit);
  if (disclaimer.index > DEFAULT_TOP) return topEndingAt(before.end, limit);
  return topEndingAt(sentenceEnd(input.normalised, disclaimerEnd), limit);
}

/**
 * Without structure the top is the first 1,500 characters, but at most the first half: in a
 * short text the "first 1,500 characters" would be all of it, and nothing could be misplaced.
 */
function defaultTop(length: number): number {
  return Math.min(DEFAULT_TOP, Math.ceil(length / 2));
}

function topEndingAt(end: number, limit: number): Region {
  return { start: 0, end: Math.min(end, limit) };
}

/** Just after the full stop that ends the sentence running at `from` (the disclaimer's limbs). */
function sentenceEnd(text: string, from: number): number {
  const stop = /[.。]/u.exec(text.slice(from, from + MAX_SENTENCE));
  return stop ? from + stop.index + 1 : Math.min(text.length, from + MAX_SENTENCE);
}

/** The first convincing identity block whose lines start in [from, to) (normalised offsets). */
export function findIdentityBlock(
  { normalised, lines, toNormalised }: RegionInput,
  from: number,
  to: number,
) {
  let block: IdentityBlock | undefined;
  for (const [i, lineStart] of lines.lineStarts.entries()) {
    const start = toNormalised(lineStart);
    if (start >= to) break;
    const end = toNormalised(lines.lineEnds[i] ?? lineStart);
    if (start < from || end === start) continue;
    const kind = identityKind(normalised.slice(start, end));
    if (block && (block.otherLines >= MAX_OTHER_LINES || start > block.start + IDENTITY_BLOCK_SPAN)) {
      if (isConvincing(block)) return block;
      block = undefined;
    }
    if (!kind) {
      if (block) block.otherLines++;
      continue;
    }
    block ??= { start, end, lines: 0, otherLines: 0, hasCode: false };
    block.end = end;
    block.lines++;
    block.otherLines = 0;
    block.hasCode ||= kind === "stock-code";
  }
  return block && isConvincing(block) ? block : undefined;
}

interface IdentityBlock {
  start: number;
  end: number;
  lines: number;
  /** Non-identity lines since the last identity line (a logo caption, a footnote marker). */
  otherLines: number;
  hasCode: boolean;
}

/**
 * A lone company name is weak evidence (a web page's title, a name in a table); a name with
 * its incorporation or stock-code line, or a stock-code line, is the identity block.
 */
function isConvincing(block: IdentityBlock): boolean {
  return block.lines >= 2 || block.hasCode;
}

type IdentityKind = "stock-code" | "incorporation" | "name";

/** What kind of identity-block line this is (given as normalised text), if any. */
export function identityKind(line: string): IdentityKind | undefined {
  const text = line.trim();
  if (text === "" || text.length > MAX_IDENTITY_LINE || NOT_ISSUER.test(text)) return undefined;
  if (statesStockCode(text)) return "stock-code";
  if (INCORPORATION.test(text)) return "incorporation";
  return COMPANY_NAME.test(text) && looksLikeName(text) ? "name" : undefined;
}

/** A name is mostly capitalised words (or Chinese); a sentence wrapped at "Limited" is not. */
function looksLikeName(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'&.-]*/gu) ?? [];
  if (words.length === 0) return text.length <= MAX_CHINESE_NAME && !CLAUSE_PUNCTUATION.test(text);
  const lowercase = words.filter(
    (word) => /^[a-z]/u.test(word) && !/^(?:and|of|the|de|du|la|for)$/u.test(word),
  );
  return lowercase.length === 0;
}

function findEnd(normalised: string): Region {
  const signature = lastMatch(SIGNATURE, normalised);
  const board = lastMatch(BOARD_PARAGRAPH, normalised);
  let start: number;
  if (signature >= 0) {
    start =
      board >= 0 && board < signature && signature - board <= BOARD_BEFORE_SIGNATURE ? board : signature;
  } else if (board >= 0) start = board;
  // As for the top: the last 1,500 characters, but at most the second half of a short text.
  else start = Math.max(0, normalised.length - DEFAULT_END, Math.floor(normalised.length / 2));
  return { start, end: normalised.length };
}

function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}
