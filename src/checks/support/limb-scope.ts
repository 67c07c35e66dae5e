/**
 * Where a candidate statement's limbs are looked for. The candidate itself is the stretch that
 * aligns with an accepted wording, which ends early when the issuer words a limb its own way
 * ("or market TG-7" against "and market its Core Product"), and the caution to shareholders
 * often follows as a sentence of its own; an older form puts sentences of its own between the
 * limbs. So limbs are looked for from the start of the candidate's sentence through the next
 * two sentence ends after it, or further, up to three times the length of the closest wording,
 * as long as the paragraph lasts. A candidate that ends in a heading ("Cautionary Statement required by
 * Rule 18A.05") reaches into the paragraph under it, and a paragraph that stops mid-sentence
 * (a page or column break in extracted text) into the next one.
 */
import type { Block, Document } from "../../document/types.js";

/** Sentence ends taken after the candidate's end (the caution follows the assurance). */
const SENTENCES_AFTER = 2;
/** How far (characters) the scope reaches either side of the candidate, in text without paragraphs. */
const MAX_REACH = 1500;
/** How far the scope may reach from the candidate's start, in lengths of the closest wording. */
const WORDING_LENGTHS = 3;
/** A sentence ends at 。！？ or at . ! ? before a space or the end of the text. */
const SENTENCE_END = /[。！？]|[.!?](?=\s|$)/gu;
/** A block whose text ends like this ends a sentence; others run on into the next block. */
const CLOSES_SENTENCE = /[.。!！?？;；:：]["'」』)）]*$/u;
/** Blocks a statement may run on into after the one its candidate ends in. */
const MAX_RUN_ON_BLOCKS = 3;

export interface Scope {
  start: number;
  end: number;
}

export function limbScope(document: Document, candidate: Scope, wordingLength: number): Scope {
  const text = document.normalised;
  const startBlock = blockAt(document, candidate.start);
  const endBlock = blockAt(document, Math.max(candidate.start, candidate.end - 1));
  const paragraphStart = Math.max(
    startBlock ? document.toNormalised(startBlock.start) : candidate.start,
    candidate.start - MAX_REACH,
  );
  const reachBlock = endBlock ? runOnEnd(document, endBlock) : undefined;
  const paragraphEnd = Math.min(
    reachBlock ? document.toNormalised(reachBlock.end) : candidate.end,
    candidate.end + MAX_REACH,
  );
  const nextSentencesEnd = sentencesEnd(text, candidate.end, paragraphEnd);
  const wordingReach = Math.min(paragraphEnd, candidate.start + WORDING_LENGTHS * wordingLength);
  return {
    start: Math.min(candidate.start, sentenceStart(text, paragraphStart, candidate.start)),
    end: Math.max(candidate.end, nextSentencesEnd, wordingReach),
  };
}

/** The last block of the unit that starts with `block`: through headings and unfinished sentences. */
function runOnEnd(document: Document, block: Block): Block {
  let current = block;
  for (let k = 0; k < MAX_RUN_ON_BLOCKS; k++) {
    const next = document.blocks[current.index + 1];
    const finished =
      current.kind === "paragraph" &&
      CLOSES_SENTENCE.test(document.original.slice(current.start, current.end));
    if (!next || finished) break;
    current = next;
  }
  return current;
}

/** The block holding a normalised offset (blocks are in original offsets, in order). */
function blockAt(document: Document, offset: number): Block | undefined {
  const original = document.toOriginal(offset);
  const blocks = document.blocks;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle] as Block;
    if (original < block.start) high = middle - 1;
    else if (original >= block.end) low = middle + 1;
    else return block;
  }
  return undefined;
}

function sentenceStart(text: string, from: number, at: number): number {
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(text); match && match.index < at; match = SENTENCE_END.exec(text)) {
    start = match.index + match[0].length;
  }
  return start;
}

function sentencesEnd(text: string, from: number, limit: number): number {
  let end = from;
  let count = 0;
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(text); match && match.index < limit; match = SENTENCE_END.exec(text)) {
    end = match.index + match[0].length;
    if (++count === SENTENCES_AFTER) break;
  }
  return count < SENTENCES_AFTER ? Math.max(end, limit) : end;
}
