/**
 * Patterns from YAML run on re2js (RE2 semantics: no back-references, no lookaround), so no
 * rule and no input can make a check super-linear. Patterns match the NORMALISED text and are
 * case-insensitive unless they say (?-i).
 *
 * re2js is pure JavaScript: compiling costs about 0.5 ms a pattern and listing matches about 35×
 * a native RegExp, so running every pattern over every document dominated a check. We measured
 * and kept three layers, all exact (the same matches as one re2js scan of text[from, to)):
 * 1. Lazy compile: the re2js program is built on first use. Syntax is still checked at once —
 *    by a cheap recogniser of plain RE2 (pattern-syntax.ts), or by compiling when it is unsure —
 *    except for the precompiled bundled packs, which the build has validated.
 * 2. Literal prefilter: every match contains one of a few literals derived from the pattern's
 *    structure (pattern-literals.ts); native indexOf on the case-folded text (pattern-text.ts)
 *    rules most patterns out of most documents without running re2js, or compiling it.
 * 3. Windows: when matches have a bounded length, re2js runs only on windows around the literal
 *    occurrences (pattern-windows.ts), with enough real context at each edge that `^`, `$` and
 *    `\b` behave as in a whole-text scan. Windows never overlap, so a scan stays linear.
 * Measured on the 168 hkex patterns: a 20 KB document went from ~200 ms to ~9 ms of matching,
 * 1 MB from ~10 s to ~0.3 s; an English announcement compiles ~22 of the 168 programs.
 * 4. Native: a pattern the build proved linear (native-patterns.ts) runs as a V8 RegExp on the
 *    same windows instead of re2js — no program to compile, no DFA cache to hold.
 */
import { RE2JS } from "re2js";
import { globalRegExp, type NativeSource, provenNative } from "./native-patterns.js";
import { boundAt, type PatternShape } from "./pattern-literals.js";
import { shapeOf } from "./pattern-shapes.js";
import { isSurelyValidRe2 } from "./pattern-syntax.js";
import { factsOf, registerLiterals } from "./pattern-text.js";
import { anyLiteralIn, literalOccurrences, type MatchWindow, windowsAround } from "./pattern-windows.js";

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  groups: Record<string, string | undefined>;
}

export interface Pattern {
  source: string;
  /** True when the pattern occurs anywhere in text[from, to). */
  test(text: string, from?: number, to?: number): boolean;
  /** Every non-overlapping match in text[from, to), in order. */
  matches(text: string, from?: number, to?: number): PatternMatch[];
  /** The first match at or after `from`, or undefined. */
  first(text: string, from?: number, to?: number): PatternMatch | undefined;
}

export class PatternSyntaxError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`invalid pattern ${JSON.stringify(source)}: ${reason}`);
  }
}

/**
 * `trusted`: the pattern comes from a pack the build has already validated (precompiled packs),
 * so its syntax is not checked again here: the program is compiled only if a document needs it.
 */
export function compilePattern(source: string, trusted = false, engine: "auto" | "re2js" = "auto"): Pattern {
  const program = programFor(source, trusted, engine);
  const shape = shapeOf(source);
  if (shape.required) registerLiterals(shape.required.literals, shape.caseSensitive);
  const scan = (
    text: string,
    from: number,
    to: number,
    limit: number,
    withGroups: boolean,
  ): PatternMatch[] => {
    const found: PatternMatch[] = [];
    for (const window of windowsFor(shape, text, from, to)) {
      if (found.length >= limit) break;
      program.scanWindow(text, window, limit - found.length, withGroups, found);
    }
    return found;
  };
  return {
    source,
    test: (text, from = 0, to = text.length) => scan(text, from, to, 1, false).length > 0,
    matches: (text, from = 0, to = text.length) => scan(text, from, to, Number.POSITIVE_INFINITY, true),
    first: (text, from = 0, to = text.length) => scan(text, from, to, 1, true)[0],
  };
}

/** `engine: "re2js"` forces re2js even for a proven pattern (the tests compare the two). */
function programFor(source: string, trusted: boolean, engine: "auto" | "re2js"): Program {
  const native = engine === "auto" ? provenNative(source) : undefined;
  if (native) return new NativeProgram(native);
  const program = new LazyProgram(source);
  if (!trusted && !isSurelyValidRe2(source)) program.get();
  return program;
}

interface Program {
  /** Appends the matches starting in window.firstStart..lastStart, at most `limit` of them. */
  scanWindow(
    text: string,
    window: MatchWindow,
    limit: number,
    withGroups: boolean,
    found: PatternMatch[],
  ): void;
}

/**
 * A pattern proven linear, as a global V8 RegExp. It cannot match the empty string (a condition
 * of the proof), so every match moves lastIndex on. Slicing as LazyProgram does keeps `^`, `$`
 * and `\b` reading exactly the same context.
 */
class NativeProgram implements Program {
  private re: RegExp | undefined;

  // Built on first use: a check compiles ~600 patterns and a document needs a fraction of them.
  constructor(private readonly native: NativeSource) {}

  scanWindow(
    text: string,
    window: MatchWindow,
    limit: number,
    withGroups: boolean,
    found: PatternMatch[],
  ): void {
    const offset = window.sliceStart;
    const slice = text.slice(offset, window.sliceEnd);
    this.re ??= globalRegExp(this.native);
    const re = this.re;
    re.lastIndex = window.firstStart - offset;
    for (let count = 0; count < limit; count++) {
      const match = re.exec(slice);
      if (!match) return;
      const start = offset + match.index;
      if (start > window.lastStart) return;
      const groups: Record<string, string | undefined> = withGroups ? { ...match.groups } : {};
      found.push({ start, end: start + match[0].length, text: match[0], groups });
    }
  }
}

/** The re2js program, compiled on first use; a syntax error surfaces as PatternSyntaxError. */
class LazyProgram implements Program {
  private re: RE2JS | undefined;
  private groupNames: string[] = [];

  constructor(private readonly source: string) {}

  get(): RE2JS {
    if (this.re) return this.re;
    try {
      this.re = RE2JS.compile(this.source, RE2JS.CASE_INSENSITIVE);
    } catch (error) {
      throw new PatternSyntaxError(this.source, error instanceof Error ? error.message : String(error));
    }
    this.groupNames = Object.keys(this.re.namedGroups());
    return this.re;
  }

  /** Appends the matches starting in window.firstStart..lastStart, at most `limit` of them. */
  scanWindow(
    text: string,
    window: MatchWindow,
    limit: number,
    withGroups: boolean,
    found: PatternMatch[],
  ): void {
    const offset = window.sliceStart;
    const slice = text.slice(offset, window.sliceEnd);
    const re = this.get();
    // re2js's test() runs its lazy DFA, many times faster than the capturing search below; a
    // match in the slice is a superset of the matches we keep, so "no" is final.
    if (!re.test(slice)) return;
    const matcher = re.matcher(slice);
    let count = 0;
    for (let ok = matcher.find(window.firstStart - offset); ok && count < limit; ok = matcher.find()) {
      const start = offset + matcher.start();
      if (start > window.lastStart) return;
      const groups: Record<string, string | undefined> = {};
      if (withGroups) for (const name of this.groupNames) groups[name] = matcher.group(name) ?? undefined;
      found.push({ start, end: offset + matcher.end(), text: matcher.group() ?? "", groups });
      count++;
    }
  }
}

/** Where re2js must look: no window when a required literal is absent, one whole window when unsure. */
function windowsFor(shape: PatternShape, text: string, from: number, to: number): MatchWindow[] {
  // The whole range, searched as text.slice(from, to), exactly as without a prefilter.
  const whole = [{ firstStart: from, lastStart: Number.POSITIVE_INFINITY, sliceStart: from, sliceEnd: to }];
  const required = shape.required;
  if (!required || from < 0 || from > to) return whole;
  const facts = factsOf(text);
  // Folding that changes the text's length would shift offsets: no prefilter then.
  if (!shape.caseSensitive && facts.folded === undefined) return whole;
  const spaceRun =
    shape.maxLength.perSpaceRun > 0 || required.offsetMax.perSpaceRun > 0 ? facts.longestSpaceRun : 0;
  const maxLength = boundAt(shape.maxLength, spaceRun);
  const found = required.literals.map((literal) => ({
    literal,
    offsets: facts.occurrencesOf(literal, shape.caseSensitive, from, to),
  }));
  if (!Number.isFinite(maxLength)) return anyLiteralIn(found, from, to) ? whole : [];
  const occurrences = literalOccurrences(found, from, to);
  const offsetMax = boundAt(required.offsetMax, spaceRun);
  return windowsAround(occurrences, required, offsetMax, maxLength, from, to);
}
