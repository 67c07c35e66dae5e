/**
 * What a transaction announcement says the transaction is: "constitutes a discloseable
 * transaction", 「構成本公司的須予披露交易」, with the band of percentage ratios each class needs
 * under MB 14.06 / 14.08 (GEM 19.06 / 19.08). A denied class ("does not constitute", 「不會構成」)
 * is not a statement of one.
 */
import type { Located, RatioRange } from "./percentage-ratios.js";

const band = (low: number, high: number): RatioRange => ({
  low,
  lowInclusive: true,
  high,
  highInclusive: false,
});

/** MB 14.06 / 14.08 (GEM 19.06 / 19.08) bands by class. */
const CLASS_BANDS: Record<string, RatioRange> = {
  "share transaction": band(0, 5),
  "discloseable transaction": band(5, 25),
  "major transaction": band(25, 100),
  "major disposal": band(25, 75),
  "very substantial disposal": band(75, Number.POSITIVE_INFINITY),
  "very substantial acquisition": band(100, Number.POSITIVE_INFINITY),
};
const CHINESE_CLASSES: Record<string, string> = {
  股份: "share transaction",
  須予披露: "discloseable transaction",
  主要: "major transaction",
  非常重大出售: "very substantial disposal",
  非常重大收購: "very substantial acquisition",
};

const CLASS_PATTERNS: readonly RegExp[] = [
  /\bconstitutes?\s+(?:an?\s+)?(?:(share|discloseable|major)(?:\s+and\s+connected)?\s+transactions?|(very substantial (?:acquisition|disposal))s?)/gi,
  /構成[^。；;]{0,24}?(股份|須予披露|主要|非常重大出售|非常重大收購)(?:及關連)?(?:交易|事項)/g,
];

// A class that is denied rather than stated: "does not constitute", "will not, on its own,
// constitute", "no longer constitutes", 「不構成」, 「不會構成」, 「並未構成」.
const NEGATED_BEFORE =
  /\b(?:not|n't|neither|nor|no longer|never)\b[^.;。；]{0,30}$|[不未毋非無][^。；;，,]{0,3}$/i;

export interface ClassStatement extends Located {
  stated: string;
  band: RatioRange;
}

export function extractClassStatements(text: string): ClassStatement[] {
  const found: ClassStatement[] = [];
  for (const pattern of CLASS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      const word = (match[1] ?? match[2] ?? "").toLowerCase();
      let stated = CHINESE_CLASSES[word] ?? (word.startsWith("very") ? word : `${word} transaction`);
      const around = text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 80);
      if (
        stated === "major transaction" &&
        /disposal|出售/i.test(around) &&
        !/acquisition|收購/i.test(around)
      ) {
        stated = "major disposal";
      }
      const range = CLASS_BANDS[stated];
      if (!range) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        stated,
        band: range,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
