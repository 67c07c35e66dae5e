/**
 * Meaning-reversal and limb-drop mutations of the prescribed statements, written from how the
 * statements are worded, not from the rules' own patterns: a rule that only knew one wording
 * would miss the mutations of the others. Each operator rewrites the original text of a corpus
 * document (at run time; nothing is stored) wherever it matches; an operator counts for a
 * document only when it matches inside the statement the rule found there.
 *
 * Patterns are written compactly and loosened by `loose`: a space matches any run of white
 * space (line breaks included), and white space may stand between Chinese characters (PDF
 * extraction puts spaces between every character of some texts).
 */

export type MutationKind = "reverse" | "drop";

export interface MutationOperator {
  /** "reverse no-responsibility", "drop caution-to-shareholders", … */
  name: string;
  kind: MutationKind;
  language: "en" | "zh";
  pattern: RegExp;
  replacement: string;
}

export interface MutatedStatement {
  /** Name on the scoreboard. */
  statement: string;
  ruleId: string;
  operators: MutationOperator[];
}

const CJK = /[\p{Script=Han}，。、；：「」（）]/u;

/** A pattern whose spaces match any white space and whose Chinese may be spaced out. */
export function loose(source: string): RegExp {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    const next = source[i + 1] ?? "";
    out += char === " " ? "\\s+" : char;
    const joinsChinese = (CJK.test(char) || char === ")" || char === "?") && (CJK.test(next) || next === "(");
    if (joinsChinese && char !== " ") out += "\\s*";
  }
  return new RegExp(out, "giu");
}

const op = (
  kind: MutationKind,
  language: "en" | "zh",
  limb: string,
  source: string,
  replacement: string,
): MutationOperator => ({
  name: `${kind} ${limb}`,
  kind,
  language,
  pattern: loose(source),
  replacement,
});

export const MUTATED_STATEMENTS: MutatedStatement[] = [
  {
    statement: "HKEX disclaimer",
    ruleId: "hkex/disclaimer",
    operators: [
      op(
        "reverse",
        "en",
        "no-responsibility",
        "(takes?) no responsibility for the contents",
        "$1 responsibility for the contents",
      ),
      op(
        "reverse",
        "en",
        "no-representation",
        "(makes?) no representations? as to",
        "$1 every representation as to",
      ),
      op("reverse", "en", "disclaim-liability", "disclaims? any liability", "accept any liability"),
      op(
        "drop",
        "en",
        "no-responsibility",
        "takes? no responsibility for the contents of th(?:is|e) [^,]{0,60}?, ?",
        "",
      ),
      op(
        "drop",
        "en",
        "no-representation",
        ",? ?makes? no representations? as to (?:its|their) accuracy or completeness,?",
        "",
      ),
      op("drop", "en", "disclaim-liability", ",? ?and expressly disclaims? any liability[^.]{0,250}", ""),
      op("reverse", "zh", "no-responsibility", "內容概不負責", "內容負責"),
      op("reverse", "zh", "no-representation", "完整性亦不發表", "完整性亦發表"),
      op("reverse", "zh", "disclaim-liability", "明確表示[，,]?(?:概不會|概不|不會)", "明確表示，"),
      op("drop", "zh", "no-responsibility", "對本(?:聯合)?(?:公告|公佈)(?:的|之)內容概不負責[，,]?", ""),
      op("drop", "zh", "no-representation", "[，,]對其準確性或完整性亦不發表(?:任何)?聲明", ""),
      op("drop", "zh", "disclaim-liability", "[，,](?:並|且)?明確表示[^。]{0,120}", ""),
    ],
  },
  {
    statement: "Chapter 18A cautionary statement",
    ruleId: "hkex/18a-cautionary",
    operators: [
      op("reverse", "en", "negated-assurance", "cannot (guarantee|assure|ensure)", "can $1"),
      op("reverse", "en", "negated-assurance", "may not (be able to )?ultimately", "may $1ultimately"),
      op("reverse", "en", "negated-assurance", "there is no assurance", "there is every assurance"),
      op("reverse", "en", "negated-assurance", "may ultimately be unable to", "will ultimately be able to"),
      op(
        "drop",
        "en",
        "negated-assurance",
        "[^.:]*(?:cannot (?:guarantee|assure|ensure)|may not (?:be able to )?ultimately|no assurance)[^.]*\\.?",
        "",
      ),
      op(
        "reverse",
        "en",
        "caution-to-shareholders",
        "(?:are advised to|should) exercise caution",
        "need not exercise caution",
      ),
      op("drop", "en", "caution-to-shareholders", "[^.:]*exercise (?:due )?caution[^.]*\\.?", ""),
      op("reverse", "zh", "negated-assurance", "(?:無法|不能)保證", "能夠保證"),
      op("reverse", "zh", "negated-assurance", "概不保證", "保證"),
      op("reverse", "zh", "negated-assurance", "未必", "必定"),
      op("reverse", "zh", "negated-assurance", "不一定", "一定"),
      op("drop", "zh", "negated-assurance", "[^。:：]*(?:(?:無法|不能|概不)保證|未必|不一定)[^。]*。?", ""),
      op("reverse", "zh", "caution-to-shareholders", "務請審慎行事", "無需審慎行事"),
      op("drop", "zh", "caution-to-shareholders", "[^。]*審慎行事[^。]*。?", ""),
    ],
  },
  {
    statement: "GEM 2.18 responsibility statement",
    ruleId: "hkex/gem-responsibility",
    operators: [
      op(
        "reverse",
        "en",
        "collective-and-individual-responsibility",
        "collectively and individually accepts? full responsibility",
        "do not accept any responsibility",
      ),
      op(
        "drop",
        "en",
        "collective-and-individual-responsibility",
        ",? for which the directors[^,]{0,120}?collectively and individually accepts? full responsibility,?",
        "",
      ),
      op(
        "reverse",
        "en",
        "compliance-with-gem-rules",
        "particulars? given in compliance with",
        "particulars not given in compliance with",
      ),
      op(
        "drop",
        "en",
        "compliance-with-gem-rules",
        "includes particulars? given in compliance with [^.]{0,200}?(?= for the purpose)",
        "includes particulars",
      ),
      op("reverse", "en", "accurate-and-complete", "accurate and complete", "inaccurate and incomplete"),
      op(
        "drop",
        "en",
        "accurate-and-complete",
        "is accurate and complete in all material respects? and",
        "is",
      ),
      op("reverse", "en", "not-misleading", "and (is )?not misleading", "and $1misleading"),
      op("drop", "en", "not-misleading", " and (?:is )?not misleading(?: or deceptive)?", ""),
      op("reverse", "en", "no-other-matters", "there are no (other )?matters", "there are $1matters"),
      op(
        "drop",
        "en",
        "no-other-matters",
        "there are no (?:other )?matters the omission of which[^.;]{0,200}",
        "",
      ),
      op(
        "reverse",
        "zh",
        "collective-and-individual-responsibility",
        "共同及個別地?承擔全部責任",
        "概不承擔任何責任",
      ),
      op(
        "drop",
        "zh",
        "collective-and-individual-responsibility",
        "[；;，,]?[^，,。；;]*共同及個別地?承擔全部責任",
        "",
      ),
      op("reverse", "zh", "compliance-with-gem-rules", "乃遵照", "並非遵照"),
      op(
        "drop",
        "zh",
        "compliance-with-gem-rules",
        "乃遵照[^。；;]{0,40}?(?:GEM|創業板)(?:證券)?上市規則[^。；;]{0,20}?而刊載[，,]?",
        "乃",
      ),
      op("reverse", "zh", "accurate-and-complete", "準確完(整|備)", "不準確及不完$1"),
      op("drop", "zh", "accurate-and-complete", "[，,]?[^，,。]*準確完[整備]", ""),
      op("reverse", "zh", "not-misleading", "(?:沒有|並無)誤導", "具有誤導"),
      op("drop", "zh", "not-misleading", "[，,]?(?:沒有|並無)誤導或欺詐成[分份]", ""),
      op("reverse", "zh", "no-other-matters", "(?:並無|亦無)遺漏任何", "遺漏了"),
      op("drop", "zh", "no-other-matters", "[，,]?[^，,。]*(?:並無|亦無)遺漏任何其他事項[^。]*", ""),
    ],
  },
  {
    statement: "GEM 2.20 characteristics statement",
    ruleId: "hkex/gem-characteristics",
    operators: [
      op("reverse", "en", "higher-investment-risk", "(high)(er)? investment risk", "low$2 investment risk"),
      op(
        "drop",
        "en",
        "higher-investment-risk",
        "[^.]*investment risk may be (?:attached|associated)[^.]*\\.",
        "",
      ),
      op(
        "reverse",
        "en",
        "consider-carefully",
        "only after due and careful consideration",
        "without any consideration",
      ),
      op("drop", "en", "consider-carefully", "[^.]*due and careful consideration\\.", ""),
      op(
        "reverse",
        "en",
        "volatility",
        "more susceptible to high market volatility",
        "less susceptible to high market volatility",
      ),
      op(
        "drop",
        "en",
        "volatility",
        "there is a risk that securities traded on GEM may be more susceptible to high market volatility than securities traded on the Main Board[^,]*? and",
        "",
      ),
      op(
        "reverse",
        "en",
        "liquidity",
        "no assurance is given that there will be a liquid market",
        "assurance is given that there will be a liquid market",
      ),
      op("drop", "en", "liquidity", " and no assurance is given that there will be a liquid market[^.]*", ""),
      op("reverse", "zh", "higher-investment-risk", "較高(的|之)?投資風險", "較低$1投資風險"),
      op("drop", "zh", "higher-investment-risk", "[^。]*較高(?:的|之)?投資風險[^。]*。", ""),
      op("reverse", "zh", "consider-carefully", "經過審慎周詳(?:的|之)?考慮後方", "無需經過考慮即可"),
      op("drop", "zh", "consider-carefully", "[^。]*審慎周詳[^。]*。", ""),
      op("reverse", "zh", "volatility", "較大(的|之)?市場波動", "較小$1市場波動"),
      op("reverse", "zh", "liquidity", "無法保證(在GEM)", "保證$1"),
      op("drop", "zh", "volatility-and-liquidity", "[^。]*市場波動風險[^。]*。", ""),
    ],
  },
  {
    statement: "WVR legend",
    ruleId: "hkex/wvr-legend",
    operators: [
      op(
        "reverse",
        "en",
        "controlled-through-wvr",
        "controlled through weighted voting rights",
        "not controlled through weighted voting rights",
      ),
      op(
        "drop",
        "en",
        "controlled-through-wvr",
        "(?:(?:A|a) company )?(?:will be )?controlled through weighted voting rights(?: and)?",
        "",
      ),
      op("reverse", "zh", "controlled-through-wvr", "((?:以|通過|透過)不同投票權)", "不$1"),
      op(
        "drop",
        "zh",
        "controlled-through-wvr",
        "並?(?:以|通過|透過)不同投票權(?:方式|架構)?(?:進行)?控制並?",
        "",
      ),
    ],
  },
];
