/**
 * The structured content each tool returns, as zod schemas: the SDK publishes them as the tools'
 * output schemas and checks every result against them, so a client can rely on the shape.
 */
import { z } from "zod";

const location = z
  .object({
    line: z.number().int().describe("1-based line of the start in the checked text"),
    column: z.number().int().describe("1-based column of the start (UTF-16 code units)"),
    endLine: z.number().int(),
    endColumn: z.number().int().describe("column just past the end"),
    page: z.number().int().optional().describe("1-based page, for PDF drafts"),
    paragraph: z
      .number()
      .int()
      .optional()
      .describe("1-based paragraph as Word counts them, for .docx drafts"),
    where: z.string().describe('The place in words: "page 2", "paragraph 14" or "line 13, column 84"'),
    text: z
      .string()
      .describe(
        "The words of the draft the finding is about (cut at 300 characters); empty for a missing statement, whose location is where it belongs",
      ),
  })
  .describe("Where the finding is in the draft");

const citation = z
  .object({
    source: z.string().describe('The provision or practice, e.g. "Main Board Listing Rule 13.51A"'),
    url: z.string(),
    verified: z.boolean().describe("true only when the provision's text was read and confirms the rule"),
    basis: z
      .enum(["listing-rule", "guidance", "practice"])
      .describe("What the rule rests on: a Listing Rule, HKEX guidance or market practice"),
    quote: z.string().optional().describe("The provision's own words, as read"),
    edition: z.string().optional().describe("Which text of the rules was read"),
    effective: z.string().optional().describe("The date the provision as quoted took effect"),
  })
  .describe("Where the requirement comes from");

export const findingOutput = z.object({
  ruleId: z.string().describe("explain_rule tells more about it"),
  severity: z
    .enum(["error", "warning", "info"])
    .describe("error: a Listing Rule whose text was read is breached; warning and info: fix or consider"),
  kind: z
    .enum(["missing", "deviates", "misplaced", "forbidden", "inconsistent", "undetermined"])
    .describe(
      "missing: a required statement is absent; deviates: worded otherwise than prescribed; misplaced: in the wrong place; forbidden: must not be there; inconsistent: contradicts another statement or the other language version; undetermined: could not be judged, check by hand",
    ),
  message: z.string(),
  location,
  expected: z.string().optional().describe("The prescribed wording, where the rule prescribes one"),
  actual: z.string().optional().describe("What the draft says instead"),
  diff: z
    .array(z.object({ op: z.enum(["equal", "removed", "added"]), text: z.string() }))
    .optional()
    .describe(
      "Word diff from the draft to the prescribed wording: removed = missing from the draft, added = only in the draft",
    ),
  suggestion: z
    .object({
      message: z.string(),
      text: z.string().describe("The text to put at the suggestion's location"),
      location: location.describe("What to replace (empty text: where to insert)"),
    })
    .optional()
    .describe("A fix disclint proposes"),
  citation,
  related: z
    .array(z.object({ message: z.string(), location }))
    .optional()
    .describe("Other places that take part (the first occurrence of an inconsistent value, …)"),
  suppressed: z
    .object({ by: z.enum(["directive", "baseline"]), justification: z.string() })
    .optional()
    .describe("Set when a disclint-disable comment or a baseline waives the finding; it is not counted"),
});

const counts = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  suppressed: z.number().int(),
});

const profileFact = z.object({
  value: z.union([z.string(), z.array(z.string())]),
  source: z
    .string()
    .describe("Where the fact came from: the arguments, .disclint.yaml, the registry, the text"),
  detail: z.string().optional(),
});

export const checkedDocumentOutput = z.object({
  file: z.string().describe("The draft's name or its path relative to the server's folder"),
  format: z.string().optional(),
  language: z.string().optional(),
  issuer: z
    .record(z.string(), profileFact)
    .describe(
      "What disclint took as known about the issuer and the document (stock code, board, regimes, as-of date, kind)",
    ),
  counts,
  findings: z.array(findingOutput),
  omitted: z
    .array(z.object({ ruleId: z.string(), count: z.number().int() }))
    .optional()
    .describe("Further findings of a rule beyond those listed, counted but not shown"),
});

export const checkOutput = checkedDocumentOutput.extend({
  pair: checkedDocumentOutput.optional().describe("The other language version, when one was given"),
});

const scope = z.object({
  description: z.string().describe('Where the rule applies, in words ("main board; Chapter 18A issuers")'),
  boards: z.array(z.string()).optional(),
  regimes: z.array(z.string()).optional(),
  documentKinds: z.array(z.string()).optional(),
  exceptDocumentKinds: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  effectiveFrom: z.string().optional(),
  effectiveUntil: z.string().optional(),
});

const restsOn = z.object({
  basis: z.enum(["listing-rule", "guidance", "practice"]),
  words: z.string().describe("What the rule rests on and what a finding therefore means, in plain words"),
});

export const explainRuleOutput = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  pack: z.object({ name: z.string(), title: z.string() }),
  restsOn,
  citation,
  appliesTo: scope,
  description: z.string().optional(),
  notes: z.string().optional().describe("Doubts and limits of the rule"),
  essentialParts: z
    .array(
      z.object({
        language: z.enum(["English", "Chinese"]),
        parts: z.array(
          z.object({
            name: z.string(),
            means: z.string(),
            acceptedWordings: z.array(z.string()),
            reversedBy: z.array(z.string()),
            notRequiredIn: z.array(z.string()),
          }),
        ),
      }),
    )
    .optional()
    .describe("The parts a prescribed statement must have (each present, none reversed)"),
  examples: z.object({
    passes: z.array(z.string()).describe("Texts the rule accepts"),
    fails: z
      .array(z.object({ kind: z.string(), text: z.string() }))
      .describe("Texts the rule reports, with the finding kind"),
  }),
});

export const listRulesOutput = z.object({
  count: z.number().int(),
  rules: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      pack: z.string(),
      part: z.string().describe("The pack file the rule is in (regimes, transactions, …)"),
      restsOn: z.enum(["listing-rule", "guidance", "practice"]),
      source: z.string().describe("The citation's source"),
      appliesTo: z.string(),
    }),
  ),
});

export type FindingOutput = z.infer<typeof findingOutput>;
export type LocationOutput = z.infer<typeof location>;
export type CheckedDocumentOutput = z.infer<typeof checkedDocumentOutput>;
export type CheckOutput = z.infer<typeof checkOutput>;
export type ExplainRuleOutput = z.infer<typeof explainRuleOutput>;
export type ListRulesOutput = z.infer<typeof listRulesOutput>;
