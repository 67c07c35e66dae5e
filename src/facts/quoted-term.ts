/**
 * The quoted term a definition introduces: `"Company"`, `“Company”`, `「本公司」`, `『X』`. Shared by
 * the glossary and inline-definition readers (glossaries are read from the original text, where
 * curly quotes survive; inline definitions from the normalised text, where quotes are straight).
 */

export const OPEN_QUOTE = '"“「『';
export const CLOSE_QUOTE = '"”」』';

/**
 * A closed quoted term; group 1 is the term. Neither quotes nor parentheses inside, but for the
 * plural mark of "Share(s)" and "Party(ies)"; no tab, and at most one line break (a blank line
 * between, as PDF extraction leaves a term wrapped in a narrow cell), never at either end.
 */
export const QUOTED_TERM = `[${OPEN_QUOTE}]((?:[^${OPEN_QUOTE}${CLOSE_QUOTE}()（）\\n\\t]|\\((?:s|es|ies)\\)){1,80}(?:\\n\\n?(?:[^${OPEN_QUOTE}${CLOSE_QUOTE}()（）\\n\\t]|\\((?:s|es|ies)\\)){1,80})?)[${CLOSE_QUOTE}]`;

/** The term as written once line breaks inside it are read as spaces. */
export function termText(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

/** Words that join alternative terms of one definition: `"FDA" or "U.S. FDA"`, `「甲」或「乙」`. */
export const ALTERNATIVE = String.raw`\s*(?:,\s*)?(?:or|and|及|或|/|、|,)\s*(?:the\s+)?`;

/**
 * Words that cite a title rather than define a term: `the section headed "Risk Factors"`,
 * `section III "Management Discussion and Analysis"`, `Note IX "Interests in Other Entities"`.
 */
export const CITED_TITLE =
  /(?:headed|heading|entitled|titled|named|captioned|marked|under|(?:section|paragraph|part|chapter|note|appendix)(?:\s+(?:[IVXL]{1,6}|\d{1,3}[A-Za-z]?)(?:\([a-z\d]{1,3}\))?\.?)?|標題為|題為|一節)\s*$/i;
