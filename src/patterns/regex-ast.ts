/**
 * A small parser for the RE2 syntax our patterns use, just deep enough for pattern-safety.ts to
 * reason about structure (which quantifier repeats what, which alternatives can match empty).
 * It runs only on patterns re2js has already accepted, so it does not re-report syntax errors;
 * anything it does not model (flags, \Q…\E) is kept conservatively.
 */

export type RegexNode =
  | { type: "empty" }
  | CharNode
  | { type: "assert"; kind: "^" | "$" | "\\b" | "\\B" | "\\A" | "\\z" }
  | { type: "group"; body: RegexNode; name?: string }
  | { type: "repeat"; body: RegexNode; min: number; max: number; source: string }
  | { type: "concat"; items: RegexNode[] }
  | { type: "alt"; alternatives: RegexNode[] };

/** One character from a set: a literal, `.`, `\d`, `\p{Han}`, `[...]`. */
export interface CharNode {
  type: "char";
  /** The pattern text of this atom, runnable on its own. */
  source: string;
  /** Set when the atom is exactly one literal character. */
  literal?: string;
  /** Set when the atom is a character class that provably matches no character. */
  empty?: boolean;
}

/** A named set inside a class, with its polarity: `\D` is { base: "d", negated: true }. */
interface NamedSet {
  base: string;
  negated: boolean;
}

const MAX_CODE_POINT = 0x10ffff;
const CONTROL_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07" };

export function parseRegex(source: string): RegexNode {
  const parser = new RegexParser(source);
  return parser.parse();
}

class RegexParser {
  private index = 0;

  constructor(private readonly source: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.index < this.source.length) throw new Error(`unexpected \`${this.peek()}\` at ${this.index}`);
    return node;
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.index + offset);
  }

  private alternation(): RegexNode {
    const alternatives = [this.concatenation()];
    while (this.peek() === "|") {
      this.index++;
      alternatives.push(this.concatenation());
    }
    return alternatives.length === 1 ? (alternatives[0] as RegexNode) : { type: "alt", alternatives };
  }

  private concatenation(): RegexNode {
    const items: RegexNode[] = [];
    while (this.index < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const start = this.index;
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom, start));
    }
    if (items.length === 0) return { type: "empty" };
    return items.length === 1 ? (items[0] as RegexNode) : { type: "concat", items };
  }

  private quantified(atom: RegexNode, start: number): RegexNode {
    let node = atom;
    for (;;) {
      const bounds = this.quantifier();
      if (!bounds) return node;
      if (this.peek() === "?") this.index++; // lazy: same language, same structure
      node = { type: "repeat", body: node, ...bounds, source: this.source.slice(start, this.index) };
    }
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.peek();
    if (c === "*" || c === "+" || c === "?") {
      this.index++;
      return { min: c === "+" ? 1 : 0, max: c === "?" ? 1 : Number.POSITIVE_INFINITY };
    }
    // RE2 treats `{` as a literal unless it starts a well-formed repeat count.
    const counted = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.index));
    if (c !== "{" || !counted) return undefined;
    this.index += counted[0].length;
    const min = Number(counted[1]);
    const max = counted[2] === undefined ? min : counted[3] ? Number(counted[3]) : Number.POSITIVE_INFINITY;
    return { min, max };
  }

  /** One atom, or undefined for a flag group such as `(?i)` that matches nothing by itself. */
  private atom(): RegexNode | undefined {
    const c = this.peek();
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    this.index++;
    if (c === ".") return { type: "char", source: "." };
    if (c === "^" || c === "$") return { type: "assert", kind: c };
    return this.literalFrom(c, this.index - 1);
  }

  private literalFrom(first: string, start: number): CharNode {
    let literal = first;
    const code = first.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.index < this.source.length) {
      literal += this.peek();
      this.index++;
    }
    return { type: "char", source: this.source.slice(start, this.index), literal };
  }

  private group(): RegexNode | undefined {
    this.index++; // (
    let name: string | undefined;
    const header = /^\?(P?<([A-Za-z0-9_]+)>|[a-zA-Z-]*:|[a-zA-Z-]*\))/.exec(this.source.slice(this.index));
    if (header) {
      this.index += header[0].length;
      if (header[0].endsWith(")")) return undefined; // (?i): flags for the rest of the group
      name = header[2];
    }
    const body = this.alternation();
    if (this.peek() !== ")") throw new Error(`missing ) at ${this.index}`);
    this.index++;
    return name === undefined ? { type: "group", body } : { type: "group", body, name };
  }

  private escape(): RegexNode {
    const start = this.index;
    this.index++; // backslash
    const c = this.peek();
    this.index++;
    if ("dDwWsS".includes(c)) return { type: "char", source: `\\${c}` };
    if (c === "b" || c === "B" || c === "A" || c === "z") return { type: "assert", kind: `\\${c}` };
    if (c === "p" || c === "P") {
      this.skipPropertyName();
      return { type: "char", source: this.source.slice(start, this.index) };
    }
    if (c === "Q") return this.quoted();
    return {
      type: "char",
      source: this.source.slice(start, this.index),
      literal: this.escapedChar(c, start),
    };
  }

  private skipPropertyName(): void {
    if (this.peek() !== "{") {
      this.index++;
      return;
    }
    const close = this.source.indexOf("}", this.index);
    this.index = close < 0 ? this.source.length : close + 1;
  }

  /** The character an escape stands for; `this.index` is just past the letter after `\`. */
  private escapedChar(c: string, start: number): string {
    if (c === "x") {
      const hex = /^(\{([0-9A-Fa-f]+)\}|[0-9A-Fa-f]{2})/.exec(this.source.slice(this.index));
      if (!hex) return "x";
      this.index += hex[0].length;
      return String.fromCodePoint(Number.parseInt(hex[2] ?? hex[1] ?? "0", 16));
    }
    if (/[0-7]/.test(c)) {
      const digits = /^[0-7]{0,2}/.exec(this.source.slice(this.index))?.[0] ?? "";
      this.index += digits.length;
      return String.fromCodePoint(Number.parseInt(c + digits, 8));
    }
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return control;
    // Any other escaped character stands for itself (`\.`, `\(`, …); keep surrogate pairs whole.
    return this.literalFrom(c, start + 1).literal ?? c;
  }

  private quoted(): RegexNode {
    const end = this.source.indexOf("\\E", this.index);
    const text = this.source.slice(this.index, end < 0 ? this.source.length : end);
    this.index = end < 0 ? this.source.length : end + 2;
    const items: RegexNode[] = Array.from(text, (ch) => ({
      type: "char",
      source: ch.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&"),
      literal: ch,
    }));
    return { type: "group", body: items.length === 1 ? (items[0] as RegexNode) : { type: "concat", items } };
  }

  private charClass(): CharNode {
    const start = this.index;
    this.index++; // [
    const negated = this.peek() === "^";
    if (negated) this.index++;
    const sets: NamedSet[] = [];
    let coversEverything = false;
    let first = true;
    while (this.index < this.source.length && (this.peek() !== "]" || first)) {
      first = false;
      const low = this.classItem(sets);
      if (low === undefined || this.peek() !== "-" || this.peek(1) === "]") continue;
      this.index++; // -
      const high = this.classItem(sets);
      if (high !== undefined && low <= 0 && high >= MAX_CODE_POINT) coversEverything = true;
    }
    this.index++; // ]
    const source = this.source.slice(start, this.index);
    const empty = negated && (coversEverything || hasComplementaryPair(sets));
    return empty ? { type: "char", source, empty } : { type: "char", source };
  }

  /** One item of a class: returns its code point when it is a single character. */
  private classItem(sets: NamedSet[]): number | undefined {
    const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.source.slice(this.index));
    if (posix) {
      this.index += posix[0].length;
      sets.push({ base: `posix:${posix[2]}`, negated: posix[1] === "^" });
      return undefined;
    }
    if (this.peek() !== "\\") {
      const ch = String.fromCodePoint(this.source.codePointAt(this.index) ?? 0);
      this.index += ch.length;
      return ch.codePointAt(0);
    }
    const start = this.index;
    this.index++;
    const c = this.peek();
    this.index++;
    if ("dDwWsS".includes(c)) {
      sets.push({ base: c.toLowerCase(), negated: c !== c.toLowerCase() });
      return undefined;
    }
    if (c === "p" || c === "P") {
      const nameStart = this.index;
      this.skipPropertyName();
      const raw = this.source.slice(nameStart, this.index).replace(/^\{|\}$/g, "");
      const inner = raw.startsWith("^");
      sets.push({ base: `p:${inner ? raw.slice(1) : raw}`, negated: (c === "P") !== inner });
      return undefined;
    }
    return this.escapedChar(c, start).codePointAt(0);
  }
}

function hasComplementaryPair(sets: readonly NamedSet[]): boolean {
  return sets.some((set) => sets.some((other) => other.base === set.base && other.negated !== set.negated));
}

/** The nodes directly inside a node. */
export function childrenOf(node: RegexNode): RegexNode[] {
  switch (node.type) {
    case "group":
    case "repeat":
      return [node.body];
    case "concat":
      return node.items;
    case "alt":
      return node.alternatives;
    default:
      return [];
  }
}

/** True when the node or any node inside it satisfies `test`. */
export function someNode(node: RegexNode, test: (node: RegexNode) => boolean): boolean {
  return test(node) || childrenOf(node).some((child) => someNode(child, test));
}

/** True when the node can match the empty string. */
export function isNullable(node: RegexNode): boolean {
  switch (node.type) {
    case "empty":
    case "assert":
      return true;
    case "char":
      return false;
    case "group":
      return isNullable(node.body);
    case "repeat":
      return node.min === 0 || isNullable(node.body);
    case "concat":
      return node.items.every(isNullable);
    case "alt":
      return node.alternatives.some(isNullable);
  }
}
