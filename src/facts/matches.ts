/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern that matchAll makes on each call: facts are read paragraph by paragraph
 * (paragraph-facts.ts), and on a short paragraph that copy costs more than the search itself.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`matchesOf needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character, as matchAll does (by a code point under /u).
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  const code = text.charCodeAt(index);
  const pair = unicode && code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
  const low = text.charCodeAt(index + 1);
  return index + (pair && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
}
