/**
 * Inputs for the robustness suites: 1 MB adversarial documents aimed at each check kind, and
 * fast-check arbitraries for random and mutated announcements (CJK, emoji, control characters,
 * CRLF, BOM). Every text is written for fictional issuers.
 */
import fc from "fast-check";

export const ONE_MB = 1024 * 1024;

/** Repeats `unit` until the text is at least `bytes` UTF-8 bytes long. */
export function repeatTo(unit: string, bytes = ONE_MB): string {
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.ceil(bytes / unitBytes));
}

const HEAD = "Lumen Harbour Biotech Limited\n(Stock Code: 9876)\n\nVOLUNTARY ANNOUNCEMENT\n\n";

/** One adversarial input: what it aims at, and its text (about 1 MB after the heading). */
export interface AdversarialInput {
  name: string;
  aimsAt: string;
  text: () => string;
}

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  {
    name: "honorifics",
    aimsAt: "director names and board lists (board, directors facts)",
    text: () => HEAD + repeatTo("Mr. Dr. Ms. Mrs. Prof. Mr Chan Tai Man, Ms Lee Siu Ming and "),
  },
  {
    name: "honorifics-zh",
    aimsAt: "Chinese director names (board, directors facts)",
    text: () => HEAD + repeatTo("陳大文先生、李小明女士、張博士、"),
  },
  {
    name: "open-parentheses",
    aimsAt: "definitions (inline '(the \"Company\")'), stock code",
    text: () => HEAD + repeatTo("((((((((((((((((((((((((((((((((((((((((((((((((("),
  },
  {
    name: "nested-parentheses",
    aimsAt: "definitions and quoted terms",
    text: () => HEAD + repeatTo('(the "Company" (the "Company" (Stock Code: 9876 ('),
  },
  {
    name: "digits",
    aimsAt: "numbers, arithmetic, dates, stock codes",
    text: () => HEAD + repeatTo("1234567890"),
  },
  {
    name: "thousands-run",
    aimsAt: "numbers written with thousands separators (share counts, issued shares)",
    text: () => HEAD + repeatTo("1,234,567,890,"),
  },
  {
    name: "digits-and-share-words",
    aimsAt: "share counts and issued shares in Chinese",
    text: () => HEAD + repeatTo("1234567890 1.5.5 股 "),
  },
  {
    name: "grouped-numbers",
    aimsAt: "amounts and percentages (arithmetic, consistency)",
    text: () => HEAD + repeatTo("HK$1,234,567.89 1,000,000 shares 12.5% 2026-03-18 "),
  },
  {
    name: "statement-openings",
    aimsAt: "required/statement-match (prescribed wordings)",
    text: () =>
      HEAD +
      repeatTo(
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for ",
      ),
  },
  {
    name: "responsibility-openings",
    aimsAt: "required statements, directors' responsibility",
    text: () => HEAD + repeatTo("The directors of the Company jointly and severally accept full "),
  },
  {
    name: "no-punctuation",
    aimsAt: "sentence splitting, windows, forbidden patterns",
    text: () => HEAD + repeatTo("the board of lumen harbour biotech limited announces that patients "),
  },
  {
    name: "cjk-no-spaces",
    aimsAt: "CJK folding, Chinese patterns, parity",
    text: () => HEAD + repeatTo("董事會宣佈本公司於二零二六年三月十八日完成配售新股份"),
  },
  {
    name: "quotes-and-placeholders",
    aimsAt: "placeholders, quoted terms, undefined terms",
    text: () => HEAD + repeatTo('"[●] "Placing" [TBD] “Completion” 「完成」 '),
  },
  {
    name: "distinct-quoted-terms",
    aimsAt: "undefined terms: thousands of different quoted terms, each used again bare",
    text: () => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < ONE_MB; i++) {
        const part = `"Alpha ${i.toString(36).toUpperCase()}" Alpha ${i.toString(36).toUpperCase()} `;
        parts.push(part);
        size += part.length;
      }
      return HEAD + parts.join("");
    },
  },
  {
    name: "one-character-lines",
    aimsAt: "line index, blocks, regions",
    text: () => HEAD + repeatTo("a\n"),
  },
  {
    name: "dates",
    aimsAt: "dates, as-of, notice periods",
    text: () => HEAD + repeatTo("on 18 March 2026 and 二零二六年三月十八日 and "),
  },
];

// ---------------------------------------------------------------------------------------------
// Random and mutated documents for the property suite.

const FRAGMENTS = [
  "Lumen Harbour Biotech Limited",
  "(Stock Code: 9876)",
  "VOLUNTARY ANNOUNCEMENT",
  "The board of directors (the “Board”) of Lumen Harbour Biotech Limited (the “Company”) announces that",
  "the first patient in the phase II trial of LHB-204 was dosed on 18 March 2026.",
  "By order of the Board\nLumen Harbour Biotech Limited\nMr. Chan Tai Man\nChairman",
  "Hong Kong, 18 March 2026",
  "As at the date of this announcement, the Board comprises Mr. Chan Tai Man and Ms. Lee Siu Ming as executive Directors.",
  "Shareholders and potential investors are advised to exercise caution when dealing in the shares of the Company.",
  "The placing price of HK$1.25 represents a discount of 12.5% to the closing price.",
  "[●]",
  "TBD",
  "朗港生物科技有限公司",
  "（股份代號：9876）",
  "自願公告",
  "董事會謹此宣佈，本公司於二零二六年三月十八日完成配售。",
  "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。",
];

const EXOTIC = [
  "\uFEFF",
  "\r\n",
  "\r",
  "\n\n",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u200b",
  "\u00a0",
  "\u3000",
  "😀",
  "👩🏽‍⚖️",
  "🇭🇰",
  "\uD83D", // a lone high surrogate
  "\uDE00", // a lone low surrogate
  "e\u0301",
  "ﬁ",
  "Ｈｏｎｇ　Ｋｏｎｇ",
  "\u202e",
  "\t",
];

/** A document assembled from announcement fragments, exotic characters and random text. */
export const documentArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 3, arbitrary: fc.constantFrom(...EXOTIC) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
      { weight: 2, arbitrary: fc.constantFrom(" ", "\n", "\n\n", ". ", "。", "，", "(", ")", "“", "”") },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Mutations of a real-shaped document: a change of line endings, a BOM, an insertion. */
export const mutatedDocumentArbitrary = (base: string, { cut = true } = {}): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.boolean(),
      fc.boolean(),
      fc.nat({ max: base.length }),
      fc.constantFrom(...EXOTIC, ...FRAGMENTS),
      fc.nat({ max: base.length }),
      fc.nat({ max: cut ? 40 : 0 }),
    )
    .map(([crlf, bom, at, insert, cutAt, cutLength]) => {
      let text = base.slice(0, at) + insert + base.slice(at);
      text = text.slice(0, cutAt) + text.slice(cutAt + cutLength);
      if (crlf) text = text.replace(/\r?\n/g, "\r\n");
      return bom ? `\uFEFF${text}` : text;
    });
