/**
 * Whether a stock short name plausibly abbreviates an issuer's English name, so a registry line
 * is used only for the issuer the document names. Stock codes are reassigned after delistings
 * and issuers are renamed, so an older document's code may now belong to someone else, and a
 * mistyped code would borrow another issuer's board and regimes.
 *
 * Short names abbreviate the way people do: word prefixes ("CARSGEN" for CARsgen Therapeutics),
 * initials ("CKH" for CK Hutchison Holdings), dropped letters ("HLDGS", "PPT" for Properties),
 * skipped words ("SHK PPT" for Sun Hung Kai Properties). So each short-name token must be spelt
 * by consecutive name words, each word giving a run of its letters that starts with its first
 * letter; words may be skipped between tokens. A brand in the short name ("PA GOODDOCTOR") may
 * not fit: then the registry is not used, which is the safe side.
 */
import { shortNameStem } from "./short-name.js";

/** The spelt tokens must cover this many characters, unless they are the whole short name. */
const MIN_FITTING_CHARACTERS = 3;

export function shortNameFits(shortName: string, name: string): boolean {
  const tokens = tokensOf(shortNameStem(shortName));
  const words = tokensOf(name).filter((word) => word !== "THE");
  if (tokens.length === 0 || words.length === 0) return false;
  const spelt = speltPrefix(tokens, words);
  if (spelt === tokens.length) return true;
  return tokens.slice(0, spelt).join("").length >= MIN_FITTING_CHARACTERS;
}

function tokensOf(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toUpperCase()
      .match(/[A-Z0-9]+/gu) ?? []
  );
}

/** How many leading tokens can be spelt, in order, by the words. */
function speltPrefix(tokens: readonly string[], words: readonly string[]): number {
  let best = 0;
  const tried = new Set<string>();
  const visit = (tokenIndex: number, wordIndex: number): void => {
    const key = `${tokenIndex},${wordIndex}`;
    if (tried.has(key)) return;
    tried.add(key);
    best = Math.max(best, tokenIndex);
    const token = tokens[tokenIndex];
    if (token === undefined) return;
    const spell = spellerFor(token, words);
    for (let start = wordIndex; start < words.length; start++)
      for (const next of spell(0, start)) visit(tokenIndex + 1, next);
  };
  visit(0, 0);
  return best;
}

/**
 * spell(at, start): the word indexes after which token[at…] has been spelt by words[start…],
 * each word giving a subsequence of itself that starts with its first letter. Memoised, so a
 * hostile name costs (token length × words) steps, not an exponential search.
 */
function spellerFor(token: string, words: readonly string[]): (at: number, start: number) => number[] {
  const memo = new Map<string, number[]>();
  const spell = (at: number, start: number): number[] => {
    const key = `${at},${start}`;
    const known = memo.get(key);
    if (known) return known;
    const ends = new Set<number>();
    const word = words[start];
    if (word !== undefined && word[0] === token[at]) {
      let consumed = at + 1;
      const reachable = [consumed];
      for (let i = 1; i < word.length && consumed < token.length; i++)
        if (word[i] === token[consumed]) reachable.push(++consumed);
      for (const position of reachable) {
        if (position === token.length) ends.add(start + 1);
        else for (const end of spell(position, start + 1)) ends.add(end);
      }
    }
    const result = [...ends];
    memo.set(key, result);
    return result;
  };
  return spell;
}
