/**
 * `rules explain` is read by a company secretary, not a rule author: what the rule asks of the
 * announcement, what it rests on, the parts of the statement and an example. The rule's `notes`
 * (what was not verified, how the check is tuned) are written for rule authors, in the engine's
 * terms, so they are shown only on request (--notes).
 */
import { CHECK_KINDS } from "../checks/registry.js";
import { closestName } from "../diagnostics/did-you-mean.js";
import { basisOf, type Citation, type CitationBasis } from "../domain/citation.js";
import { describeScope } from "../rules/rule-scope.js";
import type { Rule } from "../rules/types.js";
import { limbsAsText } from "./limb-text.js";

const BASIS_WORDS: Record<CitationBasis, string> = {
  "listing-rule": "a Listing Rule whose text was read",
  guidance: "HKEX guidance, not a Listing Rule: a finding is advice, not a breach",
  practice: "market practice, not a Listing Rule: a finding is advice, not a breach",
};

const SEVERITY_WORDS: Record<Rule["severity"], string> = {
  error: "error (a defect to correct before publication)",
  warning: "warning (to correct, or to confirm with your adviser)",
  info: "info (worth a look)",
};

/** What the rule rests on, in words; a Listing Rule not read (or not confirmed) says so. */
function restsOnWords(citation: Citation): string {
  const basis = basisOf(citation);
  if (basis === "listing-rule" && !citation.verified)
    return "a Listing Rule whose text was not read, or does not confirm all the rule checks: treat a finding as a prompt to check";
  return BASIS_WORDS[basis];
}

export function explainRule(rule: Rule, options: { notes?: boolean } = {}): string {
  const looksFor = CHECK_KINDS.get(rule.check.kind)?.docs.summary ?? rule.check.kind;
  const lines = [
    `${rule.id} — ${rule.title}`,
    "",
    `Severity:  ${SEVERITY_WORDS[rule.severity]}`,
    `Looks at:  ${looksFor}`,
    `Source:    ${rule.citation.source}${rule.citation.verified ? "" : " (not verified)"}`,
    `URL:       ${rule.citation.url}`,
    `Rests on:  ${restsOnWords(rule.citation)}`,
  ];
  if (rule.citation.quote) lines.push("", "The provision says:", indent(`“${rule.citation.quote.trim()}”`));
  if (rule.citation.edition || rule.citation.effective) {
    const read = [
      rule.citation.edition,
      rule.citation.effective && `in force from ${rule.citation.effective}`,
    ];
    lines.push(`(${read.filter(Boolean).join(", ")})`);
  }
  if (rule.appliesTo) lines.push(`Applies to: ${describeScope(rule)}`);
  if (rule.description) lines.push("", rule.description.trim());
  lines.push(...limbsAsText(rule));
  const valid = rule.examples.valid[0];
  const invalid = rule.examples.invalid[0];
  if (valid) lines.push("", "Passes:", indent(valid.text));
  if (invalid) lines.push("", `Fails (${invalid.kind}):`, indent(invalid.text));
  if (rule.notes && options.notes) lines.push("", `Notes for rule authors: ${rule.notes.trim()}`);
  else if (rule.notes) lines.push("", `(Notes for rule authors: disclint rules explain ${rule.id} --notes)`);
  return `${lines.join("\n")}\n`;
}

/**
 * The rule a mistaken id most likely means: the rule of that name in any pack for a bare id
 * ("18a-cautionary" → "hkex/18a-cautionary"), else the closest id or name within a few typos.
 */
export function closestRuleId(id: string, ruleIds: readonly string[]): string | undefined {
  const wanted = id.toLowerCase();
  const nameOf = (ruleId: string) => ruleId.slice(ruleId.indexOf("/") + 1).toLowerCase();
  const sameName = ruleIds.find((ruleId) => nameOf(ruleId) === wanted || ruleId.toLowerCase() === wanted);
  if (sameName) return sameName;
  if (id.includes("/")) return closestName(id, ruleIds);
  const name = closestName(
    wanted,
    ruleIds.map((ruleId) => nameOf(ruleId)),
  );
  return name === undefined ? undefined : ruleIds.find((ruleId) => nameOf(ruleId) === name);
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
