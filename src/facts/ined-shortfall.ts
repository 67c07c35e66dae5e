/**
 * An announcement of the INED shortfall itself: it says the board no longer meets Rule 3.10(1),
 * 3.10(2) or 3.10A (GEM 5.05, 5.05A) — "falls below the minimum number", "not in compliance
 * with", "within three months as required by Rule 3.11", 「未有遵守…最低人數規定」, 「將於三個月內
 * 委任」. Rule 3.11 gives the issuer three months to meet the requirement again, so the board
 * paragraph of such an announcement shows a known shortfall, not a breach.
 */
import type { Located } from "./types.js";

const CITATION_EN =
  /\bRules?\s+3\.1[01](?:A|\s*\(\s*[12]\s*\))?|\b3\.10A\b|\bGEM\s+(?:Listing\s+)?Rules?\s+5\.0[56]A?|\bminimum\s+number\s+of\s+independent\s+non-executive\s+directors\b|\bone-third\s+of\s+the\s+board\b/gi;
const SHORTFALL_EN =
  /(?<!\bnot\s|\bno\s)\b(?:f[ae]ll(?:s|en)?\s+below|below\s+the\s+minimum|less\s+than\s+(?:three|one-third)|not\s+(?:been\s+)?(?:in\s+)?compl(?:y|ied|iance|ying)|non-compliance|fail(?:s|ed)?\s+to\s+(?:meet|comply)|(?:does|did)\s+not\s+(?:meet|satisfy|fulfil)|no\s+longer\s+(?:meet|compl|satisf|fulfil)|(?:three|3)\s+months|shortfall)/i;
const CITATION_ZH =
  /第\s*3\.1[01]\s*(?:A|\(\s*[12]\s*\))?\s*條|第\s*5\.0[56]A?\s*條|(?:獨立非執行董事|獨立董事)(?:之|的)?最低人數|三分之一/gu;
const SHORTFALL_ZH =
  /未有遵守|未能(?:遵守|符合|達到|滿足)|未符合|不符合|(?<!不)(?:少於|低於)|跌至|(?:三|3)個月/u;
/** How far from the citation the shortfall wording may be. */
const WINDOW = 250;

/** Where the announcement reports that the board falls short of the INED requirements, if it does. */
export function findShortfallNotice(text: string): Located | undefined {
  for (const [citation, shortfall] of [
    [CITATION_EN, SHORTFALL_EN],
    [CITATION_ZH, SHORTFALL_ZH],
  ] as const) {
    for (const match of text.matchAll(citation)) {
      const around = text.slice(Math.max(0, match.index - WINDOW), match.index + match[0].length + WINDOW);
      if (shortfall.test(around)) return { start: match.index, end: match.index + match[0].length };
    }
  }
  return undefined;
}
