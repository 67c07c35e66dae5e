/**
 * Facts about a text that every pattern's prefilter needs, computed once per text rather than
 * once per pattern: its case fold (for literal search with native indexOf), its longest
 * whitespace run (which bounds `\s+`), and where each literal occurs — one scan of the text per
 * literal, shared by every pattern that requires it and by every range a check asks about (the
 * limbs of a statement ask about one window after another). Texts cannot be WeakMap keys, so a
 * few recent texts are kept; the checks alternate between the document and a few short strings.
 */

export interface TextFacts {
  /** The text lower-cased position by position, or undefined when folding changed its length. */
  readonly folded: string | undefined;
  /** The longest run of RE2 `\s` characters ([\t\n\f\r ]). */
  readonly longestSpaceRun: number;
  /**
   * Every start offset of `literal` (overlapping ones too), ascending, in the folded text or,
   * when `caseSensitive`, in the text itself. Only asked when `folded` is defined or for
   * case-sensitive literals.
   */
  occurrencesOf(literal: string, caseSensitive: boolean): readonly number[];
}

const CACHE_SIZE = 4;
const recent: { text: string; facts: LazyFacts }[] = [];

export function factsOf(text: string): TextFacts {
  for (const entry of recent) if (entry.text === text) return entry.facts;
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

  constructor(private readonly text: string) {}

  occurrencesOf(literal: string, caseSensitive: boolean): readonly number[] {
    const key = `${caseSensitive ? "=" : "~"}${literal}`;
    let offsets = this.found.get(key);
    if (!offsets) {
      offsets = allOccurrences(caseSensitive ? this.text : (this.folded ?? ""), literal);
      this.found.set(key, offsets);
    }
    return offsets;
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

function allOccurrences(haystack: string, literal: string): number[] {
  const offsets: number[] = [];
  for (let at = haystack.indexOf(literal); at >= 0; at = haystack.indexOf(literal, at + 1)) offsets.push(at);
  return offsets;
}

export function longestSpaceRun(text: string): number {
  let longest = /[\t\n\f\r ]/.test(text) ? 1 : 0;
  for (const run of text.matchAll(/[\t\n\f\r ]{2,}/g)) longest = Math.max(longest, run[0].length);
  return longest;
}
