/**
 * What each tool accepts, as zod schemas the SDK turns into the JSON Schema a client shows its
 * model. The descriptions are written for an AI drafting assistant checking its own draft of an
 * HKEX announcement: they say what each setting changes, and what happens when it is left out.
 * Objects are strict, so a misnamed argument ("stock_code") is refused with its name rather than
 * silently ignored.
 */
import { z } from "zod";
import { REGIMES } from "../domain/issuer.js";
import { SEVERITIES } from "../domain/severity.js";
import { isoDate } from "../facts/dates.js";
import { DOCUMENT_KINDS } from "../facts/document-kind.js";

/** Announcements are rarely over a few hundred thousand characters; this leaves room for annexes. */
export const MAX_TEXT_CHARACTERS = 5_000_000;

const asOfDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isCalendarDate, "must be a real calendar date (YYYY-MM-DD)");

/** 2026-02-30 has the right shape but no day: the date helpers say which days exist. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  return isoDate(year ?? 0, month ?? 0, day ?? 0) === value;
}

/** What the caller may state about the issuer and the document; it wins over .disclint.yaml. */
export const issuerSettingsShape = {
  stockCode: z
    .string()
    .regex(/^\d{1,5}$/, "must be 1 to 5 digits")
    .optional()
    .describe(
      "The issuer's HKEX stock code, 1 to 5 digits (e.g. \"9876\"). Default: the code on the draft's cover, looked up in the bundled issuer registry to learn the board and regimes.",
    ),
  issuerName: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe("The issuer's full English or Chinese name. Default: the name on the draft's cover."),
  shortName: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe(
      "The stock short name; a -B, -W, -S or -P marker sets the regimes when the registry has no entry for the code.",
    ),
  board: z
    .enum(["main", "gem"])
    .optional()
    .describe("The issuer's board: main (Main Board) or gem (GEM). Decides which rules and wordings apply."),
  regimes: z
    .array(z.enum(REGIMES))
    .max(REGIMES.length)
    .optional()
    .describe(
      "The issuer's special regimes: 18A (pre-revenue biotech), 18C (specialist technology), 8A (weighted voting rights), 19A (joint stock companies incorporated in the PRC), 19C (secondary listings). An empty list states that none applies; leave it out to let the registry or the draft decide.",
    ),
  asOf: asOfDate
    .optional()
    .describe(
      "Judge the draft by the rules in force on this date (YYYY-MM-DD). Default: the date the draft states, else today.",
    ),
  documentKind: z
    .enum(DOCUMENT_KINDS)
    .optional()
    .describe(
      "What the document is, when its headline does not make it clear; it decides which requirements apply. Default: detected from the headline.",
    ),
};

export const checkTextInput = z.strictObject({
  text: z
    .string()
    .max(MAX_TEXT_CHARACTERS)
    .describe(
      "The full text of the draft announcement, from the HKEX disclaimer at the top to the board composition at the end. Plain text, Markdown or HTML (say which with `format` or `fileName`).",
    ),
  format: z
    .enum(["text", "markdown", "html"])
    .optional()
    .describe("How to read `text`. Default: from the extension of `fileName`, else plain text."),
  fileName: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'A name for the draft, shown in the results; its extension (.txt, .md, .html) says how to read it when `format` is not given. Default: "draft.txt".',
    ),
  pairText: z
    .string()
    .max(MAX_TEXT_CHARACTERS)
    .optional()
    .describe(
      "The other language version of the same announcement (the Chinese text for an English draft, or the reverse), in the same format. Dates, amounts, names and other facts both versions state are compared.",
    ),
  ...issuerSettingsShape,
});

export const checkFileInput = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(4096)
    .describe(
      "The draft's path, absolute or relative to the first folder the server was started with. It must lie inside one of those folders. Word (.docx), PDF, text (.txt), Markdown (.md) and HTML files are read.",
    ),
  pairPath: z
    .string()
    .min(1)
    .max(4096)
    .optional()
    .describe(
      "The path of the other language version of the same announcement, under the same conditions as `path`: the facts both versions state are compared.",
    ),
  ...issuerSettingsShape,
});

export const explainRuleInput = z.strictObject({
  ruleId: z
    .string()
    .min(1)
    .max(200)
    .describe(
      'A rule id as findings and list_rules give it, e.g. "hkex/disclaimer" or "hkex/18a-cautionary".',
    ),
});

export const listRulesInput = z.strictObject({
  pack: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'Only the rules of this pack: a pack name ("hkex") or one of its parts by file name ("regimes", "transactions", "results", …).',
    ),
  severity: z
    .enum(SEVERITIES)
    .optional()
    .describe(
      "Only rules of this severity: error (a Listing Rule whose text was read), warning, or info (practice and advice).",
    ),
  board: z.enum(["main", "gem"]).optional().describe("Only rules that apply to issuers on this board."),
  regime: z
    .enum(REGIMES)
    .optional()
    .describe("Only rules that apply to issuers under this regime (18A, 18C, 8A, 19A, 19C)."),
  documentKind: z
    .enum(DOCUMENT_KINDS)
    .optional()
    .describe("Only rules that apply to this kind of document (e.g. inside-information, voluntary)."),
  language: z
    .enum(["en", "zh-Hant", "zh-Hans"])
    .optional()
    .describe("Only rules that apply to documents in this language."),
  specificOnly: z
    .boolean()
    .optional()
    .describe(
      "With board, regime, documentKind or language: keep only rules written for that scope, not the rules that apply to every document.",
    ),
  search: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("Only rules whose id or title contains these words (case does not matter)."),
});

export type CheckTextInput = z.infer<typeof checkTextInput>;
export type CheckFileInput = z.infer<typeof checkFileInput>;
export type ListRulesInput = z.infer<typeof listRulesInput>;
export type IssuerSettingsInput = Pick<CheckTextInput, keyof typeof issuerSettingsShape>;
