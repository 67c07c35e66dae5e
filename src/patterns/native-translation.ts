/**
 * RE2 pattern → JavaScript RegExp source with the SAME matches, or undefined when this cannot be
 * guaranteed. Used only for patterns a ReDoS analysis then proves linear (native-patterns.ts):
 * V8's RegExp lists matches tens of times faster than re2js and keeps no programs or DFA caches.
 *
 * RE2 and JavaScript differ in ways that change matches, so each is written out or refused:
 * - `\s` is [\t\n\f\r ] in RE2 but also NBSP, U+3000 … in JS: written out as that class;
 * - `.` excludes only \n in RE2 but also \r, U+2028, U+2029 in JS: written as [^\n];
 * - `\p{Han}` means the script in RE2 and needs `Script=` in JS; unknown names are refused;
 * - RE2 escapes any punctuation (`\,`) and reads a stray `{`, `}` or `]` as a literal, which the
 *   `u` flag rejects: literals are re-escaped the JS way;
 * - JS resets a group's capture on each iteration of a loop around it, RE2 keeps the last one:
 *   a capturing group inside a repeat other than `?` is refused;
 * - inline flags: only a leading `(?i)`, `(?-i)`, `(?s)` … for the whole pattern (JS flags);
 *   a scoped `(?-i:…)` or a flag group later on is refused (Node 20 has no RegExp modifiers);
 * - `\Q…\E`, octal and back-reference-looking escapes, POSIX classes, `\C`, `\pN`-style
 *   negations inside classes that JS cannot express without the `v` flag: refused.
 * Case-insensitive `\w` and `\b` in JS also fold U+017F and U+212A; document text is NFKC,
 * which maps both to ASCII, so the difference never shows (see pattern-text.ts on folding).
 */

export interface NativeSource {
  /** JavaScript RegExp source. */
  source: string;
  /** RegExp flags without g/y: "iu", "u", "isu" or "su". */
  flags: string;
}

/** RE2 `\s`, the ASCII whitespace class, spelt for a JS class body. */
const RE2_SPACE = "\\t\\n\\f\\r ";
/** Characters that stay escaped in a JS `u` pattern outside classes. */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);
/** Characters that must be escaped inside a JS `u` class. */
const CLASS_SYNTAX = new Set([..."\\]-^["]);
const CONTROL_ESCAPES: Record<string, string> = {
  n: "\\n",
  t: "\\t",
  r: "\\r",
  f: "\\f",
  v: "\\v",
  a: "\\x07",
};
const GENERAL_CATEGORIES = new Set(
  "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn".split(
    " ",
  ),
);
/** Scripts RE2 names by their bare name; only those patterns plausibly use are accepted. */
const SCRIPTS = new Set(
  "Han Latin Greek Cyrillic Hiragana Katakana Hangul Bopomofo Arabic Hebrew Thai Common".split(" "),
);

class Refused extends Error {}

export function toNativeSource(re2: string): NativeSource | undefined {
  try {
    return new Translator(re2).translate();
  } catch (error) {
    if (error instanceof Refused) return undefined;
    throw error;
  }
}

interface GroupFrame {
  hasCapture: boolean;
}

class Translator {
  private index = 0;
  private out = "";
  private caseInsensitive = true;
  private dotAll = false;
  /** Open groups; the last one is innermost. */
  private readonly groups: GroupFrame[] = [{ hasCapture: false }];
  /** Whether the atom just written contains a capturing group (for the repeat check). */
  private lastAtomCaptures = false;

  constructor(private readonly re2: string) {}

  translate(): NativeSource {
    this.leadingFlags();
    while (this.index < this.re2.length) this.step();
    if (this.groups.length !== 1) throw new Refused();
    // Check the result compiles as JS; a failure means an RE2 construct this file does not model.
    const flags = `${this.caseInsensitive ? "i" : ""}${this.dotAll ? "s" : ""}u`;
    try {
      new RegExp(this.out, flags);
    } catch {
      throw new Refused();
    }
    return { source: this.out, flags };
  }

  private peek(offset = 0): string {
    return this.re2.charAt(this.index + offset);
  }

  private leadingFlags(): void {
    const header = /^\(\?([a-zA-Z-]+)\)/.exec(this.re2);
    if (!header) return;
    let on = true;
    for (const flag of header[1] as string) {
      if (flag === "-") on = false;
      else if (flag === "i") this.caseInsensitive = on;
      else if (flag === "s") this.dotAll = on;
      else throw new Refused(); // m, U: no exact JS counterpart worth modelling
    }
    this.index = header[0].length;
  }

  private step(): void {
    const c = this.peek();
    if (c === "(") this.openGroup();
    else if (c === ")") this.closeGroup();
    else if (c === "|" || c === "^" || c === "$") this.emitPlain(c, false);
    else if ("*+?".includes(c) || (c === "{" && this.countedRepeat())) this.repeat();
    else if (c === "[") this.atom(this.charClass(), false);
    else if (c === "\\") this.atom(this.escape(), false);
    else if (c === ".") {
      this.index++;
      this.atom(this.dotAll ? "[^]" : "[^\\n]", false);
    } else {
      const ch = String.fromCodePoint(this.re2.codePointAt(this.index) ?? 0);
      this.index += ch.length;
      this.atom(SYNTAX.has(ch) ? `\\${ch}` : ch, false);
    }
  }

  private emitPlain(text: string, captures: boolean): void {
    this.index += text.length;
    this.out += text;
    this.lastAtomCaptures = captures;
  }

  private atom(text: string, captures: boolean): void {
    this.out += text;
    this.lastAtomCaptures = captures;
  }

  private openGroup(): void {
    const rest = this.re2.slice(this.index);
    const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
    let opener: string;
    let captures: boolean;
    if (rest.startsWith("(?:")) [opener, captures] = ["(?:", false];
    else if (named) [opener, captures] = [`(?<${named[1]}>`, true];
    else if (rest.startsWith("(?"))
      throw new Refused(); // scoped or later flags, look-around
    else [opener, captures] = ["(", true];
    this.index += named ? named[0].length : opener.length;
    this.out += opener;
    this.groups.push({ hasCapture: captures });
  }

  private closeGroup(): void {
    const frame = this.groups.pop();
    if (!frame || this.groups.length === 0) throw new Refused();
    const parent = this.groups[this.groups.length - 1] as GroupFrame;
    parent.hasCapture ||= frame.hasCapture;
    this.emitPlain(")", frame.hasCapture);
  }

  private countedRepeat(): RegExpExecArray | null {
    return /^\{(\d+)(,(\d*))?\}/.exec(this.re2.slice(this.index));
  }

  private repeat(): void {
    const counted = this.countedRepeat();
    const text = counted ? counted[0] : this.peek();
    // JS clears a group's captures at each iteration, RE2 keeps the last: only `?` is safe.
    if (this.lastAtomCaptures && repeatMax(text, counted) > 1) throw new Refused();
    this.index += text.length;
    this.out += text;
    if (this.peek() === "?") {
      this.index++;
      this.out += "?";
    }
    this.lastAtomCaptures = false;
  }

  /** An escape outside a class, as JS; `this.index` is at the backslash. */
  private escape(): string {
    const c = this.peek(1);
    this.index += 2;
    if ("dDwWbB".includes(c)) return `\\${c}`;
    if (c === "s") return `[${RE2_SPACE}]`;
    if (c === "S") return `[^${RE2_SPACE}]`;
    if (c === "A") return "^";
    if (c === "z") return "$";
    if (c === "p" || c === "P") return this.property(c === "P");
    return this.escapedLiteral(c, SYNTAX);
  }

  /** `\p{Han}`, `\pL`, `\P{Greek}`, `\p{^Han}` as JS; `this.index` is just past the p or P. */
  private property(negated: boolean): string {
    let name: string;
    if (this.peek() === "{") {
      const close = this.re2.indexOf("}", this.index);
      if (close < 0) throw new Refused();
      name = this.re2.slice(this.index + 1, close);
      this.index = close + 1;
    } else {
      name = this.peek();
      this.index++;
    }
    if (name.startsWith("^")) [name, negated] = [name.slice(1), !negated];
    const letter = negated ? "P" : "p";
    if (GENERAL_CATEGORIES.has(name)) return `\\${letter}{${name}}`;
    if (SCRIPTS.has(name)) return `\\${letter}{Script=${name}}`;
    throw new Refused();
  }

  /** An escaped character other than a class shorthand, re-escaped for JS where it must be. */
  private escapedLiteral(c: string, syntax: ReadonlySet<string>): string {
    const control = CONTROL_ESCAPES[c];
    if (control) return control;
    if (c === "x") return this.hexEscape();
    if (/[A-Za-z0-9]/.test(c)) throw new Refused(); // \Q, \C, octal, \1 …: not modelled
    return literal(c, syntax);
  }

  private hexEscape(): string {
    const hex = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/.exec(this.re2.slice(this.index));
    if (!hex) throw new Refused();
    this.index += hex[0].length;
    const code = Number.parseInt(hex[1] ?? hex[2] ?? "", 16);
    if (code > 0x10ffff) throw new Refused();
    return `\\u{${code.toString(16)}}`;
  }

  /** A `[...]` class as JS; `this.index` is at the `[`. */
  private charClass(): string {
    this.index++;
    let body = "";
    if (this.peek() === "^") {
      body = "^";
      this.index++;
    }
    let first = true;
    while (this.peek() !== "]" || first) {
      if (this.index >= this.re2.length) throw new Refused();
      first = false;
      body += this.classItem();
      if (this.peek() === "-" && this.peek(1) !== "]") {
        this.index++;
        body += `-${this.classItem(true)}`;
      }
    }
    this.index++;
    return `[${body}]`;
  }

  /** One class member; a range end must be a single character. */
  private classItem(rangeEnd = false): string {
    if (this.re2.startsWith("[:", this.index)) throw new Refused(); // POSIX class
    if (this.peek() !== "\\") {
      const ch = String.fromCodePoint(this.re2.codePointAt(this.index) ?? 0);
      this.index += ch.length;
      return literal(ch, CLASS_SYNTAX);
    }
    const c = this.peek(1);
    this.index += 2;
    if ("dDwW".includes(c) && !rangeEnd) return `\\${c}`;
    if (c === "s" && !rangeEnd) return RE2_SPACE;
    if ((c === "p" || c === "P") && !rangeEnd) return this.property(c === "P");
    if ("dDwWsSpPbB".includes(c)) throw new Refused(); // \S in a class needs the v flag
    return this.escapedLiteral(c, CLASS_SYNTAX);
  }
}

function repeatMax(text: string, counted: RegExpExecArray | null): number {
  if (!counted) return text === "?" ? 1 : Number.POSITIVE_INFINITY;
  if (counted[2] === undefined) return Number(counted[1]);
  return counted[3] ? Number(counted[3]) : Number.POSITIVE_INFINITY;
}

function literal(ch: string, syntax: ReadonlySet<string>): string {
  return syntax.has(ch) ? `\\${ch}` : ch;
}
