/**
 * The weakest evidence about the issuer: what the text says about itself. Used only when no
 * stock code is known (the code decides the board, and the registry the regimes), because a
 * cue is usually the very statement a rule checks: deleting the Chapter 18A cautionary
 * statement must not turn the 18A rules off.
 *
 * GEM is named "GEM", "Growth Enterprise Market" and, before 2018, 創業板 — but 創業板 is also
 * ChiNext, the Shenzhen Stock Exchange's growth board, which an H-share issuer with A shares
 * on ChiNext names in its announcements. A cue within reach of Shenzhen, 深圳 / 深交所, ChiNext or
 * A shares is therefore not a GEM cue. The cues are fixed patterns written here, not user input.
 */
import type { Board, Regime } from "../domain/issuer.js";

const GEM_CUE = new RegExp(
  [
    String.raw`\bGEM of (?:the )?Stock Exchange\b`,
    String.raw`\bGrowth Enterprise Market\b`,
    String.raw`\bGEM Listing Rules\b`,
    String.raw`\bListing of Securities on (?:the )?GEM\b`,
    String.raw`\b(?:listed|listing|trading) on (?:the )?GEM\b`,
    "(?:聯合交易所(?:有限公司)?|聯交所)(?:\\(「?聯交所」?\\))?(?:GEM|創業板)",
    "GEM(?:證券)?上市規則",
    "創業板(?:證券)?上市規則",
  ].join("|"),
  "giu",
);
/** ChiNext and its surroundings: a GEM cue this close to one names the Shenzhen board. */
const CHINEXT_CONTEXT = /深圳|深交所|ChiNext|Shenzhen|\bA[- ]?shares?\b|A股/iu;
const CONTEXT_REACH = 40;

/** GEM when the text names the Stock Exchange's GEM; nothing otherwise (not "main"). */
export function boardFromText(text: string): Board | undefined {
  for (const match of text.matchAll(GEM_CUE)) {
    const around = text.slice(
      Math.max(0, match.index - CONTEXT_REACH),
      match.index + match[0].length + CONTEXT_REACH,
    );
    if (!CHINEXT_CONTEXT.test(around)) return "gem";
  }
  return undefined;
}

const REGIME_CUES: readonly { regime: Regime; cue: RegExp }[] = [
  { regime: "18A", cue: /\b(rule|chapter) 18A\b|\b18A\.0\d\b|第18A(章|\.0\d條)|biotech company/i },
  { regime: "8A", cue: /controlled through weighted voting rights|不同投票權控制/i },
  { regime: "18C", cue: /specialist technology compan(y|ies)|特專科技公司/i },
];

export function regimesFromText(text: string): Regime[] {
  return REGIME_CUES.filter(({ cue }) => cue.test(text)).map(({ regime }) => regime);
}
