/**
 * Inline definitions: a parenthesis that opens with a quoted term, `(the "Company")`,
 * `(collectively, the "Placees")`, `（「本公司」）`. Every quoted term inside that parenthesis is
 * defined, including later ones after other words (`(the "Company", together with its
 * subsidiaries, the "Group" or "Acme")`, `(「本公司」，連同其附屬公司統稱「本集團」)`) and in a
 * nested parenthesis; and a term "referred to as" in running text. Read from the NORMALISED text
 * (full-width brackets are already ASCII, quotes straight).
 */

import { matchesOf } from "./matches.js";
import { CITED_TITLE, QUOTED_TERM, termText } from "./quoted-term.js";
import type { DefinitionFact } from "./types.js";

/** Longest parenthesis read as one definition. */
const MAX_PARENTHESIS = 400;

/** What may precede the first term inside the parenthesis. */
const ENGLISH_LEAD =
  /^(?:\s*(?:the|a|an|each|collectively|together|individually|jointly|respectively|hereinafter|referred|to|as|or|and|being|known|of|them|in|aggregate|called)\s*,?)*\s*$/i;
const CHINESE_LEAD =
  /^(?:\s*(?:統稱為|統稱|合稱為|合稱|各稱為|各稱|各自|分別|個別|以下簡稱|以下稱為|以下稱|下稱|簡稱|稱為|為|或|及|、|,))*\s*$/;

const QUOTED = new RegExp(QUOTED_TERM, "g");
const OR_ONLY = /^\s*(?:or|或)\s*(?:the\s+)?$/i;

/**
 * Each "(" mapped to the ")" that closes it, in one pass: probing forward from every "(" cost
 * MAX_PARENTHESIS steps each, and a megabyte of open brackets took a second.
 */
function closingBrackets(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let at = text.indexOf("("); at >= 0 && at < text.length; at++) {
    const char = text[at];
    if (char === "(") open.push(at);
    else if (char === ")") {
      const from = open.pop();
      if (from !== undefined) closes.set(from, at);
    }
  }
  return closes;
}

/** The offset of the bracket closing the one at `open`, or -1 within the length limit. */
function closingBracket(closes: ReadonlyMap<number, number>, open: number): number {
  const close = closes.get(open);
  return close !== undefined && close < open + MAX_PARENTHESIS ? close : -1;
}

interface Quoted {
  term: string;
  start: number;
  end: number;
}

/** The defining terms of one parenthesis (offsets in the text), or none. */
function termsOf(text: string, open: number, close: number): Quoted[] {
  const inner = text.slice(open + 1, close);
  const quoted = matchesOf(QUOTED, inner);
  const first = quoted[0];
  if (!first) return [];
  const lead = inner.slice(0, first.index);
  if (!ENGLISH_LEAD.test(lead) && !CHINESE_LEAD.test(lead)) return [];
  const terms: Quoted[] = [];
  for (const match of quoted) {
    if (match !== first && CITED_TITLE.test(inner.slice(Math.max(0, match.index - 15), match.index)))
      continue;
    const raw = match[1] ?? "";
    const start = open + 1 + match.index + 1 + (raw.length - raw.trimStart().length);
    const term = termText(raw);
    if (term !== "") terms.push({ term, start, end: start + raw.trim().length });
  }
  return terms;
}

/** Terms joined only by "or" are alternatives of one definition: `(the "Agreement" or the "Deal")`. */
function aliasGroups(text: string, terms: Quoted[]): string[][] {
  const groups: string[][] = [];
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    const last = groups[groups.length - 1];
    if (previous && last && OR_ONLY.test(text.slice(previous.end + 1, term.start - 1))) last.push(term.term);
    else groups.push([term.term]);
  });
  return groups;
}

/**
 * "SaaS (“Software as a Service”)": the parenthesis spells out the abbreviation before it, which
 * the document then uses. The abbreviation is the term's alias when its letters are the initials
 * of the term's words.
 */
function abbreviationBefore(text: string, open: number, term: string): string | undefined {
  const word = /([A-Za-z]{2,10})\s*$/.exec(text.slice(Math.max(0, open - 12), open))?.[1];
  if (!word || !/[A-Z].*[A-Z]/.test(word)) return undefined;
  const initials = term
    .split(/[\s-]+/)
    .map((part) => part[0] ?? "")
    .join("");
  return initials.length >= 2 && initials.toLowerCase() === word.toLowerCase() ? word : undefined;
}

/**
 * A term defined in running text: `... are collectively referred to as "CRRC Group".`,
 * `(... hereinafter referred to as the "Above Shares")`, 「以下簡稱「甲方」」.
 */
const REFERRED_AS =
  /\b(?:referred\s+to\s+as|hereinafter\s+called|known\s+as)\s+(?:the\s+)?"([^"\n]{1,80})"|(?:以下簡稱|以下稱為|下稱|統稱為|統稱)「([^「」\n]{1,40})」/gi;

function referredDefinitions(text: string): DefinitionFact[] {
  const found: DefinitionFact[] = [];
  for (const match of matchesOf(REFERRED_AS, text)) {
    const raw = match[1] ?? match[2] ?? "";
    const term = raw.trim();
    if (term === "") continue;
    const start = match.index + match[0].length - 1 - raw.length + (raw.length - raw.trimStart().length);
    found.push({
      start,
      end: start + term.length,
      term,
      source: "inline",
      entry: { start: match.index, end: match.index + match[0].length },
    });
  }
  return found;
}

export function inlineDefinitions(text: string): DefinitionFact[] {
  const inParentheses = parenthesisedDefinitions(text);
  const known = new Set(inParentheses.map((definition) => definition.start));
  const referred = referredDefinitions(text).filter((definition) => !known.has(definition.start));
  return [...inParentheses, ...referred].sort((a, b) => a.start - b.start);
}

function parenthesisedDefinitions(text: string): DefinitionFact[] {
  const found: DefinitionFact[] = [];
  const closes = closingBrackets(text);
  for (let open = text.indexOf("("); open >= 0; ) {
    const close = closingBracket(closes, open);
    const terms = close < 0 ? [] : termsOf(text, open, close);
    if (terms.length === 0) {
      open = text.indexOf("(", open + 1);
      continue;
    }
    const entry = { start: open, end: close + 1 };
    const groups = aliasGroups(text, terms);
    for (const term of terms) {
      const aliases = (groups.find((group) => group.includes(term.term)) ?? []).filter(
        (name) => name !== term.term,
      );
      const abbreviation = term === terms[0] ? abbreviationBefore(text, open, term.term) : undefined;
      if (abbreviation) aliases.push(abbreviation);
      found.push({
        start: term.start,
        end: term.end,
        term: term.term,
        source: "inline",
        entry,
        ...(aliases.length > 0 && { aliases }),
      });
    }
    open = text.indexOf("(", close + 1);
  }
  return found;
}
