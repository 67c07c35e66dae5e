/**
 * `required`: a prescribed statement must be present, in an accepted wording, where it belongs
 * (the judging itself is src/checks/support/required-statement.ts, shared with `conditional`).
 */
import {
  compileRequired,
  type RequiredOptions,
  requiredOptionsSchema,
} from "./support/required-statement.js";
import type { CheckKind, KindDocs } from "./types.js";

const PLACEHOLDERS = [
  "problem",
  "expected",
  "actual",
  "similarity",
  "missingLimbs",
  "reversedLimbs",
  "position",
  "outdated",
];

const DOCS: KindDocs = {
  summary: "a statement that must be present",
  example: `check:
  kind: required
  statement:
    en:
      anchors: ['take no responsibility for the contents of this']   # locate candidates (any one)
      wording:                                                        # prescribed text; several = accepted variants
        - Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility ...
      limbs:                                                          # optional: the statement's essential parts
        - 'expressly disclaim'                                        # a bare pattern: must occur in the statement
        - name: no-representation                                     # a named limb (kebab-case)
          means: they make no representation as to its accuracy or completeness   # plain words
          accepts: ['makes? no representations? as to (?:its|their) accuracy']   # any one says the limb
          reversedBy: ['makes? (?:a |any |every )?representations? as to (?:its|their) accuracy']  # optional: says the opposite
          samples:                                                    # optional: plain phrases shown by \`rules explain\`
            accepted: ['make no representation as to its accuracy or completeness']
            reversed: ['make every representation as to its accuracy or completeness']
          exceptDocumentKinds: [report]                               # optional: not required in these kinds
    zh:                                                               # zh covers zh-Hant and zh-Hans
      anchors: ['對本(聯合)?公告(的|之)?內容概不負責']
      wording: ['香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，...']
  position: top                    # optional: top | end | { before: 'pattern', label: 'the signature block' } | { after: … }
  anywhereIn: [allotment-results]  # optional: document kinds whose form puts it elsewhere (no misplaced)
  minSimilarity: 0.8               # optional (default 0.8): word-level similarity below which it deviates
  outdated: ['(?-i)The Stock Exchange of Hong Kong Limited takes no responsibility']  # optional
`,
  details: `- No anchor hit (in the document's language) → \`missing\`.
- Found, but a limb is absent or reversed, the best similarity to every wording is below
  \`minSimilarity\`, or it matches an \`outdated\` pattern → \`deviates\`, with \`expected\` (closest
  wording), \`actual\` (the candidate text) and a word \`diff\`. The problem names the limb:
  \`missing its "no representation" part (…)\`, \`reversed in its "negated assurance" part: "can
  guarantee"\`.
- Found but outside \`position\` → \`misplaced\`.

\`{{similarity}}\` is a percentage; \`{{missingLimbs}}\` and \`{{reversedLimbs}}\` list limb names.

An anchor only locates a candidate: a heading that cites the rule ("Cautionary Statement required
by Rule 18A.05") is not the statement, and its limbs decide whether it complies. Anchors may
therefore include the reversed wordings, so that a reversed statement is reported as such rather
than as missing.

Limbs are looked for from the candidate's sentence through the next two sentence ends, or
further within the paragraph, up to three times the length of the closest wording (a heading, or
a paragraph that stops mid-sentence, runs on into the next block). A limb is reversed when one of its \`reversedBy\`
patterns matches there outside its accepted wordings: a reversal inside an accepted match does
not count ("will ultimately develop" inside "cannot guarantee that it will ultimately develop"),
one that contains an accepted match does ("need not exercise caution"). So write a \`reversedBy\`
pattern to cover the whole accepted wording it reverses. A named limb's \`samples\` are checked
against its patterns when the pack loads (\`limb-sample-mismatch\`); \`disclint rules explain\` and
\`docs/rules.md\` show them.
`,
};

export const required: CheckKind<RequiredOptions> = {
  name: "required",
  placeholders: PLACEHOLDERS,
  docs: DOCS,
  optionsSchema: requiredOptionsSchema,
  compile: compileRequired,
};
