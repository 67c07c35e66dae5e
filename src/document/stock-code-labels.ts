/**
 * The labels of a stated stock code ("Stock Code", "securities codes", 股份代號), and where in a
 * text they may begin. The patterns that read codes begin with a label, and a label begins with
 * no fixed character, so scanning a whole text with them tried every offset: that was nearly all
 * the time of reading stock codes, which the regions, the profile, the document kind and the
 * facts each do. Every label has "code" (any letter case) 5, 6, 10 or 11 characters after its
 * start ("stock code", "stockcode", "securities code", "securitiescode"), or 代 two characters
 * after it (股份代號), and those are quick to find: the patterns are tried at those offsets only,
 * where they find the same matches as a scan.
 */

export const EN_LABEL = String.raw`\b(?:stock|share|securities)\s?codes?\b`;
export const ZH_LABEL = "(?:股份|證券|股票)代(?:號|碼)";

/**
 * Only ASCII letters match "code" with letter case ignored (with the `iu` flags too: no other
 * character folds to c, o, d or e), so a plain case-insensitive search finds every label's.
 */
const CODE_WORD = /code/gi;
/** How far "code" stands from the start of its label: after stock, share (5) or securities (10), and a space or none. */
const CODE_WORD_AFTER = [5, 6, 10, 11];
const ZH_MARK = "代";
const ZH_MARK_AFTER = 2;

let last: { text: string; starts: number[] } | undefined;

/** The offsets, in order, where a label may begin in the text (a superset of where one does). */
export function labelStarts(text: string): readonly number[] {
  if (last?.text === text) return last.starts;
  const starts = new Set<number>();
  for (const match of text.matchAll(CODE_WORD)) {
    for (const after of CODE_WORD_AFTER) if (match.index >= after) starts.add(match.index - after);
  }
  for (let at = text.indexOf(ZH_MARK); at >= 0; at = text.indexOf(ZH_MARK, at + 1)) {
    if (at >= ZH_MARK_AFTER) starts.add(at - ZH_MARK_AFTER);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  last = { text, starts: sorted };
  return sorted;
}
