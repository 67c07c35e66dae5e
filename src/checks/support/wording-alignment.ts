/**
 * Aligning an accepted wording with the document's words around an anchor, and delimiting the
 * statement by the matched words: where it starts, how far it reaches, how similar it is.
 */
import type { Pattern } from "../../patterns/pattern.js";
import { alignTokens, type Token, tokenize } from "./word-diff.js";

/** An accepted wording, prepared for comparison once at compile time. */
export interface Wording {
  /** As written in the rule (used for `expected` and suggestions). */
  text: string;
  /** Folded like the normalised document text. */
  folded: string;
  tokens: string[];
  /** Token range [from, to) of each pattern's first match in the wording (null: no match). */
  spots: Map<Pattern, [number, number] | null>;
}

export interface Hit {
  start: number;
  end: number;
  pattern: Pattern;
}

/** The statement as found around one hit, with the wording it is closest to. */
export interface Candidate {
  start: number;
  end: number;
  wording: Wording;
  /** Share of the wording's tokens found, in order, in the candidate (0..1). */
  similarity: number;
}

// Generous characters per token when cutting a window of text before tokenising it.
const CHARS_PER_TOKEN = 16;

export interface Window {
  tokens: Token[];
  /** Token range [anchorFrom, anchorTo) of the hit itself. */
  anchorFrom: number;
  anchorTo: number;
}

/** Characters closingPunctuationEnd reads after a statement's last word. */
const CLOSING_READ = 4;

/**
 * The stretch of text that windowAround and scoreWording read for a hit: a candidate depends on
 * it alone, so it is computed from that stretch (and kept under it, check-memo.ts).
 */
export function windowStretch(
  text: string,
  hit: Hit,
  back: number,
  ahead: number,
): { start: number; end: number } {
  return {
    start: Math.max(0, hit.start - back * CHARS_PER_TOKEN),
    end: Math.min(text.length, hit.end + ahead * CHARS_PER_TOKEN + CLOSING_READ),
  };
}

export function windowAround(text: string, hit: Hit, back: number, ahead: number): Window {
  const before = tokenize(text, Math.max(0, hit.start - back * CHARS_PER_TOKEN), hit.start).slice(-back);
  const inside = tokenize(text, hit.start, hit.end);
  const after = tokenize(text, hit.end, Math.min(text.length, hit.end + ahead * CHARS_PER_TOKEN), ahead);
  return {
    tokens: [...before, ...inside, ...after],
    anchorFrom: before.length,
    anchorTo: before.length + inside.length,
  };
}

/**
 * Align the wording with the window and keep the core of the matched words. With the anchor's
 * place in the wording known, the two sides are aligned outward from the anchor (the side before
 * it reversed), so ties go to the words nearest the anchor, not to look-alikes further away.
 */
export function scoreWording(
  text: string,
  window: Window,
  wording: Wording,
  spot: [number, number] | null,
  hit: Hit,
): Candidate {
  const matchedTo = new Int32Array(window.tokens.length).fill(-1);
  const docWords = window.tokens.map((token) => token.text);
  const link = (wordingOffset: number, docOffset: number, pairs: [number, number][], reversed = false) => {
    for (const [w, d] of pairs) {
      if (reversed) matchedTo[docOffset - d] = wordingOffset - w;
      else matchedTo[docOffset + d] = wordingOffset + w;
    }
  };
  if (spot) {
    const [from, to] = spot;
    const beforeWording = wording.tokens.slice(0, from).reverse();
    const beforeDoc = docWords.slice(0, window.anchorFrom).reverse();
    link(from - 1, window.anchorFrom - 1, alignTokens(beforeWording, beforeDoc), true);
    const anchorWords = docWords.slice(window.anchorFrom, window.anchorTo);
    link(from, window.anchorFrom, alignTokens(wording.tokens.slice(from, to), anchorWords));
    link(to, window.anchorTo, alignTokens(wording.tokens.slice(to), docWords.slice(window.anchorTo)));
  } else {
    link(0, 0, alignTokens(wording.tokens, docWords));
  }
  // The statement runs through its anchor even when the anchor is not in the wording (a
  // heading): the best stretch elsewhere in the window would span unrelated text up to it.
  const anchor: [number, number] = [window.anchorFrom, window.anchorTo];
  const core = coreRange(matchedTo, (k) => sentenceBreakAfter(text, window.tokens, k), anchor);
  if (core === null) return { start: hit.start, end: hit.end, wording, similarity: 0 };
  const [first, last] = core;
  let matched = 0;
  for (let k = first; k <= last; k++) if ((matchedTo[k] ?? -1) >= 0) matched++;
  const similarity = wording.tokens.length === 0 ? 1 : matched / wording.tokens.length;
  const unmatchedTail = wording.tokens.length - 1 - (matchedTo[last] ?? 0);
  const lastToken = window.tokens[sentenceEndWithin(text, window.tokens, last, unmatchedTail)] as Token;
  const start = Math.min((window.tokens[first] as Token).start, hit.start);
  const end = closingPunctuationEnd(text, Math.max(lastToken.end, hit.end));
  return { start, end, wording, similarity };
}

// What an unmatched token, and a sentence break, cost a candidate when deciding how far it reaches.
const MISMATCH_COST = 1;
const BREAK_COST = 2;

/**
 * The token range [first, last] of the statement. Each matched token gains 1, each unmatched one
 * costs MISMATCH_COST and each sentence break BREAK_COST; the range reaches from the anchor (or,
 * when the anchor matched no whole token, anywhere) as far as the balance is best. Inserted defined terms inside the
 * statement are paid for by the words around them, while stray look-alikes in the next sentence
 * ("this announcement" in "terms used in this announcement") are not worth the words between.
 */
function coreRange(
  matchedTo: Int32Array,
  breakAfter: (k: number) => boolean,
  protect: [number, number],
): [number, number] | null {
  const gain = (k: number) => ((matchedTo[k] ?? -1) >= 0 ? 1 : -MISMATCH_COST);
  if (protect[1] <= protect[0]) return bestStretch(matchedTo.length, gain, breakAfter);
  const [from, to] = protect;
  let first = from;
  let balance = 0;
  let best = 0;
  for (let k = from - 1; k >= 0; k--) {
    balance += gain(k) - (breakAfter(k) ? BREAK_COST : 0);
    if (balance > best) [best, first] = [balance, k];
  }
  let last = to - 1;
  balance = 0;
  best = 0;
  for (let k = to; k < matchedTo.length; k++) {
    balance += gain(k) - (breakAfter(k - 1) ? BREAK_COST : 0);
    if (balance > best) [best, last] = [balance, k];
  }
  return [first, last];
}

/** The stretch with the best balance anywhere in the window (Kadane's maximum subarray). */
function bestStretch(
  length: number,
  gain: (k: number) => number,
  breakAfter: (k: number) => boolean,
): [number, number] | null {
  let best = 0;
  let range: [number, number] | null = null;
  let balance = 0;
  let start = 0;
  for (let k = 0; k < length; k++) {
    if (balance <= 0) [balance, start] = [0, k];
    else if (breakAfter(k - 1)) balance -= BREAK_COST;
    balance += gain(k);
    if (balance > best) [best, range] = [balance, [start, k]];
  }
  return range;
}

/** True when a sentence ends between token k and token k + 1. */
function sentenceBreakAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const current = tokens[k];
  const next = tokens[k + 1];
  if (!current || !next) return false;
  const between = text.slice(current.end, next.start);
  if (/[。！？!?;；]/.test(between)) return true;
  return between.includes(".") && /^[\p{Lu}\p{Script=Han}]/u.test(text.slice(next.start, next.start + 1));
}

/**
 * When the wording's last words are not matched ("this Prospectus." for "this announcement."),
 * the statement still runs to its full stop: take up to `unmatched` more tokens (at most 3) if a
 * full stop follows one of them before any sentence break.
 */
function sentenceEndWithin(text: string, tokens: readonly Token[], last: number, unmatched: number): number {
  const limit = Math.min(last + Math.min(unmatched, 3), tokens.length - 1);
  for (let k = last + 1; k <= limit; k++) {
    if (sentenceBreakAfter(text, tokens, k - 1)) return last;
    const token = tokens[k] as Token;
    if (closingPunctuationEnd(text, token.end) > token.end) return k;
  }
  return last;
}

/** Include the full stop (and a closing quote or bracket before it) that ends the statement. */
function closingPunctuationEnd(text: string, end: number): number {
  const tail = /^[)"'」』]{0,2}[.。;；]/.exec(text.slice(end, end + CLOSING_READ));
  return tail ? end + tail[0].length : end;
}
