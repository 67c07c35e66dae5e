/**
 * Names in a board paragraph. English names are split on honorifics, never on commas, because
 * names themselves contain commas ("Mr. Yim, Chi Hung Henry", "Mr. Ho Kwok Wah, George, MH").
 * Chinese names end with an honorific suffix (先生/女士/博士) and are separated by 、 and 及.
 */
import { NUMBER_WORD_PATTERN } from "./numbers.js";
import type { DirectorCategory, DirectorFact, Gender } from "./types.js";

const ENGLISH_HONORIFIC =
  /\b(Mrs|Mr|Ms|Miss|Madam|Mdm|Dr|Professor|Prof|Sir|Dame|Lady|Lord|MRS|MR|MS|DR|PROF)(?:\.\s*|\s+)(?=[A-Z])/g;
const CHINESE_HONORIFIC = /(先生|女士|博士|教授|太太|夫人|小姐|醫生|爵士)$/;
const HONOURS_ONLY = /^(太平紳士|銅紫荊星章|銀紫荊星章|金紫荊星章|榮譽勳章|[A-Z]{2,3}|J\.?P\.?)$/;

const GENDER: Record<string, Gender> = {
  mr: "male",
  sir: "male",
  lord: "male",
  ms: "female",
  mrs: "female",
  miss: "female",
  madam: "female",
  mdm: "female",
  dame: "female",
  lady: "female",
  先生: "male",
  爵士: "male",
  女士: "female",
  太太: "female",
  夫人: "female",
  小姐: "female",
};

/** Dr., Prof. and 博士 say nothing about gender. */
export function genderOf(honorific: string | undefined): Gender {
  if (honorific === undefined) return "unknown";
  return GENDER[honorific.toLowerCase()] ?? "unknown";
}

export interface NameSegment {
  from: number;
  to: number;
  category: DirectorCategory;
  proposed: boolean;
}

/** What may trail a name before the next one: separators, enumerators, "and", "; one". */
const TRAILING_JUNK = new RegExp(
  `(?:[\\s,;:.&]+|\\((?:i{1,3}|iv|v|vi{0,3}|[a-h]|\\d)\\)|\\b(?:and|as|the|being|both|of|namely|respectively|who|are|is|${NUMBER_WORD_PATTERN})\\b)+$`,
  "i",
);
const ROLE = /\s*[(（]([^()（）]*)[)）]/g;

/** Cleans a raw name: trailing separators go, "(Chairman)" becomes a role. */
function cleanName(raw: string): { name: string; roles: string[]; length: number } {
  let text = raw;
  let previous = "";
  while (text !== previous) {
    previous = text;
    text = text.replace(TRAILING_JUNK, "");
  }
  const length = text.length;
  const roles: string[] = [];
  // "Ms. A as chairlady and executive director": what follows "as" is a role.
  const asRole = /\s+as\s+(.*)$/s.exec(text);
  if (asRole) {
    roles.push((asRole[1] ?? "").replace(/\s+and$/, "").trim());
    text = text.slice(0, asRole.index);
  }
  const name = text
    .replace(ROLE, (_whole, role: string) => {
      roles.push(role.trim());
      return "";
    })
    .replace(/\s+/g, " ")
    .trim();
  return { name, roles, length };
}

function director(
  segment: NameSegment,
  spanStart: number,
  nameStart: number,
  raw: string,
  honorific: string | undefined,
): DirectorFact | undefined {
  const { name, roles, length } = cleanName(raw);
  if (name === "" || !/\p{L}/u.test(name)) return undefined;
  const fact: DirectorFact = {
    start: spanStart,
    end: nameStart + length,
    name,
    gender: genderOf(honorific),
    category: segment.category,
    proposed: segment.proposed,
    roles,
  };
  if (honorific !== undefined) fact.honorific = honorific;
  return fact;
}

function englishByHonorific(text: string, segment: NameSegment, hits: RegExpExecArray[]): DirectorFact[] {
  const found: DirectorFact[] = [];
  hits.forEach((hit, i) => {
    const nameStart = hit.index + hit[0].length;
    const nameEnd = hits[i + 1]?.index ?? segment.to;
    const fact = director(segment, hit.index, nameStart, text.slice(nameStart, nameEnd), hit[1]);
    if (fact) found.push(fact);
  });
  return found;
}

/** Without honorifics the only separators left are commas and "and". */
function englishByComma(text: string, segment: NameSegment): DirectorFact[] {
  const found: DirectorFact[] = [];
  const body = text.slice(segment.from, segment.to);
  const leadIn =
    /^.*\b(?:comprises|comprising|consists of|consisting of|includes?|including|are|is)\b:?|^.*:/i.exec(body);
  const offset = segment.from + (leadIn ? leadIn[0].length : 0);
  const pieces = /[^,;&]+/g;
  for (const piece of text.slice(offset, segment.to).matchAll(pieces)) {
    for (const part of piece[0].split(/\band\b/)) {
      const local = piece[0].indexOf(part) + piece.index;
      const stripped = part.replace(
        /^\s*(?:\((?:i{1,3}|iv|v|\d|[a-h])\)\s*)?(?:(?:being|namely|including|the)\s+)*/i,
        "",
      );
      const start = offset + local + (part.length - stripped.length);
      if (!/^[A-Z][\p{L}'.-]*(?:\s+[\p{L}'.-]+){1,5}\s*(?:\([^)]*\))?\s*$/u.test(stripped.trim())) continue;
      if (/\b(?:Directors?|Board|Company)\b/.test(stripped)) continue;
      const fact = director(segment, start, start, stripped, undefined);
      if (fact) found.push(fact);
    }
  }
  return found;
}

/** Words before the first name ("於本公告日期，董事會包括") are not part of it. */
const CHINESE_LEAD_IN = /^.*(?:包括|包含|組成如下|成員為|為|由|董事|[:：)）])/;

function chineseNames(text: string, segment: NameSegment): DirectorFact[] {
  const found: DirectorFact[] = [];
  const pieces = /[^、,，;；及]+/g;
  for (const piece of text.slice(segment.from, segment.to).matchAll(pieces)) {
    const raw = piece[0];
    const withoutRoles = raw.replace(ROLE, "").trim();
    const lead = CHINESE_LEAD_IN.exec(withoutRoles)?.[0].length ?? 0;
    const bare = withoutRoles
      .slice(lead)
      .replace(/[。.\s]+$/, "")
      .trim();
    const previous = found[found.length - 1];
    if (previous && HONOURS_ONLY.test(bare)) continue;
    const honorific = CHINESE_HONORIFIC.exec(bare)?.[1];
    const isName =
      honorific !== undefined ? bare.length > honorific.length : /^\p{Script=Han}{2,4}$/u.test(bare);
    if (!isName) continue;
    const start = segment.from + (piece.index ?? 0) + Math.max(0, raw.indexOf(bare.slice(0, 2)));
    const roles = [...raw.matchAll(ROLE)].map((role) => (role[1] ?? "").trim());
    found.push({
      start,
      end: start + bare.length,
      name: (honorific ? bare.slice(0, -honorific.length) : bare).replace(/\s+/g, ""),
      ...(honorific ? { honorific } : {}),
      gender: genderOf(honorific),
      category: segment.category,
      proposed: segment.proposed,
      roles,
    });
  }
  return found;
}

const HAS_HAN = /\p{Script=Han}/u;

/** The directors named in [from, to) of the text, all in the segment's category. */
export function parseNames(text: string, segment: NameSegment): DirectorFact[] {
  const body = text.slice(segment.from, segment.to);
  ENGLISH_HONORIFIC.lastIndex = 0;
  const hits = [...body.matchAll(ENGLISH_HONORIFIC)].map((hit) => {
    hit.index += segment.from;
    return hit as RegExpExecArray;
  });
  if (hits.length > 0) return englishByHonorific(text, segment, hits);
  if (HAS_HAN.test(body)) return chineseNames(text, segment);
  return englishByComma(text, segment);
}
