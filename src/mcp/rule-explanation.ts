/**
 * A rule as `disclint rules explain` shows it, in fields: what it checks, what it rests on and
 * what a finding therefore means, the provision's own words, where it applies, the parts a
 * prescribed statement must have, and examples that pass and fail. Written for the person (or
 * the drafting assistant) who must act on a finding, not for a rule author: the engine's check
 * kind and options are left out.
 */
import { limbLabel, statementLimbs } from "../checks/support/limbs.js";
import { basisOf, type Citation, type CitationBasis } from "../domain/citation.js";
import { describeScope } from "../rules/rule-scope.js";
import type { Pack, Rule } from "../rules/types.js";
import { citationContent } from "./finding-content.js";
import type { ExplainRuleOutput } from "./output-schemas.js";

/** Enough examples to show the range of wordings without flooding the model. */
const MAX_EXAMPLES = 3;

const BASIS_WORDS: Record<CitationBasis, string> = {
  "listing-rule": "a Listing Rule whose text was read",
  guidance: "HKEX guidance, not a Listing Rule: a finding is advice, not a breach",
  practice: "market practice, not a Listing Rule: a finding is advice, not a breach",
};

export function explainRule(rule: Rule, pack: Pack): ExplainRuleOutput {
  const parts = essentialParts(rule);
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    pack: { name: pack.name, title: pack.title },
    restsOn: { basis: basisOf(rule.citation), words: restsOnWords(rule.citation) },
    citation: citationContent(rule.citation),
    appliesTo: scopeOf(rule),
    ...(rule.description && { description: rule.description.trim() }),
    ...(rule.notes && { notes: rule.notes.trim() }),
    ...(parts.length > 0 && { essentialParts: parts }),
    examples: {
      passes: rule.examples.valid.slice(0, MAX_EXAMPLES).map((example) => example.text.trim()),
      fails: rule.examples.invalid
        .slice(0, MAX_EXAMPLES)
        .map((example) => ({ kind: example.kind, text: example.text.trim() })),
    },
  };
}

/** A Listing Rule not read (or not confirmed) says so: its findings are prompts to check. */
function restsOnWords(citation: Citation): string {
  const basis = basisOf(citation);
  if (basis === "listing-rule" && !citation.verified)
    return "a Listing Rule whose text was not read, or does not confirm all the rule checks: treat a finding as a prompt to check";
  return BASIS_WORDS[basis];
}

export function scopeOf(rule: Rule): ExplainRuleOutput["appliesTo"] {
  const scope = rule.appliesTo ?? {};
  return {
    description: describeScope(rule),
    ...(scope.boards && { boards: scope.boards }),
    ...(scope.regimes && { regimes: scope.regimes }),
    ...(scope.documentKinds && { documentKinds: scope.documentKinds }),
    ...(scope.exceptDocumentKinds && { exceptDocumentKinds: scope.exceptDocumentKinds }),
    ...(scope.languages && { languages: scope.languages }),
    ...(scope.effective?.from && { effectiveFrom: scope.effective.from }),
    ...(scope.effective?.until && { effectiveUntil: scope.effective.until }),
  };
}

function essentialParts(rule: Rule): NonNullable<ExplainRuleOutput["essentialParts"]> {
  return statementLimbs(rule.check).map(({ language, limbs }) => ({
    language: language === "en" ? ("English" as const) : ("Chinese" as const),
    parts: limbs.map((limb) => ({
      name: limbLabel(limb.name),
      means: limb.means,
      acceptedWordings: limb.samples?.accepted ?? [],
      reversedBy: limb.samples?.reversed ?? [],
      notRequiredIn: limb.exceptDocumentKinds ?? [],
    })),
  }));
}
