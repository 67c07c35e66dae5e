/**
 * A defined term's pattern, described once as pieces and run two ways. As a RegExp it scans the
 * whole text; but its word boundaries are Unicode property classes, and compiling such a RegExp
 * costs about 0.2 ms — once per term and per spelling, that was most of the definitions checks'
 * time on a circular with hundreds of terms. So a term written in ASCII is matched by hand, and
 * only at the words that begin with its first letters (word-starts.ts). Both ways find the same
 * matches (tests/facts/term-pattern.test.ts runs them side by side).
 */
import { candidateStarts, isWordChar, isWordCharBefore, leadOf } from "./word-starts.js";

export type Piece =
  /** Characters as written (letter case ignored if the pattern says so). */
  | { kind: "literal"; text: string }
  /** An optional hyphen, or with `spaces` an optional white space or hyphen. */
  | { kind: "gap"; spaces: boolean }
  /** The first of the alternatives that lets the rest match; an alternative may be empty. */
  | { kind: "either"; options: Piece[][] }
  /** Not before a Latin letter or a digit. */
  | { kind: "wordEnd" };

export interface TermPattern {
  pieces: Piece[];
  /** Not after a Latin letter or a digit. */
  wordStart: boolean;
  ignoreCase: boolean;
}

const WORD_START = "(?<![\\p{Script=Latin}\\p{N}])";
const WORD_END = "(?![\\p{Script=Latin}\\p{N}])";
/** What `\s` matches with the `u` flag, and the hyphen. */
const SPACE_OR_HYPHEN = /[\s-]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function sourceOf(pieces: readonly Piece[]): string {
  return pieces.map(pieceSource).join("");
}

function pieceSource(piece: Piece): string {
  switch (piece.kind) {
    case "literal":
      return escapeRegExp(piece.text);
    case "gap":
      return piece.spaces ? "[\\s-]?" : "-?";
    case "either":
      return `(?:${piece.options.map(sourceOf).join("|")})`;
    case "wordEnd":
      return WORD_END;
  }
}

/** The pattern as a global RegExp. */
export function compileTerm(pattern: TermPattern): RegExp {
  const source = `${pattern.wordStart ? WORD_START : ""}${sourceOf(pattern.pieces)}`;
  return new RegExp(source, pattern.ignoreCase ? "giu" : "gu");
}

/**
 * True when the ASCII character of a pattern matches the text's character: itself, and with
 * letter case ignored its other case, "ſ" for "s" and the Kelvin sign for "k" (what the `iu`
 * flags of a RegExp accept; nothing else outside ASCII matches an ASCII character).
 */
function sameChar(expected: number, actual: number, ignoreCase: boolean): boolean {
  if (expected === actual) return true;
  if (!ignoreCase) return false;
  const lower = expected | 0x20;
  if (lower < 0x61 || lower > 0x7a) return false;
  if ((actual | 0x20) === lower && actual < 0x80) return true;
  return (lower === 0x73 && actual === 0x17f) || (lower === 0x6b && actual === 0x212a);
}

type Rest = (at: number) => number;

/** Where the pieces, then the rest, end when matched from `at`, or -1; backtracks as a RegExp does. */
function matchPieces(
  text: string,
  pieces: readonly Piece[],
  index: number,
  at: number,
  ignoreCase: boolean,
  rest: Rest,
): number {
  const piece = pieces[index];
  if (!piece) return rest(at);
  const next = (after: number) => matchPieces(text, pieces, index + 1, after, ignoreCase, rest);
  switch (piece.kind) {
    case "literal": {
      if (at + piece.text.length > text.length) return -1;
      for (let offset = 0; offset < piece.text.length; offset++) {
        if (!sameChar(piece.text.charCodeAt(offset), text.charCodeAt(at + offset), ignoreCase)) return -1;
      }
      return next(at + piece.text.length);
    }
    case "gap": {
      const char = text[at];
      const fits = char !== undefined && (piece.spaces ? SPACE_OR_HYPHEN.test(char) : char === "-");
      const taken = fits ? next(at + 1) : -1;
      return taken >= 0 ? taken : next(at);
    }
    case "either": {
      for (const option of piece.options) {
        const end = matchPieces(text, option, 0, at, ignoreCase, next);
        if (end >= 0) return end;
      }
      return -1;
    }
    case "wordEnd":
      return isWordChar(text, at) ? -1 : next(at);
  }
}

function literalsAscii(pieces: readonly Piece[]): boolean {
  return pieces.every((piece) => {
    if (piece.kind === "literal") return /^[\x20-\x7e]*$/.test(piece.text);
    if (piece.kind === "either") return piece.options.every(literalsAscii);
    return true;
  });
}

/** The letters every match begins with, one lead per way to begin; undefined if unknown. */
function leadsOf(pieces: readonly Piece[]): string[] | undefined {
  const first = pieces[0];
  if (first?.kind === "literal") {
    const lead = leadOf(first.text);
    return lead === undefined ? undefined : [lead];
  }
  if (first?.kind !== "either") return undefined;
  const leads = first.options.map(leadsOf);
  return leads.every((lead) => lead !== undefined) ? [...new Set(leads.flat())] : undefined;
}

/** The matches of the pattern in the text, as `text.matchAll(compileTerm(pattern))` finds them. */
export function* termMatches(text: string, pattern: TermPattern): Generator<{ index: number; text: string }> {
  const leads = pattern.wordStart && literalsAscii(pattern.pieces) ? leadsOf(pattern.pieces) : undefined;
  if (!leads) {
    for (const match of text.matchAll(compileTerm(pattern))) yield { index: match.index, text: match[0] };
    return;
  }
  let end = 0;
  for (const at of candidateStarts(text, leads)) {
    // Matches do not overlap: the scan goes on after the end of the last one.
    if (at < end || isWordCharBefore(text, at)) continue;
    const matchEnd = matchPieces(text, pattern.pieces, 0, at, pattern.ignoreCase, (after) => after);
    if (matchEnd < 0) continue;
    end = matchEnd;
    yield { index: at, text: text.slice(at, matchEnd) };
  }
}
