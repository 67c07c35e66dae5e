/**
 * Facts about a text that every pattern's prefilter needs, computed once per text rather than
 * once per pattern: its case fold (for literal search with native indexOf), its longest
 * whitespace run (which bounds `\s+`), and where each required literal occurs — found for all
 * literals in one pass (literal-scan.ts) or, for a short run, literal by literal — shared by
 * every pattern that requires it and by every range a check asks about (the limbs of a
 * statement ask about one window after another). Texts cannot be WeakMap keys, so a
 * few recent texts are kept; the checks alternate between the document and a few short strings.
 */
import { LiteralScanner } from "./literal-scan.js";
import { type LiteralScan, repairedScan } from "./literal-scan-repair.js";

export interface TextFacts {
  /** The text lower-cased position by position, or undefined when folding changed its length. */
  readonly folded: string | undefined;
  /** The longest run of RE2 `\s` characters ([\t\n\f\r ]). */
  readonly longestSpaceRun: number;
  /**
   * Start offsets of `literal` (overlapping ones too), ascending, in the folded text or, when
   * `caseSensitive`, in the text itself: at least every one lying wholly inside [from, to),
   * perhaps more. Only asked when `folded` is defined or for case-sensitive literals.
   */
  occurrencesOf(literal: string, caseSensitive: boolean, from: number, to: number): readonly number[];
}

/**
 * The required literals of every pattern compiled so far, one set per case mode, each searched
 * in one pass over a text (literal-scan.ts). A literal registered after a text was scanned is
 * searched on its own with indexOf.
 */
class LiteralSet {
  readonly index = new Map<string, number>();
  private scanner: LiteralScanner | undefined;
  /** Characters of the texts searched with indexOf so far (see `worthScanning`). */
  private searched = 0;

  /**
   * Asked once per text. Building the automaton costs about as much as searching 3,000 literals
   * one by one in ~100 KB of text, so a run checking one short draft (a cold check) never builds
   * it; a batch, the daemon or a long document soon does.
   */
  worthScanning(textLength: number): boolean {
    if (this.scanner || textLength >= BUILD_AFTER_CHARACTERS) return true;
    this.searched += textLength;
    return this.searched >= BUILD_AFTER_CHARACTERS;
  }

  add(literal: string): void {
    if (literal === "" || this.index.has(literal)) return;
    this.index.set(literal, this.index.size);
    this.scanner = undefined;
  }

  get current(): LiteralScanner {
    this.scanner ??= new LiteralScanner([...this.index.keys()]);
    return this.scanner;
  }
}

const literalSets = { folded: new LiteralSet(), exact: new LiteralSet() };
const BUILD_AFTER_CHARACTERS = 100_000;

/** Called as a pattern is compiled, before any text is checked with it. */
export function registerLiterals(literals: readonly string[], caseSensitive: boolean): void {
  const set = caseSensitive ? literalSets.exact : literalSets.folded;
  for (const literal of literals) set.add(literal);
}

const NONE: readonly number[] = Object.freeze([]);
const CACHE_SIZE = 4;
const recent: { text: string; facts: LazyFacts }[] = [];

export function factsOf(text: string): TextFacts {
  const index = recent.findIndex((entry) => entry.text === text);
  if (index >= 0) {
    // Most recently used first: the document stays while a check runs over short strings too.
    const [entry] = recent.splice(index, 1);
    recent.unshift(entry as (typeof recent)[number]);
    return (entry as (typeof recent)[number]).facts;
  }
  const facts = new LazyFacts(text);
  recent.unshift({ text, facts });
  if (recent.length > CACHE_SIZE) recent.pop();
  return facts;
}

/** Each fact is computed on first use: a case-sensitive pattern never needs the fold. */
class LazyFacts implements TextFacts {
  private foldedText: string | undefined | null = null;
  private spaceRun = -1;
  private readonly found = new Map<string, readonly number[]>();
  /** The one-pass scans of the text, per case mode, once made; false when not worth making. */
  private readonly scans: { folded?: LiteralScan | false; exact?: LiteralScan | false } = {};

  constructor(private readonly text: string) {}

  occurrencesOf(literal: string, caseSensitive: boolean, from: number, to: number): readonly number[] {
    const key = `${caseSensitive ? "=" : "~"}${literal}`;
    const known = this.found.get(key);
    if (known) return known;
    const haystack = caseSensitive ? this.text : (this.folded ?? "");
    const scanned = this.scanned(caseSensitive, haystack, literal);
    if (scanned) return scanned;
    // A short range (a statement's limbs, window after window) is searched alone: scanning the
    // whole text for it would cost more than it saves.
    if ((to - from) * SHORT_RANGE < haystack.length) return occurrencesIn(haystack, literal, from, to);
    const offsets = occurrencesIn(haystack, literal, 0, haystack.length);
    this.found.set(key, offsets);
    return offsets;
  }

  /** From the one pass over the text for every registered literal, when `literal` is one of them. */
  private scanned(caseSensitive: boolean, haystack: string, literal: string): readonly number[] | undefined {
    const mode = caseSensitive ? "exact" : "folded";
    const set = literalSets[mode];
    const index = set.index.get(literal);
    if (index === undefined) return undefined;
    let scan = this.scans[mode];
    if (scan === false) return undefined;
    if (scan === undefined && !set.worthScanning(haystack.length)) {
      this.scans[mode] = false;
      return undefined;
    }
    if (!scan || index >= scan.scanner.literals.length) {
      const scanner = set.current;
      const earlier = earlierScan(mode, scanner, this, haystack);
      const found = (earlier && repairedScan(earlier, haystack)) ?? scanner.scan(haystack);
      scan = { haystack, scanner, found };
      this.scans[mode] = scan;
    }
    return scan.found.get(index) ?? NONE;
  }

  /** This text's scan in a case mode, if made with `scanner`. */
  scanWith(mode: "folded" | "exact", scanner: LiteralScanner): LiteralScan | undefined {
    const scan = this.scans[mode];
    return scan && scan.scanner === scanner ? scan : undefined;
  }

  get folded(): string | undefined {
    if (this.foldedText === null) this.foldedText = foldText(this.text);
    return this.foldedText;
  }

  get longestSpaceRun(): number {
    if (this.spaceRun < 0) this.spaceRun = longestSpaceRun(this.text);
    return this.spaceRun;
  }
}

/**
 * The most recent scan, by the same scanner, of another text about as long as `haystack`: when the
 * language server re-checks an edited draft, the previous version's, not that of a short stretch
 * a check asked about since (literal-scan-repair.ts decides whether it is an earlier version).
 */
function earlierScan(
  mode: "folded" | "exact",
  scanner: LiteralScanner,
  of: LazyFacts,
  haystack: string,
): LiteralScan | undefined {
  for (const { facts } of recent) {
    const scan = facts === of ? undefined : facts.scanWith(mode, scanner);
    if (scan && Math.abs(scan.haystack.length - haystack.length) * 2 <= haystack.length) return scan;
  }
  return undefined;
}

/**
 * RE2's case folding relates ASCII letters to two non-ASCII characters: U+212A (Kelvin sign,
 * which toLowerCase already maps to "k") and U+017F (long s, which toLowerCase keeps). Mapping
 * ſ to "s" makes every character RE2 folds onto an ASCII literal read as that literal.
 */
export function foldText(text: string): string | undefined {
  let folded = text.toLowerCase();
  if (folded.length !== text.length) return undefined; // e.g. U+0130 İ → "i̇": offsets would shift
  if (folded.includes("\u017f")) folded = folded.replaceAll("\u017f", "s");
  return folded;
}

/** A range shorter than the text divided by this is searched alone, not the whole text. */
const SHORT_RANGE = 8;

/** Every start of `literal` lying wholly inside haystack[from, to). */
function occurrencesIn(haystack: string, literal: string, from: number, to: number): number[] {
  const offsets: number[] = [];
  for (let at = haystack.indexOf(literal, from); at >= 0 && at + literal.length <= to; ) {
    offsets.push(at);
    at = haystack.indexOf(literal, at + 1);
  }
  return offsets;
}

export function longestSpaceRun(text: string): number {
  let longest = /[\t\n\f\r ]/.test(text) ? 1 : 0;
  for (const run of text.matchAll(/[\t\n\f\r ]{2,}/g)) longest = Math.max(longest, run[0].length);
  return longest;
}
