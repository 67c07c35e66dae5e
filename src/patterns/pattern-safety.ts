/**
 * Shapes a pattern must not have, even though re2js runs every pattern in linear time.
 *
 * Rejected as `redos` (each one makes a backtracking engine exponential, so it is a trap for any
 * tool that reuses the pack, and it almost always signals a mistake):
 * - an unbounded quantifier over something that can match the empty string: `(a*)*`, `(a?)+`,
 *   `(|x)+` — the loop can go round without consuming anything;
 * - an unbounded quantifier over a body that contains another unbounded quantifier which can
 *   make up the whole iteration by itself (everything else in the body can be empty):
 *   `(a+)+`, `(\w+\s?)*`, `(?:\s*\w+)+` — a run of letters can be split into iterations in
 *   exponentially many ways. `(?:\w+\s+)+` is accepted: `\s+` separates the iterations;
 * - an unbounded quantifier over alternatives where a longer alternative can be spelt as
 *   repetitions of a shorter one, character class by character class: `(a|aa)+`, `(\w|\d)+`,
 *   `(ab|abab)*`. Overlap between classes is tested on a sample of characters, so a reported
 *   overlap is real; an overlap the sample misses goes unreported.
 *
 * Rejected as `never-matches` (only what can be proven): the whole pattern requires a character
 * class that matches no character (`[^\s\S]`, `[^\d\D]`, `[^\x00-\x{10FFFF}]`), or a `\b`
 * between two literal word characters (`a\bb`), or a `\B` between a literal word character and
 * a literal non-word character.
 */
import { RE2JS } from "re2js";
import { type CharNode, childrenOf, isNullable, parseRegex, type RegexNode } from "./regex-ast.js";

export interface PatternHazard {
  kind: "redos" | "never-matches";
  /** Plain English, to follow "the pattern …". */
  reason: string;
}

/** Hazards of a pattern re2js has accepted (run compilePattern first). */
export function findPatternHazards(source: string): PatternHazard[] {
  let tree: RegexNode;
  try {
    tree = parseRegex(source);
  } catch {
    return []; // a construct this parser does not model; re2js accepted it, so let it through
  }
  const hazards: PatternHazard[] = [];
  visit(tree, (node) => {
    const reason = node.type === "repeat" ? backtrackingReason(node) : undefined;
    if (reason) hazards.push({ kind: "redos", reason });
  });
  const blocker = whyNeverMatches(tree);
  if (blocker) hazards.push({ kind: "never-matches", reason: blocker });
  return hazards;
}

function visit(node: RegexNode, action: (node: RegexNode) => void): void {
  action(node);
  for (const child of childrenOf(node)) visit(child, action);
}

type RepeatNode = Extract<RegexNode, { type: "repeat" }>;

function backtrackingReason(repeat: RepeatNode): string | undefined {
  if (repeat.max !== Number.POSITIVE_INFINITY) return undefined;
  const shown = `\`${repeat.source}\``;
  if (isNullable(repeat.body)) {
    return `repeats ${shown} whose body can match the empty string, which makes backtracking engines loop exponentially`;
  }
  if (canRepeatAlone(repeat.body)) {
    return `nests an unbounded quantifier inside ${shown}, which makes backtracking engines exponential (catastrophic backtracking)`;
  }
  if (hasAmbiguousAlternatives(repeat.body)) {
    return `repeats ${shown} whose alternatives overlap (one can be spelt with the other), which makes backtracking engines exponential`;
  }
  return undefined;
}

/** True when an unbounded quantifier inside can make up a whole match of the node by itself. */
function canRepeatAlone(node: RegexNode): boolean {
  switch (node.type) {
    case "repeat":
      return node.max === Number.POSITIVE_INFINITY || (node.max >= 1 && canRepeatAlone(node.body));
    case "group":
      return canRepeatAlone(node.body);
    case "alt":
      return node.alternatives.some(canRepeatAlone);
    case "concat":
      return node.items.some(
        (item, index) =>
          canRepeatAlone(item) && node.items.every((other, j) => j === index || isNullable(other)),
      );
    default:
      return false;
  }
}

function hasAmbiguousAlternatives(node: RegexNode): boolean {
  if (node.type === "group") return hasAmbiguousAlternatives(node.body);
  if (node.type !== "alt") return false;
  const spelt = node.alternatives.map(charSequence);
  return spelt.some((shorter, i) =>
    spelt.some((longer, j) => i !== j && shorter && longer && spellsWith(longer, shorter, i < j)),
  );
}

/** The alternative as a plain sequence of single characters, or undefined if it is anything else. */
function charSequence(node: RegexNode): CharNode[] | undefined {
  if (node.type === "char") return [node];
  if (node.type === "group") return charSequence(node.body);
  if (node.type !== "concat") return undefined;
  const parts = node.items.map(charSequence);
  return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
}

/** True when `longer` can match what repetitions of `shorter` match (tie-broken by order when equal length). */
function spellsWith(longer: CharNode[], shorter: CharNode[], shorterComesFirst: boolean): boolean {
  if (shorter.length === 0 || longer.length % shorter.length !== 0) return false;
  if (longer.length === shorter.length && !shorterComesFirst) return false;
  return longer.every((atom, index) => overlaps(atom, shorter[index % shorter.length] as CharNode));
}

// Characters used to test whether two classes share a member: ASCII, common white space,
// Latin-1 letters, CJK and full-width punctuation as they appear in announcements.
const SAMPLE = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  "\t",
  "\n",
  "\u00a0",
  "é",
  "ß",
  "中",
  "國",
  "，",
  "。",
  "「",
  "\u3000",
  "–",
  "\u2019",
];
const membersCache = new Map<string, Set<string>>();

function overlaps(a: CharNode, b: CharNode): boolean {
  if (a.empty || b.empty) return false;
  if (a.literal !== undefined && b.literal !== undefined) {
    return a.literal.toLowerCase() === b.literal.toLowerCase();
  }
  const membersOfB = members(b);
  for (const ch of members(a)) if (membersOfB.has(ch)) return true;
  return false;
}

function members(atom: CharNode): Set<string> {
  const cached = membersCache.get(atom.source);
  if (cached) return cached;
  const found = new Set<string>();
  try {
    const re = RE2JS.compile(`^(?:${atom.source})$`, RE2JS.CASE_INSENSITIVE);
    for (const ch of SAMPLE) if (re.matches(ch)) found.add(ch);
  } catch {
    // An atom that does not compile alone is compared by nothing: no overlap is claimed.
  }
  membersCache.set(atom.source, found);
  return found;
}

/** Why no text can match the node, or undefined when some text may. */
function whyNeverMatches(node: RegexNode): string | undefined {
  switch (node.type) {
    case "char":
      return node.empty
        ? `requires the character class \`${node.source}\`, which matches no character`
        : undefined;
    case "group":
      return whyNeverMatches(node.body);
    case "repeat":
      return node.min === 0 ? undefined : whyNeverMatches(node.body);
    case "alt": {
      const reasons = node.alternatives.map(whyNeverMatches);
      return reasons.every((reason) => reason !== undefined) ? reasons[0] : undefined;
    }
    case "concat":
      return (
        node.items.map(whyNeverMatches).find((reason) => reason !== undefined) ??
        impossibleBoundary(node.items)
      );
    default:
      return undefined;
  }
}

function impossibleBoundary(items: readonly RegexNode[]): string | undefined {
  for (let i = 1; i + 1 < items.length; i++) {
    const item = items[i];
    if (item?.type !== "assert" || (item.kind !== "\\b" && item.kind !== "\\B")) continue;
    const before = wordness(items[i - 1]);
    const after = wordness(items[i + 1]);
    if (before === undefined || after === undefined) continue;
    if (item.kind === "\\b" && before === after) {
      return `puts \`\\b\` between two ${before ? "word" : "non-word"} characters, where there is never a word boundary`;
    }
    if (item.kind === "\\B" && before !== after) {
      return "puts `\\B` between a word and a non-word character, where there is always a word boundary";
    }
  }
  return undefined;
}

/** For a literal character: is it a word character (RE2's \w is ASCII letters, digits, _)? */
function wordness(node: RegexNode | undefined): boolean | undefined {
  if (node?.type !== "char" || node.literal === undefined) return undefined;
  return /^[A-Za-z0-9_]$/.test(node.literal);
}
