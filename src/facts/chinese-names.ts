/**
 * Names in a Chinese board segment: separated by 、, 及, commas and semicolons; a title after the
 * name (陳大文先生, 李博士) or before it (拿督陳大文), honours after it (太平紳士); Latin names with
 * or without a Chinese title (「Michael Min XU博士」, 「Zhang Wen」); the last name of a list may run
 * into the verb (「…及王小明先生組成」).
 */
import type { NameSegment, NamesRead } from "./director-names.js";
import {
  CHINESE_TITLE_AFTER,
  CHINESE_TITLE_BEFORE,
  genderOf,
  HONOURS,
  HONOURS_ONLY,
} from "./name-honorifics.js";
import type { DirectorFact } from "./types.js";

const HAN = /\p{Script=Han}/u;

export function isHan(text: string): boolean {
  return HAN.test(text);
}

const PIECES = /[^、,，;；及。]+/gu;
const PARENTHESIS = /\s*[(（]([^()（）]*)[)）]/gu;
const ENUMERATOR = /^\(?(?:i{1,3}|iv|vi{0,3}|ix|x|[a-h]|\d{1,2})\)?$/i;
/** Words before the first name: 「董事會由」, 「本公司董事包括:」, 「為」. */
const LEAD_IN =
  /^.*(?:包括|包含|組成如下|組成[:：]|以下人士組成|以下組成|成員為|成員|董事會|董事(?!長)(?:及擬任董事)?|本公司)[:：]?(?:現|目前)?(?:為|由|是)?/u;
const LEADING_VERB = /^(?:為|由|是|以|:|：)+/u;
const TRAILING_VERB = /(?:組成|擔任|出任|分別擔任)$/u;
/** Pieces that are never names: connectives and lead-in words. */
const CONNECTIVE = /^(?:以|和|與|並|及|均為|分別為|其中|等)$/u;
/** Roles written before a category phrase: 「董事長兼非執行董事」, 「主席、行政總裁兼執行董事」. */
const ROLE_WORDS = /^(?:聯席|副|董事長|主席|行政總裁|首席執行官|總裁|總經理|首席財務官|兼|及|、)+$/u;
const LEAD_IN_WORDS = /公告|日期|申請|招股章程|董事會|本公司|組成|如下/u;
const HAN_NAME = /^[\p{Script=Han}·‧]{2,4}$/u;
const TITLED_HAN_NAME = /^[\p{Script=Han}·‧]{1,12}$/u;
const LATIN_NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+[\p{L}'.-]+){0,5}$/u;

interface Piece {
  raw: string;
  at: number;
}

/** Han characters lose the spaces PDF extraction put between them; Latin names keep theirs. */
function tidy(name: string): string {
  return name
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Reading {
  bare: string;
  core: string;
  titles: string[];
  /** A footnote marker after the name (「陳大文先生*」). */
  marker?: string;
}

const MARKER = /[*#^†‡]+$/u;

/** The name inside a piece without its roles, lead-in words, honours and titles. */
function reading(withoutRoles: string): Reading {
  const afterLeadIn = withoutRoles.replace(LEAD_IN, "").replace(LEADING_VERB, "").trim();
  const bare = afterLeadIn
    .replace(TRAILING_VERB, "")
    .replace(/[。.\s:：]+$/u, "")
    .trim();
  const marker = MARKER.exec(bare)?.[0];
  let core = bare.replace(MARKER, "").replace(HONOURS, "").trim();
  const titles: string[] = [];
  const before = CHINESE_TITLE_BEFORE.exec(core);
  if (before) {
    titles.push(before[1] ?? "");
    core = core.slice(before[0].length).trim();
  }
  const after = CHINESE_TITLE_AFTER.exec(core);
  if (after) {
    titles.push(after[1] ?? "");
    core = core.slice(0, -after[0].length).trim();
  }
  return { bare, core, titles, ...(marker ? { marker } : {}) };
}

function isName(core: string, titled: boolean): boolean {
  const compact = tidy(core);
  if (LATIN_NAME.test(compact)) return true;
  return titled ? TITLED_HAN_NAME.test(compact) : HAN_NAME.test(compact);
}

function isNotAName(bare: string): boolean {
  return (
    bare === "" ||
    CONNECTIVE.test(bare) ||
    ROLE_WORDS.test(bare) ||
    (LEAD_IN_WORDS.test(bare) && !CHINESE_TITLE_AFTER.test(bare))
  );
}

/** A title ends a name even without a separator (a list laid out one name per line). */
const AFTER_TITLE = /(?<=先生|女士|博士|教授|院士|太太|夫人|小姐|醫生|爵士)(?=[\p{Script=Han}A-Za-z])/u;

function pieces(text: string, segment: NameSegment): Piece[] {
  const found: Piece[] = [];
  for (const match of text.slice(segment.from, segment.to).matchAll(PIECES)) {
    let at = segment.from + match.index;
    for (const raw of match[0].split(AFTER_TITLE)) {
      found.push({ raw, at });
      at += raw.length;
    }
  }
  return found;
}

export function chineseNames(text: string, segment: NameSegment): NamesRead {
  const read: NamesRead = { directors: [], unread: [] };
  for (const { raw, at } of pieces(text, segment)) {
    const roles = [...raw.matchAll(PARENTHESIS)]
      .map((role) => (role[1] ?? "").trim())
      .filter((role) => !ENUMERATOR.test(role));
    const { bare, core, titles, marker } = reading(raw.replace(PARENTHESIS, " ").trim());
    if (marker) roles.push(marker);
    const previous = read.directors[read.directors.length - 1];
    if (isNotAName(bare) || (previous && HONOURS_ONLY.test(bare))) continue;
    const offset = raw.indexOf(bare.slice(0, 2));
    const start = at + Math.max(0, offset);
    if (!isName(core, titles.length > 0)) {
      read.unread.push({ start, end: start + bare.length });
      continue;
    }
    const fact: DirectorFact = {
      start,
      end: start + bare.length,
      name: tidy(core),
      gender: genderOf(...titles),
      category: segment.category,
      proposed: segment.proposed,
      roles,
    };
    if (titles.length > 0) fact.honorific = titles.join(" ");
    read.directors.push(fact);
  }
  return read;
}
