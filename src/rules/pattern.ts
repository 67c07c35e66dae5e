/**
 * Patterns from YAML run on re2js (RE2 semantics: no back-references, no lookaround), so no
 * rule and no input can make a check super-linear. Patterns match the NORMALISED text and are
 * case-insensitive unless they say (?-i).
 */
import { RE2JS } from "re2js";

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

export function compilePattern(source: string): Pattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new PatternSyntaxError(source, error instanceof Error ? error.message : String(error));
  }
  const groupNames = Object.keys(re.namedGroups());
  const collect = (text: string, from: number, to: number, limit: number): PatternMatch[] => {
    const found: PatternMatch[] = [];
    const matcher = re.matcher(text.slice(from, to));
    while (found.length < limit && matcher.find()) {
      const groups: Record<string, string | undefined> = {};
      for (const name of groupNames) groups[name] = matcher.group(name) ?? undefined;
      found.push({
        start: from + matcher.start(),
        end: from + matcher.end(),
        text: matcher.group() ?? "",
        groups,
      });
    }
    return found;
  };
  return {
    source,
    test: (text, from = 0, to = text.length) => re.test(text.slice(from, to)),
    matches: (text, from = 0, to = text.length) => collect(text, from, to, Number.POSITIVE_INFINITY),
    first: (text, from = 0, to = text.length) => collect(text, from, to, 1)[0],
  };
}
