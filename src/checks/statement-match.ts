/**
 * Finding a prescribed statement in a document: anchors locate candidates, and each candidate
 * is delimited and scored by aligning the document's words around the anchor with each
 * accepted wording. Shared by `required` and `conditional`.
 *
 * Delimiting by alignment (rather than by sentence punctuation alone) copes with what real
 * announcements do to statements: defined terms inserted (`(the "Stock Exchange")`), a first
 * word lost by the PDF extractor, page furniture before the statement, no full stop after it.
 */
import type { Language } from "../document/types.js";
import type { Pattern } from "../patterns/pattern.js";
import { type CompiledLimb, compileLimb, type LimbOption, limbsSchema } from "./limbs.js";
import type { CompileContext, JsonSchema } from "./types.js";
import { alignTokens, foldForComparison, type Script, type Token, tokenize } from "./word-diff.js";

export interface StatementVariantOptions {
  anchors: string[];
  wording: string[];
  /** The statement's essential parts: bare patterns or named limbs (see limbs.ts). */
  limbs?: LimbOption[];
}

export interface StatementOptions {
  en?: StatementVariantOptions;
  zh?: StatementVariantOptions;
}

const patternList = (minItems: number): JsonSchema => ({
  type: "array",
  minItems,
  items: { type: "string", minLength: 1 },
});

const variantSchema: JsonSchema = {
  type: "object",
  additionalProperties: false,
  required: ["anchors", "wording"],
  properties: { anchors: patternList(1), wording: patternList(1), limbs: limbsSchema },
};

export const statementSchema: JsonSchema = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: { en: variantSchema, zh: variantSchema },
};

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

export interface CompiledVariant {
  script: Script;
  anchors: Pattern[];
  wordings: Wording[];
  limbs: CompiledLimb[];
}

export interface CompiledStatement {
  en?: CompiledVariant;
  zh?: CompiledVariant;
}

export function compileStatement(options: StatementOptions, context: CompileContext): CompiledStatement {
  const compiled: CompiledStatement = {};
  if (options.en) compiled.en = compileVariant(options.en, "words", context);
  if (options.zh) compiled.zh = compileVariant(options.zh, "chars", context);
  return compiled;
}

function compileVariant(options: StatementVariantOptions, script: Script, context: CompileContext) {
  const wordings = options.wording.map((text): Wording => {
    const folded = foldForComparison(text);
    return { text, folded, tokens: tokenize(folded).map((token) => token.text), spots: new Map() };
  });
  return {
    script,
    anchors: options.anchors.map((source) => context.compilePattern(source)),
    wordings,
    limbs: (options.limbs ?? []).map((limb) => compileLimb(limb, context)),
  };
}

export function variantFor(statement: CompiledStatement, language: Language): CompiledVariant | undefined {
  return language === "en" ? statement.en : statement.zh;
}

/** A match of an anchor (or of an outdated form) around which the statement may stand. */
export interface Hit {
  start: number;
  end: number;
  pattern: Pattern;
}

/**
 * Matches of the patterns, at most `cap` per pattern (the first ones, or the last ones when the
 * statement belongs at the end), so a document repeating an anchor thousands of times stays fast.
 */
export function findHits(text: string, patterns: readonly Pattern[], cap: number, fromEnd: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    const matches = pattern.matches(text).filter((match) => match.end > match.start);
    const kept = fromEnd ? matches.slice(-cap) : matches.slice(0, cap);
    for (const match of kept) hits.push({ start: match.start, end: match.end, pattern });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The statement as found around one hit, with the wording it is closest to. */
export interface Candidate {
  start: number;
  end: number;
  wording: Wording;
  /** Share of the wording's tokens found, in order, in the candidate (0..1). */
  similarity: number;
}

// Windows reach this much further than the wording needs, for inserted defined terms and noise.
const SLACK_FACTOR = 1.5;
const SLACK_TOKENS = 8;
// Generous characters per token when cutting a window of text before tokenising it.
const CHARS_PER_TOKEN = 16;

export function matchCandidate(text: string, variant: CompiledVariant, hit: Hit): Candidate {
  const spots = variant.wordings.map((wording) => spotOf(wording, hit.pattern));
  let back = 0;
  let ahead = 0;
  variant.wordings.forEach((wording, index) => {
    const spot = spots[index];
    back = Math.max(back, spot ? spot[0] : wording.tokens.length);
    ahead = Math.max(ahead, spot ? wording.tokens.length - spot[1] : wording.tokens.length);
  });
  const window = windowAround(text, hit, reach(back), reach(ahead));
  // Aligning is the costly step. The share of a wording's words found anywhere in the window
  // bounds its similarity from above, so wordings are aligned best bound first and the rest
  // skipped once none can do better: the same best candidate, with far fewer alignments.
  const windowWords = countWords(window.tokens.map((token) => token.text));
  const order = variant.wordings
    .map((wording, index) => ({ wording, index, bound: similarityBound(wording, windowWords) }))
    .sort((a, b) => b.bound - a.bound || a.index - b.index);
  let best: { candidate: Candidate; index: number } | undefined;
  for (const { wording, index, bound } of order) {
    // Ties go to the earlier wording, as when every wording was aligned in turn.
    if (
      best !== undefined &&
      (bound < best.candidate.similarity || (bound === best.candidate.similarity && index > best.index))
    )
      continue;
    const candidate = scoreWording(text, window, wording, spots[index] ?? null, hit);
    const better =
      best === undefined ||
      candidate.similarity > best.candidate.similarity ||
      (candidate.similarity === best.candidate.similarity && index < best.index);
    if (better) best = { candidate, index };
  }
  return (
    best?.candidate ?? {
      start: hit.start,
      end: hit.end,
      wording: variant.wordings[0] as Wording,
      similarity: 0,
    }
  );
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * At most the share of the wording's words an alignment could match: a word counts when the
 * window holds it or its plural/singular twin (the alignment's notion of the same word).
 * Repeats are not rationed, which can only raise the bound, never lower it below the truth.
 */
function similarityBound(wording: Wording, windowWords: ReadonlyMap<string, number>): number {
  if (wording.tokens.length === 0) return 1;
  let found = 0;
  for (const word of wording.tokens) {
    const singular = word.endsWith("s") ? word.slice(0, -1) : undefined;
    if (
      windowWords.has(word) ||
      windowWords.has(`${word}s`) ||
      (singular !== undefined && windowWords.has(singular))
    )
      found++;
  }
  return found / wording.tokens.length;
}

const reach = (tokens: number): number => Math.ceil(tokens * SLACK_FACTOR) + SLACK_TOKENS;

/** Where the pattern's first match falls in the wording, as a token range (memoised). */
function spotOf(wording: Wording, pattern: Pattern): [number, number] | null {
  const known = wording.spots.get(pattern);
  if (known !== undefined) return known;
  const match = pattern.first(wording.folded);
  let spot: [number, number] | null = null;
  if (match) {
    const tokens = tokenize(wording.folded);
    const from = tokens.findIndex((token) => token.end > match.start);
    const to = tokens.findIndex((token) => token.start >= match.end);
    if (from >= 0) spot = [from, to < 0 ? tokens.length : Math.max(to, from)];
  }
  wording.spots.set(pattern, spot);
  return spot;
}

interface Window {
  tokens: Token[];
  /** Token range [anchorFrom, anchorTo) of the hit itself. */
  anchorFrom: number;
  anchorTo: number;
}

function windowAround(text: string, hit: Hit, back: number, ahead: number): Window {
  const before = tokenize(text, Math.max(0, hit.start - back * CHARS_PER_TOKEN), hit.start).slice(-back);
  const inside = tokenize(text, hit.start, hit.end);
  const after = tokenize(text, hit.end, Math.min(text.length, hit.end + ahead * CHARS_PER_TOKEN)).slice(
    0,
    ahead,
  );
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
function scoreWording(
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
  const tail = /^[)"'」』]{0,2}[.。;；]/.exec(text.slice(end, end + 4));
  return tail ? end + tail[0].length : end;
}
