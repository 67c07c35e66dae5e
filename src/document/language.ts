/**
 * English, Traditional or Simplified Chinese, from the ORIGINAL text (the normalised text has
 * Simplified folded away). English announcements carry Chinese names (the issuer's Chinese
 * name, directors' names), so Chinese wins only when Han characters are a large share.
 */
import { isHan } from "./char-classes.js";
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from "./cjk-fold.js";
import type { Language } from "./types.js";

/**
 * A Han character carries roughly a word's worth of text, so Han characters are weighed against
 * Latin WORDS, not letters. A Chinese text with English terms is far above this share; an English
 * text with a Chinese company name and directors' names far below it.
 */
const CHINESE_SHARE = 0.3;

export interface ScriptCounts {
  han: number;
  latinWords: number;
  simplifiedOnly: number;
  traditionalOnly: number;
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, latinWords: 0, simplifiedOnly: 0, traditionalOnly: 0 };
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    const latin = (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
    if (latin && !inWord) counts.latinWords++;
    inWord = latin;
    if (!isHan(cp)) continue;
    counts.han++;
    if (SIMPLIFIED_ONLY.has(cp)) counts.simplifiedOnly++;
    else if (TRADITIONAL_ONLY.has(cp)) counts.traditionalOnly++;
  }
  return counts;
}

export function detectLanguage(text: string): Language {
  const counts = countScripts(text);
  const total = counts.han + counts.latinWords;
  if (counts.han === 0 || counts.han < CHINESE_SHARE * total) return "en";
  return counts.simplifiedOnly > counts.traditionalOnly ? "zh-Hans" : "zh-Hant";
}
