/**
 * Repairing a pattern's whole-text scan after an edit, instead of scanning the new text whole.
 *
 * The language server re-checks a draft at every pause in typing, and most rules scan the whole
 * text with patterns whose matches (or absence) did not change: a trigger, an anchor, a banned
 * phrase. An edit replaces one stretch of the text (from `prefix` to `oldEnd` before, `newEnd`
 * after); the scans are repaired around that stretch instead of redone. The repair is exact,
 * never a guess: a match attempt at offset s reads the text from s - 1 (for `\b`) to s + L, L
 * being the longest match the pattern's structure allows (pattern-shapes.ts). So
 * - attempts that read only the unchanged start of the text give the old answers;
 * - attempts from just after the edit onwards give the old answers shifted by the edit's growth,
 *   once the scan is in the same state as the old one (not inside a match, or inside the same one);
 * - the attempts in between are run again, on a range that starts after a character no pattern
 *   reads as a word character (so `\b` there behaves as at the start of a text). A match the
 *   range scan reports at its very start is not trusted when the pattern can assert the start of
 *   the text (`^`, `\A`); attempts that could read the range's end are not trusted at all.
 * Patterns with no bound on their matches' length, a document met for the first time, or an
 * entry older than the previous version are scanned whole, as without reuse.
 */

import type { Pattern, PatternMatch } from "../../patterns/pattern.js";
import { boundAt } from "../../patterns/pattern-literals.js";
import { shapeOf } from "../../patterns/pattern-shapes.js";
import { longestSpaceRun } from "../../patterns/pattern-text.js";
import { parseRegex, type RegexNode, someNode } from "../../patterns/regex-ast.js";
import { firstAtOrAfter } from "../../patterns/sorted-search.js";
import type { TextEdit } from "../../patterns/text-edit.js";

/** A pattern's structure, as far as repairing its scans needs it (by source). */
export interface Repairable {
  /** The longest match, as a length bound (Infinity: not repairable). */
  maxLength: (text: string) => number;
  /** The pattern can assert the start of the text, so a match at a range's start may be false. */
  assertsStart: boolean;
}

const repairables = new Map<string, Repairable | null>();

export function repairableOf(source: string): Repairable | null {
  let known = repairables.get(source);
  if (known === undefined) {
    known = analyse(source);
    repairables.set(source, known);
  }
  return known;
}

function analyse(source: string): Repairable | null {
  const bound = shapeOf(source).maxLength;
  if (!Number.isFinite(bound.fixed)) return null;
  let tree: RegexNode;
  try {
    tree = parseRegex(source);
  } catch {
    return null;
  }
  return {
    maxLength: (text) => (bound.perSpaceRun === 0 ? bound.fixed : boundAt(bound, longestSpaceRun(text))),
    assertsStart: hasStartAssertion(tree),
  };
}

function hasStartAssertion(tree: RegexNode): boolean {
  return someNode(tree, (node) => node.type === "assert" && (node.kind === "^" || node.kind === "\\A"));
}

/** First text range to rescan grows by this much beyond what the pattern can read. */
const RESCAN_SLACK = 256;

/** Every match in the new text, from the old text's matches and a scan around the edit. */
export function repairAll(
  pattern: Pattern,
  text: string,
  old: readonly PatternMatch[],
  edit: TextEdit,
  repairable: Repairable,
): PatternMatch[] {
  const reach = repairable.maxLength(text);
  const delta = edit.newEnd - edit.oldEnd;
  const from = rescanStart(text, old, edit.prefix - reach - 1);
  const kept = old.filter((match) => match.end < from);
  for (let to = edit.newEnd + reach + 1 + RESCAN_SLACK; ; to = edit.newEnd + 2 * (to - edit.newEnd)) {
    const end = Math.min(to, text.length);
    const found = pattern.matches(text, from, end);
    if (repairable.assertsStart && from > 0 && found[0]?.start === from) return pattern.matches(text);
    if (end === text.length) return [...kept, ...found];
    // Attempts starting before `trusted` never read the range's last unit (which may be half a
    // surrogate pair cut off) or its end; from there on, attempts read only text after the edit,
    // as the same attempts did in the old text.
    const trusted = end - reach - 1;
    const fresh = found.filter((match) => match.start < trusted);
    const oldTrusted = trusted - delta;
    const lastFresh = fresh[fresh.length - 1];
    const lastOld = lastBefore(old, oldTrusted);
    const freshEnd = lastFresh?.end ?? -1;
    const oldEnd = lastOld?.end ?? -1;
    const bothSearching = freshEnd < trusted && oldEnd < oldTrusted;
    const sameMatch = freshEnd > trusted && oldEnd > oldTrusted && freshEnd - delta === oldEnd;
    if (bothSearching || sameMatch) {
      const after = old.filter((match) => match.start >= oldTrusted).map((match) => shifted(match, delta));
      return [...kept, ...fresh, ...after];
    }
  }
}

/** The first match in the new text, from the old text's first match and a scan around the edit. */
export function repairFirst(
  pattern: Pattern,
  text: string,
  old: PatternMatch | null,
  edit: TextEdit,
  repairable: Repairable,
): PatternMatch | undefined {
  const reach = repairable.maxLength(text);
  // Every attempt up to the old first match read only text before the edit.
  if (old && old.start + reach < edit.prefix) return old;
  const from = cutAtOrBefore(text, edit.prefix - reach - 1);
  const end = Math.min(text.length, edit.newEnd + reach + 1 + RESCAN_SLACK);
  const found = pattern.first(text, from, end);
  if (repairable.assertsStart && from > 0 && found?.start === from) return pattern.first(text);
  if (end === text.length) return found;
  const trusted = end - reach - 1;
  if (found && found.start < trusted) return found;
  // No match starts in [from, trusted); later attempts are the old text's, shifted.
  const delta = edit.newEnd - edit.oldEnd;
  if (old === null) return undefined;
  if (old.start >= trusted - delta) return shifted(old, delta);
  return pattern.first(text);
}

/**
 * Where a rescan may start: at or before `limit`, just after a character that is not a word
 * character for any regex engine (so `\b` and `\B` behave there as at the start of a text), and
 * not inside an old match (so the scan there is searching, as a whole-text scan would be).
 */
function rescanStart(text: string, old: readonly PatternMatch[], limit: number): number {
  let from = cutAtOrBefore(text, limit);
  for (;;) {
    const last = lastBefore(old, from);
    if (!last || last.end < from) return from;
    from = cutAtOrBefore(text, last.start);
  }
}

function cutAtOrBefore(text: string, limit: number): number {
  for (let at = Math.min(limit, text.length); at > 0; at--) {
    const before = text.charCodeAt(at - 1);
    if (!isWordUnit(before) && !(before >= 0xd800 && before <= 0xdbff)) return at;
  }
  return 0;
}

/** ASCII word characters, and the two that fold onto them (ſ, K) under case-insensitive Unicode matching. */
function isWordUnit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code === 0x17f ||
    code === 0x212a
  );
}

/** The last match starting before `offset` (matches are sorted and do not overlap). */
function lastBefore(matches: readonly PatternMatch[], offset: number): PatternMatch | undefined {
  return matches[firstAtOrAfter(matches, offset, (match) => match.start) - 1];
}

function shifted(match: PatternMatch, delta: number): PatternMatch {
  return delta === 0 ? match : { ...match, start: match.start + delta, end: match.end + delta };
}
