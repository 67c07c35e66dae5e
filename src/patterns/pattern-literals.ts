/**
 * What a pattern's structure promises about its matches, so pattern.ts can skip re2js on texts
 * (or parts of texts) where no match can be:
 * - `required`: every match contains one of these literals, starting between `offsetMin` and
 *   `offsetMax` UTF-16 units after the match start;
 * - `maxLength`: no match is longer than this many UTF-16 units.
 * Both are over-approximations: assertions are ignored (they only remove matches), and a
 * character that is not a plain literal counts as two units (it may be an astral code point).
 * Literals only use characters whose case folding we can reproduce exactly with the text fold
 * of pattern-text.ts (see `isFoldSafe`), so a literal search there never misses a match.
 */
import { parseRegex, type RegexNode } from "./regex-ast.js";

/** A length that may grow with the text's longest whitespace run: fixed + perSpaceRun × run. */
export interface LengthBound {
  fixed: number;
  perSpaceRun: number;
}

export interface RequiredLiterals {
  /** Folded (lower-cased) when the pattern is case-insensitive. Never empty strings. */
  literals: string[];
  offsetMin: number;
  offsetMax: LengthBound;
}

export interface PatternShape {
  caseSensitive: boolean;
  required?: RequiredLiterals;
  maxLength: LengthBound;
}

interface Info {
  min: number;
  max: LengthBound;
  /** Every string the node matches is one of these (as written, before folding). */
  exact?: string[];
  /** Every match starts with one of these (set when `exact` is not). */
  prefix?: string[];
  required?: RequiredLiterals;
}

const UNBOUNDED: LengthBound = { fixed: Number.POSITIVE_INFINITY, perSpaceRun: 0 };
const NOTHING: LengthBound = { fixed: 0, perSpaceRun: 0 };
/** Exact-string sets grow by cross product; past this size they stop being worth tracking. */
const MAX_EXACT = 16;
/** RE2 `\s` and a literal space: a run of them is bounded by the text's longest whitespace run. */
const SPACE_ATOMS = new Set(["\\s", " ", "[ ]", "[\\s]"]);

/** The shape of a pattern re2js has accepted, or a shape promising nothing if we cannot parse it. */
export function analysePattern(source: string): PatternShape {
  const caseSensitive = isCaseSensitive(source);
  let tree: RegexNode;
  try {
    tree = parseRegex(source);
  } catch {
    return { caseSensitive, maxLength: UNBOUNDED };
  }
  const info = new ShapeAnalyser(caseSensitive).info(tree);
  const required = bestOf([info.required, exactAsRequired(info.exact, 0, NOTHING)]);
  const shape: PatternShape = { caseSensitive, maxLength: info.max };
  if (required) {
    const fold = (literal: string) => (caseSensitive ? literal : literal.toLowerCase());
    shape.required = { ...required, literals: [...new Set(required.literals.map(fold))] };
  }
  return shape;
}

/** Case-sensitive only when the whole pattern opts out with a leading (?-i) and never opts back in. */
function isCaseSensitive(source: string): boolean {
  return source.startsWith("(?-i)") && !/\(\?[a-zA-Z-]*i/.test(source.slice(5));
}

/**
 * A character RE2's case folding relates only to characters our text fold maps to the same
 * thing: ASCII (its only non-ASCII fold partners, U+017F ſ and U+212A K, are handled by the text
 * fold) and characters with no case at all (Han, digits, punctuation).
 */
export function isFoldSafe(char: string): boolean {
  if (char.length !== 1) return false;
  if (char.charCodeAt(0) < 0x80) return true;
  return char.toLowerCase() === char && char.toUpperCase() === char;
}

export function boundAt(bound: LengthBound, longestSpaceRun: number): number {
  return bound.perSpaceRun === 0 ? bound.fixed : bound.fixed + bound.perSpaceRun * longestSpaceRun;
}

class ShapeAnalyser {
  constructor(private readonly caseSensitive: boolean) {}

  info(node: RegexNode): Info {
    switch (node.type) {
      case "empty":
      case "assert":
        return { min: 0, max: NOTHING, exact: [""] };
      case "char":
        return this.char(node.literal ?? classLiteral(node.source));
      case "group":
        return this.info(node.body);
      case "repeat":
        return this.repeat(node);
      case "concat":
        return this.concat(node.items);
      case "alt":
        return this.alt(node.alternatives);
    }
  }

  private char(literal: string | string[] | undefined): Info {
    const options = typeof literal === "string" ? [literal] : literal;
    if (options === undefined || !options.every((c) => this.caseSensitive || isFoldSafe(c))) {
      return { min: 1, max: { fixed: 2, perSpaceRun: 0 } };
    }
    const lengths = options.map((c) => c.length);
    return {
      min: Math.min(...lengths),
      max: { fixed: Math.max(...lengths), perSpaceRun: 0 },
      exact: options,
    };
  }

  private repeat(node: Extract<RegexNode, { type: "repeat" }>): Info {
    const body = this.info(node.body);
    const unbounded = node.max === Number.POSITIVE_INFINITY;
    const max = unbounded
      ? isSpaceAtom(node.body)
        ? { fixed: 0, perSpaceRun: 1 }
        : UNBOUNDED
      : scale(body.max, node.max);
    const info: Info = { min: node.min * body.min, max };
    if (body.exact && !unbounded) {
      let current: string[] | undefined = [""];
      const powers: string[] = node.min === 0 ? [""] : [];
      for (let k = 1; k <= node.max && current && powers.length <= MAX_EXACT; k++) {
        current = product(current, body.exact);
        if (current && k >= node.min) powers.push(...current);
      }
      if (current && powers.length <= MAX_EXACT) info.exact = [...new Set(powers)];
    }
    if (node.min >= 1) {
      const leading = body.exact ? power(body.exact, node.min) : undefined;
      if (!info.exact && leading) info.prefix = leading;
      const required = bestOf([body.required, exactAsRequired(leading ?? body.exact, 0, NOTHING)]);
      if (required) info.required = required;
    }
    return info;
  }

  private concat(items: readonly RegexNode[]): Info {
    const candidates: (RequiredLiterals | undefined)[] = [];
    let min = 0;
    let max = NOTHING;
    // The current run of items with exact strings, and whether it started at the first item.
    let run: { exact: string[]; min: number; max: LengthBound; leading: boolean } | undefined;
    let broken = false;
    let prefix: string[] | undefined;
    items.forEach((item, index) => {
      const info = this.info(item);
      const joined = info.exact && run ? product(run.exact, info.exact) : undefined;
      if (joined && run) {
        run.exact = joined;
      } else {
        // A run followed by an item that starts with known text (`\$ ?X+`) extends into it.
        const extended = run && info.prefix ? product(run.exact, info.prefix) : undefined;
        if (run) candidates.push(exactAsRequired(extended ?? run.exact, run.min, run.max));
        if (run?.leading) prefix = extended ?? run.exact;
        else if (index === 0) prefix = info.prefix;
        broken ||= run !== undefined || !info.exact;
        run = info.exact ? { exact: info.exact, min, max, leading: index === 0 } : undefined;
      }
      if (info.required) candidates.push(shift(info.required, min, max));
      min += info.min;
      max = add(max, info.max);
    });
    if (run) candidates.push(exactAsRequired(run.exact, run.min, run.max));
    const info: Info = { min, max };
    if (!broken && run) info.exact = run.exact;
    else if (prefix?.some((p) => p !== "")) info.prefix = prefix;
    const required = bestOf(candidates);
    if (required) info.required = required;
    return info;
  }

  private alt(alternatives: readonly RegexNode[]): Info {
    const infos = alternatives.map((alternative) => this.info(alternative));
    const info: Info = {
      min: Math.min(...infos.map((i) => i.min)),
      max: infos.map((i) => i.max).reduce(maxOf),
    };
    if (infos.every((i) => i.exact)) {
      const union = [...new Set(infos.flatMap((i) => i.exact ?? []))];
      if (union.length <= MAX_EXACT) info.exact = union;
    } else if (infos.every((i) => i.exact ?? i.prefix)) {
      const union = [...new Set(infos.flatMap((i) => i.exact ?? i.prefix ?? []))];
      if (union.length <= MAX_EXACT) info.prefix = union;
    }
    const branches = infos.map((i) => bestOf([i.required, exactAsRequired(i.exact, 0, NOTHING)]));
    if (branches.every((b) => b !== undefined)) {
      const present = branches as RequiredLiterals[];
      info.required = {
        literals: [...new Set(present.flatMap((b) => b.literals))],
        offsetMin: Math.min(...present.map((b) => b.offsetMin)),
        offsetMax: present.map((b) => b.offsetMax).reduce(maxOf),
      };
    }
    return info;
  }
}

/** The characters of a small class of plain literals (`[\\[【(]`), or undefined. */
function classLiteral(source: string): string[] | undefined {
  const body = /^\[((?:[^\\\]^-]|\\[!-/:-@[-`{-~])+)-?\]$/.exec(source)?.[1];
  if (body === undefined) return undefined;
  const chars = [...new Set(Array.from(body.replace(/\\(.)/g, "$1")))];
  if (source.endsWith("-]")) chars.push("-");
  return chars.length <= 8 ? chars : undefined;
}

function power(strings: readonly string[], times: number): string[] | undefined {
  let out: string[] | undefined = [""];
  for (let k = 0; k < times && out; k++) out = product(out, strings);
  return out;
}

function isSpaceAtom(node: RegexNode): boolean {
  if (node.type === "group") return isSpaceAtom(node.body);
  return node.type === "char" && SPACE_ATOMS.has(node.source);
}

function exactAsRequired(
  exact: readonly string[] | undefined,
  offsetMin: number,
  offsetMax: LengthBound,
): RequiredLiterals | undefined {
  if (!exact || exact.length === 0 || exact.some((literal) => literal === "")) return undefined;
  return { literals: [...exact], offsetMin, offsetMax };
}

/** The candidate whose rarest-looking literal is longest: long literals occur less often. */
function bestOf(candidates: readonly (RequiredLiterals | undefined)[]): RequiredLiterals | undefined {
  let best: RequiredLiterals | undefined;
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (!best || score(candidate) > score(best)) best = candidate;
  }
  return best;
}

function score(required: RequiredLiterals): number {
  const shortest = Math.min(...required.literals.map(selectivity));
  // Whitespace-only and very short literals occur nearly everywhere; few alternatives search faster.
  const blank = required.literals.some((literal) => literal.trim() === "") ? 100 : 0;
  return shortest * 100 - blank - required.literals.length;
}

/**
 * How rarely a literal occurs, roughly, in its length: a Han character narrows a search about as
 * much as three letters, while digits ("20" of a year) and punctuation occur nearly everywhere.
 */
function selectivity(literal: string): number {
  let weight = 0;
  for (const char of literal) {
    if (/\p{Script=Han}/u.test(char)) weight += 3;
    else if (/[a-z]/i.test(char)) weight += 1;
    else weight += 0.5;
  }
  return weight;
}

/** Every left string followed by every right string, or undefined past MAX_EXACT (checked first: cheap). */
function product(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length * right.length > MAX_EXACT) return undefined;
  if (right.length === 1) return left.map((a) => a + right[0]); // the common case: one more character
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(a + b);
  return [...new Set(out)];
}

function shift(required: RequiredLiterals, min: number, max: LengthBound): RequiredLiterals {
  return { ...required, offsetMin: required.offsetMin + min, offsetMax: add(required.offsetMax, max) };
}

function add(a: LengthBound, b: LengthBound): LengthBound {
  return { fixed: a.fixed + b.fixed, perSpaceRun: a.perSpaceRun + b.perSpaceRun };
}

function scale(a: LengthBound, times: number): LengthBound {
  return times === 0 ? NOTHING : { fixed: a.fixed * times, perSpaceRun: a.perSpaceRun * times };
}

function maxOf(a: LengthBound, b: LengthBound): LengthBound {
  return { fixed: Math.max(a.fixed, b.fixed), perSpaceRun: Math.max(a.perSpaceRun, b.perSpaceRun) };
}
