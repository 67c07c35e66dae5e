/**
 * The quoted term a definition introduces: `"Company"`, `“Company”`, `「本公司」`, `『X』`. Shared by
 * the glossary and inline-definition readers (glossaries are read from the original text, where
 * curly quotes survive; inline definitions from the normalised text, where quotes are straight).
 */

export const OPEN_QUOTE = '"“「『';
export const CLOSE_QUOTE = '"”」』';

/** A closed quoted term; group 1 is the term. Neither quotes, parentheses nor line breaks inside. */
export const QUOTED_TERM = `[${OPEN_QUOTE}]([^${OPEN_QUOTE}${CLOSE_QUOTE}()（）\\n\\t]{1,80})[${CLOSE_QUOTE}]`;

/** Words that join alternative terms of one definition: `"FDA" or "U.S. FDA"`, `「甲」或「乙」`. */
export const ALTERNATIVE = String.raw`\s*(?:,\s*)?(?:or|and|及|或|/|、|,)\s*(?:the\s+)?`;

/** Words that cite a title rather than define a term: `the section headed "Risk Factors"`. */
export const CITED_TITLE =
  /(?:headed|heading|entitled|titled|named|captioned|marked|under|section|paragraph|標題為|題為|一節)\s*$/i;
