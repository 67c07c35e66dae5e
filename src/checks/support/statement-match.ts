/**
 * Finding a prescribed statement in a document: anchors locate candidates, and each candidate
 * is delimited and scored by aligning the document's words around the anchor with each
 * accepted wording. Shared by `required` and `conditional`.
 *
 * Delimiting by alignment (rather than by sentence punctuation alone) copes with what real
 * announcements do to statements: defined terms inserted (`(the "Stock Exchange")`), a first
 * word lost by the PDF extractor, page furniture before the statement, no full stop after it.
 */
import type { Language } from "../../document/types.js";
import type { Pattern } from "../../patterns/pattern.js";
import type { CompileContext, JsonSchema } from "../types.js";
import type { KeyedMemo } from "./check-memo.js";
import { type CompiledLimb, compileLimb, type LimbOption, limbsSchema } from "./limbs.js";
import { directScans, type TextScans } from "./text-scans.js";
import { foldForComparison, type Script, tokenize } from "./word-diff.js";
import {
  type Candidate,
  type Hit,
  scoreWording,
  type Wording,
  windowAround,
  windowStretch,
} from "./wording-alignment.js";

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
/**
 * Matches of the patterns, at most `cap` per pattern (the first ones, or the last ones when the
 * statement belongs at the end), so a document repeating an anchor thousands of times stays fast.
 */
export function findHits(
  text: string,
  patterns: readonly Pattern[],
  cap: number,
  fromEnd: boolean,
  scans: TextScans = directScans(text),
): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns) {
    const matches = scans.all(pattern).filter((match) => match.end > match.start);
    const kept = fromEnd ? matches.slice(-cap) : matches.slice(0, cap);
    for (const match of kept) hits.push({ start: match.start, end: match.end, pattern });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Windows reach this much further than the wording needs, for inserted defined terms and noise.
const SLACK_FACTOR = 1.5;
const SLACK_TOKENS = 8;

/**
 * The statement around a hit, computed from the stretch of text the alignment reads
 * (windowStretch) and nothing else, so a memo can keep it under that text.
 */
export function matchCandidate(
  text: string,
  variant: CompiledVariant,
  hit: Hit,
  memo?: KeyedMemo<Candidate>,
): Candidate {
  const spots = variant.wordings.map((wording) => spotOf(wording, hit.pattern));
  let back = 0;
  let ahead = 0;
  variant.wordings.forEach((wording, index) => {
    const spot = spots[index];
    back = Math.max(back, spot ? spot[0] : wording.tokens.length);
    ahead = Math.max(ahead, spot ? wording.tokens.length - spot[1] : wording.tokens.length);
  });
  const stretch = windowStretch(text, hit, reach(back), reach(ahead));
  const local = text.slice(stretch.start, stretch.end);
  const localHit = { start: hit.start - stretch.start, end: hit.end - stretch.start, pattern: hit.pattern };
  const compute = () => alignAround(local, variant, localHit, spots, reach(back), reach(ahead));
  const found = memo
    ? memo.get(variant, `${hit.pattern.source}\u0000${localHit.start}:${localHit.end}\u0000${local}`, compute)
    : compute();
  return { ...found, start: found.start + stretch.start, end: found.end + stretch.start };
}

function alignAround(
  text: string,
  variant: CompiledVariant,
  hit: Hit,
  spots: readonly ([number, number] | null)[],
  back: number,
  ahead: number,
): Candidate {
  const window = windowAround(text, hit, back, ahead);
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
