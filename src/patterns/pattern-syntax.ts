/**
 * A conservative recogniser for a plain subset of RE2 syntax, so compilePattern can defer the
 * re2js compile (about 0.5 ms a pattern) without deferring syntax errors: when this says "surely
 * valid", re2js accepts the pattern; anything unusual (octal and \Q escapes, rare flags, POSIX
 * classes, big repeat counts, a `{` that is not a repeat) answers false, and the caller compiles
 * at once to get re2js's own error. False negatives cost time only; false positives would turn
 * a load-time syntax error into a run-time one, which tests/patterns/pattern-syntax.test.ts guards.
 */

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const CLASS_ESCAPES = /^\\(?:[dDsSwWntrfv]|[pP](?:\{(?:Han|L|Lu|Ll|N|Nd|P|Latin)\}|[LN])|x[0-9A-Fa-f]{2})/;
const SINGLE_ESCAPES = /^\\(?:[ntrfv]|x[0-9A-Fa-f]{2})/;
const GROUP_HEADS = /^\((?:\?:|\?P<([A-Za-z_][A-Za-z0-9_]*)>|\?-?i:|\?s:)?/;
const FLAG_GROUPS = /^\(\?(?:-?i|s|m)\)/;
const REPEAT = /^\{(\d{1,4})(?:(,)(\d{0,4}))?\}/;
const MAX_REPEAT = 1000;
const MAX_DEPTH = 100;

export function isSurelyValidRe2(source: string): boolean {
  if (source.length > 4000 || /[\ud800-\udfff]/.test(source.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) {
    return false; // long or with lone surrogates: let re2js decide
  }
  const recogniser = new Recogniser(source);
  try {
    return recogniser.whole();
  } catch {
    return false;
  }
}

class Recogniser {
  private index = 0;
  private readonly names = new Set<string>();

  constructor(private readonly source: string) {}

  whole(): boolean {
    return this.alternation(0) !== undefined && this.index === this.source.length;
  }

  private rest(): string {
    return this.source.slice(this.index);
  }

  private alternation(depth: number): number | undefined {
    if (depth > MAX_DEPTH) return undefined;
    let largest = this.concatenation(depth);
    while (largest !== undefined && this.source[this.index] === "|") {
      this.index++;
      const next = this.concatenation(depth);
      largest = next === undefined ? undefined : Math.max(largest, next);
    }
    return largest;
  }

  /** Each atom reports the largest product of repeat counts inside it, which RE2 caps at 1000. */
  private concatenation(depth: number): number | undefined {
    let largest = 1;
    while (this.index < this.source.length && !"|)".includes(this.source[this.index] ?? "")) {
      const flags = FLAG_GROUPS.exec(this.rest());
      if (flags) {
        this.index += flags[0].length;
        if (this.startsQuantifier()) return undefined;
        continue;
      }
      const atom = this.atom(depth);
      if (atom === undefined) return undefined;
      const count = this.quantifier();
      if (count === undefined || (count > 0 && !atom.quantifiable)) return undefined;
      const product = atom.inner * Math.max(count, 1);
      if (product > MAX_REPEAT) return undefined;
      largest = Math.max(largest, product);
    }
    return largest;
  }

  private startsQuantifier(): boolean {
    return /^[*+?{]/.test(this.rest());
  }

  /** 0 when no quantifier follows, 1 for * + ?, the count that bounds {n,m}; undefined if invalid. */
  private quantifier(): number | undefined {
    const c = this.source[this.index];
    let count = 0;
    if (c === "*" || c === "+" || c === "?") {
      this.index++;
      count = 1;
    } else if (c === "{") {
      const repeat = REPEAT.exec(this.rest());
      if (!repeat) return undefined; // a literal `{`: valid RE2, but rare enough to let re2js judge
      const min = Number(repeat[1]);
      const max = repeat[2] === undefined ? min : repeat[3] === "" ? min : Number(repeat[3]);
      if (min > MAX_REPEAT || max > MAX_REPEAT || max < min) return undefined;
      this.index += repeat[0].length;
      count = Math.max(max, min, 1);
    } else {
      return 0;
    }
    if (this.source[this.index] === "?") this.index++;
    return this.startsQuantifier() ? undefined : count;
  }

  /** Skips one atom; undefined if invalid. A quantifier may not follow an assertion. */
  private atom(depth: number): { quantifiable: boolean; inner: number } | undefined {
    const c = this.source[this.index] ?? "";
    if (c === "(") {
      const inner = this.group(depth);
      return inner === undefined ? undefined : { quantifiable: true, inner };
    }
    let quantifiable: boolean | undefined;
    if (c === "[") quantifiable = this.charClass() ? true : undefined;
    else if (c === "\\") quantifiable = this.escape();
    else if ("*+?{".includes(c)) quantifiable = undefined;
    else {
      this.index += String.fromCodePoint(this.source.codePointAt(this.index) ?? 0).length;
      quantifiable = c !== "^" && c !== "$";
    }
    return quantifiable === undefined ? undefined : { quantifiable, inner: 1 };
  }

  private group(depth: number): number | undefined {
    const head = GROUP_HEADS.exec(this.rest());
    if (!head || (head[0] === "(" && this.source[this.index + 1] === "?")) return undefined;
    const name = head[1];
    if (name !== undefined) {
      if (this.names.has(name)) return undefined;
      this.names.add(name);
    }
    this.index += head[0].length;
    const inner = this.alternation(depth + 1);
    if (inner === undefined || this.source[this.index] !== ")") return undefined;
    this.index++;
    return inner;
  }

  private escape(): boolean | undefined {
    const rest = this.rest();
    if (/^\\[bBAz]/.test(rest)) {
      this.index += 2;
      return false;
    }
    const known = CLASS_ESCAPES.exec(rest);
    if (known) {
      this.index += known[0].length;
      return true;
    }
    if (PUNCTUATION.test(rest[1] ?? "")) {
      this.index += 2;
      return true;
    }
    return undefined;
  }

  private charClass(): boolean {
    this.index++; // [
    if (this.source[this.index] === "^") this.index++;
    let items = 0;
    let previous: number | undefined;
    while (this.source[this.index] !== "]") {
      if (this.index >= this.source.length || this.source[this.index] === "[") return false;
      if (this.source[this.index] === "-" && items > 0 && this.source[this.index + 1] !== "]") {
        this.index++;
        const high = this.classChar();
        if (previous === undefined || high === undefined || high === null || high < previous) return false;
        previous = undefined;
        continue;
      }
      const single = this.classChar();
      if (single === null) return false;
      previous = single;
      items++;
    }
    this.index++; // ]
    return items > 0;
  }

  /** A code point for a single character, undefined for a set such as \d, null if invalid. */
  private classChar(): number | undefined | null {
    const rest = this.rest();
    if (rest[0] !== "\\") {
      const point = rest.codePointAt(0) ?? 0;
      this.index += String.fromCodePoint(point).length;
      return point;
    }
    const single = SINGLE_ESCAPES.exec(rest);
    if (single) {
      this.index += single[0].length;
      return single[0][1] === "x" ? Number.parseInt(single[0].slice(2), 16) : escapedControl(single[0]);
    }
    const set = CLASS_ESCAPES.exec(rest);
    if (set) {
      this.index += set[0].length;
      return undefined;
    }
    if (PUNCTUATION.test(rest[1] ?? "")) {
      this.index += 2;
      return rest.codePointAt(1) ?? null;
    }
    return null;
  }
}

function escapedControl(sequence: string): number {
  return ({ "\\n": 10, "\\t": 9, "\\r": 13, "\\f": 12, "\\v": 11 } as Record<string, number>)[sequence] ?? 0;
}
